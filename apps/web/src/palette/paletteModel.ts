// What the palette lists for a search (the catalog's kinds grouped by family in palette order, and
// the flat ranked list the quick-add dialog walks with the arrow keys) and what adding a kind writes.
import { FAMILIES, FAMILY_LABELS, searchKinds } from '@napkin/catalog';
import type { Family, KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import type { XYPosition } from '@xyflow/react';
import { placeNewComponent, uniqueName } from '../board/newComponent';

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

// Puts one catalog kind on the board at a point, as one transaction (one undo step): a component on
// the nearest free spot with a unique name, or, for the zone family, a frame centred on the point.
/** A frame big enough to hold a few components. */
export const NEW_ZONE_SIZE = { width: 520, height: 340 } as const;

export type Added = { readonly type: 'component'; readonly id: string } | { readonly type: 'zone'; readonly id: string };

/**
 * `centred` says whether `at` is where the user wants the middle (a click: the view centre) or the
 * top-left corner (a drop: where the pointer let go), so a dropped box lands under the pointer.
 */
export function addKind(board: Board, snapshot: BoardSnapshot, kind: KindSpec, at: XYPosition, centred: boolean): Added {
  const level = kind.traits.zoneLevel;
  if (level !== undefined) {
    const x = Math.round(centred ? at.x - NEW_ZONE_SIZE.width / 2 : at.x);
    const y = Math.round(centred ? at.y - NEW_ZONE_SIZE.height / 2 : at.y);
    const name = uniqueName(kind.label, snapshot.zones.map((zone) => zone.name));
    return { type: 'zone', id: board.addZone({ level, x, y, ...NEW_ZONE_SIZE, name }) };
  }
  const { x, y } = centred ? placeNewComponent(at, snapshot.components) : { x: Math.round(at.x), y: Math.round(at.y) };
  const name = uniqueName(kind.label, snapshot.components.map((component) => component.name));
  return { type: 'component', id: board.addComponent({ kind: kind.id, x, y, name }) };
}
