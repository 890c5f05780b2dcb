import { CATALOG, FAMILY_LABELS } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { paletteGroups, quickAddMatches, wrapIndex } from './paletteModel';

describe('paletteGroups', () => {
  it('lists every catalog kind exactly once when the search is blank, under its family label', () => {
    const groups = paletteGroups('');
    const listed = groups.flatMap((group) => group.kinds.map((kind) => kind.id));
    expect(listed.sort()).toEqual(CATALOG.map((kind) => kind.id).sort());
    for (const group of groups) {
      expect(group.label).toBe(FAMILY_LABELS[group.family]);
      for (const kind of group.kinds) expect(kind.family).toBe(group.family);
    }
  });

  it('keeps only matching kinds and drops families left empty', () => {
    const groups = paletteGroups('postgres');
    expect(groups.map((group) => group.family)).toEqual(['data']);
    expect(groups[0]?.kinds.map((kind) => kind.id)).toContain('relational-primary');
  });

  it('shows nothing for a search that matches no kind', () => {
    expect(paletteGroups('zzzz-no-such-thing')).toEqual([]);
  });
});

describe('quickAddMatches', () => {
  it('ranks an exact alias before looser matches and honours the limit', () => {
    expect(quickAddMatches('cache')[0]?.family).toBe('data');
    expect(quickAddMatches('', 5)).toHaveLength(5);
  });
});

describe('wrapIndex', () => {
  it('wraps both ways and copes with an empty list', () => {
    expect(wrapIndex(0, -1, 3)).toBe(2);
    expect(wrapIndex(2, 1, 3)).toBe(0);
    expect(wrapIndex(1, 1, 3)).toBe(2);
    expect(wrapIndex(0, 1, 0)).toBe(0);
  });
});
