// Suggestions: synonyms first, then the same name written differently, then a near typo; nothing far off.
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestNames } from './suggest.js';

const names = (...list: string[]) => list.map((name) => ({ match: name, shown: name }));

describe('suggestNames', () => {
  it('counts edits', () => {
    expect(editDistance('availabilty', 'availability')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds a typo, a differently written name and a synonym', () => {
    const fields = names('availability', 'hitRatio', 'timeoutMs');
    expect(suggestNames('availabilty', fields)).toEqual(['availability']);
    expect(suggestNames('hit_ratio', fields)).toEqual(['hitRatio']);
    expect(suggestNames('timeout', fields, { timeout: ['timeoutMs'] })).toEqual(['timeoutMs']);
  });

  it('suggests nothing for a name too far from every candidate', () => {
    expect(suggestNames('colour', names('availability', 'timeoutMs'))).toEqual([]);
  });

  it('words one or several suggestions', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe('did you mean a?');
    expect(didYouMean(['a', 'b', 'c'])).toBe('did you mean a, b or c?');
  });
});
