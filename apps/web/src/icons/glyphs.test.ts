// Every icon name the catalog uses must have its own glyph: a fallback would make kinds look alike.
import { CATALOG, FAMILIES } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { FAMILY_GLYPHS, GLYPHS, glyphFor } from './glyphs';

describe('glyphs', () => {
  it('draws every icon the catalog names', () => {
    const missing = CATALOG.filter((kind) => GLYPHS[kind.icon] === undefined).map((kind) => `${kind.id} (${kind.icon})`);
    expect(missing).toEqual([]);
  });

  it('has a fallback glyph for every family that exists', () => {
    for (const family of FAMILIES) expect(GLYPHS[FAMILY_GLYPHS[family] ?? '']).toBeDefined();
  });

  it('falls back to the family glyph, then to a box, for unknown names', () => {
    expect(glyphFor('no-such-icon', 'data')).toBe(GLYPHS.database);
    expect(glyphFor('no-such-icon', 'no-such-family')).toBeDefined();
  });
});
