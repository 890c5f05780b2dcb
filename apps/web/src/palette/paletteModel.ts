// What the palette lists for a search: the catalog's kinds grouped by family in palette order, and
// the flat ranked list the quick-add dialog walks with the arrow keys. Pure, so unit-tested.
import { FAMILIES, FAMILY_LABELS, searchKinds } from '@napkin/catalog';
import type { Family, KindSpec } from '@napkin/catalog';

export interface PaletteGroup {
  readonly family: Family;
  readonly label: string;
  readonly kinds: readonly KindSpec[];
}

/** Families with at least one match, in palette order; within a family, catalog order (by label). */
export function paletteGroups(query: string): PaletteGroup[] {
  const matches = new Set(searchKinds(query).map((kind) => kind.id));
  const all = searchKinds('');
  return FAMILIES.map((family) => ({
    family,
    label: FAMILY_LABELS[family],
    kinds: all.filter((kind) => kind.family === family && matches.has(kind.id)),
  })).filter((group) => group.kinds.length > 0);
}

/** The quick-add list: best matches first (exact, then prefix, then any), at most `limit`. */
export function quickAddMatches(query: string, limit = 8): readonly KindSpec[] {
  return searchKinds(query).slice(0, limit);
}

/** The MIME type a palette item carries while dragged, so the canvas ignores foreign drops (files, text). */
export const KIND_DRAG_TYPE = 'application/x-napkin-kind';

/** Moves a highlighted index by `step`, wrapping around a list of `length` items. */
export function wrapIndex(index: number, step: number, length: number): number {
  if (length === 0) return 0;
  return (((index + step) % length) + length) % length;
}
