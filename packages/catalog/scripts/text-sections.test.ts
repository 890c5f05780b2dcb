// Sections must start at their heading and stop at the next one, or a figure from a neighbouring section
// would pass as a citation of this one. Runs on the made-up fixture texts, never on the playbook.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../src/sourcing';
import { readableHeading, splitSections, textLibrary } from './text-sections';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/shared/seeds/', import.meta.url));
const open = textLibrary(FIXTURES);

function sectionText(file: string, heading: string): string | undefined {
  const opened = open(file);
  if (!opened.ok) throw new Error(opened.problem);
  return opened.text.section(heading)?.text;
}

describe('readableHeading', () => {
  it('drops an emoji garbled into Greek words and Markdown marks, keeps the words a person reads', () => {
    expect(readableHeading('26. \u03b2 \u03bf\u0388 Anti-Patterns to Avoid')).toBe('26. Anti-Patterns to Avoid');
    expect(readableHeading('12.6 Common Pitfalls')).toBe('12.6 Common Pitfalls');
    expect(readableHeading('## The graph')).toBe('The graph');
  });
});

describe('sections of each heading style', () => {
  it('cuts the playbook at numbered headings, including one behind a garbled emoji', () => {
    const sizing = sectionText(SEEDS.playbook, '4.1 Queue Sizing') ?? '';
    expect(sizing).toContain('40 jobs per tick');
    expect(sizing).not.toContain('4.2 Toy Availability');
    expect(sectionText(SEEDS.playbook, '9. Things Not To Do')).toContain('Unbounded toy buffers');
  });

  it('cuts the interview guide at topic titles followed by a question count', () => {
    const warmup = sectionText(SEEDS.interviewGuide, 'Warmup') ?? '';
    expect(warmup).toContain('<2ms');
    expect(warmup).not.toContain('DLQ');
  });

  it('cuts the principal guide at numbered titles and the posts at titles between blank lines', () => {
    expect(sectionText(SEEDS.principalGuide, '2. Toy Caches')).toContain('45s');
    const lock = sectionText(SEEDS.architecturePosts, 'The Toy Lock') ?? '';
    expect(lock).toContain('7 toy nodes');
    expect(lock).not.toContain('toy registry');
  });

  it('cuts a Markdown design note at its headings', () => {
    const note = textLibrary(fileURLToPath(new URL('../test/fixtures/shared/design/', import.meta.url)))('analysis-model.md');
    expect(note.ok && note.text.section('The toy graph')?.text).toContain('300 ms');
    expect(note.ok && note.text.section('The toy graph')?.text).not.toContain('90 %');
  });

  it('does not take a word that only appears in the body for a heading', () => {
    expect(sectionText(SEEDS.interviewGuide, 'Topic titles')).toBeUndefined();
    expect(sectionText(SEEDS.playbook, 'Queue Sizing')).toBeUndefined();
  });
});

describe('textLibrary', () => {
  it('says which file is missing, and which file has no heading rule', () => {
    expect(open('005_not_there.txt')).toEqual({ ok: false, problem: `file 005_not_there.txt not found in ${FIXTURES}` });
    expect(splitSections('999_unknown.txt', '1. A heading')).toBeUndefined();
  });
});
