// A figure is found where a person reading the text would find it, garbled symbols and all, and not
// where only a longer number or word happens to contain its characters; our words may share a name or
// a short phrase with the text, never a sentence.
import { describe, expect, it } from 'vitest';
import { COPIED_RUN_WORDS, containsFigure, copiedRun, readableText, wordRuns } from './text-matching';

describe('readableText', () => {
  it('reads the garbled symbols with one meaning as meant and makes line breaks spaces', () => {
    expect(readableText('3Γ the mean,\n70 Β΅s, see Β§ 4')).toBe('3× the mean, 70 µs, see § 4');
  });
});

describe('containsFigure', () => {
  it('finds a plain figure, its percent sign and its K suffix', () => {
    expect(containsFigure('LB (99.97%) then', '99.97')).toBe(true);
    expect(containsFigure('about 50K+ per core', '50K+')).toBe(true);
    expect(containsFigure('about 50K+ per core', '50k+')).toBe(true);
  });

  it('matches an ASCII dash or arrow in the figure to the garbled "β" and to real dashes', () => {
    expect(containsFigure('| Toy hop | 20β80 ms |', '20-80')).toBe(true);
    expect(containsFigure('20–80 ms', '20-80')).toBe(true);
    expect(containsFigure('20 to 80 ms', '20-80')).toBe(false);
  });

  it('matches "x" after a digit to the garbled "Γ" and to ×, but not elsewhere', () => {
    expect(containsFigure('bursts reach 3Γ the mean', '3x')).toBe(true);
    expect(containsFigure('replicated 3x', '3x')).toBe(true);
    expect(containsFigure('a max value', 'max')).toBe(true);
    expect(containsFigure('a m× value', 'max')).toBe(false);
  });

  it('does not find a figure inside a longer number', () => {
    expect(containsFigure('99.95%', '99.9')).toBe(false);
    expect(containsFigure('1,000 units', '1')).toBe(false);
    expect(containsFigure('110 ms', '10')).toBe(false);
    expect(containsFigure('2.5 copies', '5')).toBe(false);
    expect(containsFigure('10K writes', '10')).toBe(false);
  });

  it('still finds a number with its unit written against it, or ending a sentence', () => {
    expect(containsFigure('should be <1ms here', '<1')).toBe(true);
    expect(containsFigure('keeps hot keys for 45s.', '45')).toBe(true);
    expect(containsFigure('at 99.9.', '99.9')).toBe(true);
  });

  it('finds a term as a whole word, in any case, and not inside a longer word', () => {
    expect(containsFigure('Use a DLQ for poison jobs', 'dlq')).toBe(true);
    expect(containsFigure('Use DLQs for poison jobs', 'DLQ')).toBe(false);
    expect(containsFigure('a JWT\nvalidation step', 'JWT validation')).toBe(true);
  });

  it('never finds an empty figure', () => {
    expect(containsFigure('anything', '  ')).toBe(false);
  });
});

const TEXT = 'Toy buffers grow until the box falls over. Spare capacity: 1,000 units at 20β80 ms per hop.';

describe('copiedRun', () => {
  it('finds the longest run of the text our words repeat, ignoring case and punctuation', () => {
    expect(COPIED_RUN_WORDS).toBe(6);
    expect(copiedRun('Careful: toy buffers GROW until the box falls over, so cap them.', wordRuns(TEXT))).toBe(
      'toy buffers grow until the box falls over',
    );
  });

  it('allows a shared phrase shorter than a sentence', () => {
    expect(copiedRun('Our buffers grow until the box is full.', wordRuns(TEXT))).toBeUndefined();
  });

  it('does not count bare numbers, so a restated table row is not a copied sentence', () => {
    // Seven tokens in the text's order, but only three of them words.
    expect(copiedRun('1,000 units at 20-80 ms', wordRuns(TEXT))).toBeUndefined();
  });

  it('reads the garbled dash as a word break, as in the text it stands for', () => {
    expect(copiedRun('spare capacity units at ms per hop', wordRuns('Spare capacity: units at 20β80 ms per hop'))).toBe(
      'spare capacity units at ms per hop',
    );
  });
});
