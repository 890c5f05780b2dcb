// Where a board file goes on a board that already holds something: one offset for the whole file, so it
// keeps its own shape (and its zones their members), chosen so nothing it brings overlaps anything there.
// The file is placed to the right of everything on the board, top edges aligned, with a gap; if that
// would leave the coordinate range, to the left, then below, then above.
import { COORDINATE_LIMIT, LAYOUT_COMPONENT_BOX, NOTE_DEFAULT_SIZE } from '@napkin/fields';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Offset {
  readonly x: number;
  readonly y: number;
}

/** What takes room on a board: components (their box as the canvas draws it), zones, notes. */
export interface Occupants {
  readonly components: readonly { readonly x?: number; readonly y?: number }[];
  readonly zones: readonly { readonly x?: number; readonly y?: number; readonly width?: number; readonly height?: number }[];
  readonly annotations?: readonly { readonly x: number; readonly y: number; readonly width?: number; readonly height?: number }[];
}

/** Room between what was there and what arrives: a frame's margin and then some. */
export const PLACEMENT_GAP = 80;

/** Every box the occupants take (elements without a position take none). */
export function boxesOf(occupants: Occupants): Box[] {
  const boxes: Box[] = [];
  const add = (x: number | undefined, y: number | undefined, width: number, height: number) => {
    if (x !== undefined && y !== undefined) boxes.push({ left: x, top: y, right: x + width, bottom: y + height });
  };
  for (const { x, y } of occupants.components) add(x, y, LAYOUT_COMPONENT_BOX.width, LAYOUT_COMPONENT_BOX.height);
  for (const { x, y, width, height } of occupants.zones) add(x, y, width ?? 0, height ?? 0);
  for (const { x, y, width, height } of occupants.annotations ?? []) add(x, y, width ?? NOTE_DEFAULT_SIZE.width, height ?? NOTE_DEFAULT_SIZE.height);
  return boxes;
}

/** The smallest box around all of them, or null when there are none. */
export function extentOf(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The offset that moves `incoming` clear of `existing` (by at least the gap), or null when no side has
 * room within the coordinate bounds. Nothing there, or nothing arriving: no move at all, so a file opened
 * on an empty board keeps its own coordinates.
 */
export function placementOffset(existing: Box | null, incoming: Box | null, gap = PLACEMENT_GAP): Offset | null {
  if (existing === null || incoming === null) return { x: 0, y: 0 };
  // Whole pixels, rounded away from what is there: a file laid out on whole pixels stays on them, so
  // geometry gives its zones back exactly the members they had.
  const candidates: Offset[] = [
    { x: Math.ceil(existing.right + gap - incoming.left), y: Math.round(existing.top - incoming.top) },
    { x: Math.floor(existing.left - gap - incoming.right), y: Math.round(existing.top - incoming.top) },
    { x: Math.round(existing.left - incoming.left), y: Math.ceil(existing.bottom + gap - incoming.top) },
    { x: Math.round(existing.left - incoming.left), y: Math.floor(existing.top - gap - incoming.bottom) },
  ];
  const fits = ({ x, y }: Offset) =>
    incoming.left + x >= -COORDINATE_LIMIT && incoming.right + x <= COORDINATE_LIMIT && incoming.top + y >= -COORDINATE_LIMIT && incoming.bottom + y <= COORDINATE_LIMIT;
  return candidates.find(fits) ?? null;
}
