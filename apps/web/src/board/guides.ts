// Alignment guides while dragging one component, as drawing tools show them: when the dragged box's left
// edge, centre or right edge (top, middle, bottom) comes within a few screen pixels of another component's,
// it snaps there and a line is drawn through every box sharing that edge. Pure: the binding feeds it the
// proposed position and the other boxes; the grid snap takes over on an axis with no guide.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line drawn on the canvas: vertical (`axis: 'x'`, at x = `at`, from y = `from` to `to`) or horizontal. */
export interface Guide {
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface GuideSnap {
  /** The snapped position on each axis that found a guide, else null (the caller snaps to the grid). */
  readonly x: number | null;
  readonly y: number | null;
  readonly guides: readonly Guide[];
}

type Axis = 'x' | 'y';
const SIZE: Record<Axis, 'width' | 'height'> = { x: 'width', y: 'height' };
const ACROSS: Record<Axis, Axis> = { x: 'y', y: 'x' };

/** A box's three lines along one axis: start, middle, end. */
function linesOf(box: Box, axis: Axis): [number, number, number] {
  const start = box[axis];
  const size = box[SIZE[axis]];
  return [start, start + size / 2, start + size];
}

/** Where `moving` snaps among `others`, within `threshold` (in board units: a few screen pixels over the zoom). */
export function snapToGuides(moving: Box, others: readonly Box[], threshold: number): GuideSnap {
  const x = snapAxis(moving, others, 'x', threshold);
  const y = snapAxis(moving, others, 'y', threshold);
  const snapped = { ...moving, x: x ?? moving.x, y: y ?? moving.y };
  const guides = [...(x === null ? [] : guidesOn(snapped, others, 'x')), ...(y === null ? [] : guidesOn(snapped, others, 'y'))];
  return { x, y, guides };
}

function snapAxis(moving: Box, others: readonly Box[], axis: Axis, threshold: number): number | null {
  const own = linesOf(moving, axis);
  let best: number | null = null;
  for (const other of others) {
    for (const line of linesOf(other, axis)) {
      for (const mine of own) {
        const delta = line - mine;
        if (Math.abs(delta) <= threshold && (best === null || Math.abs(delta) < Math.abs(best))) best = delta;
      }
    }
  }
  return best === null ? null : moving[axis] + best;
}

/** One line per shared edge of the snapped box, spanning it and every box on that line. */
function guidesOn(snapped: Box, others: readonly Box[], axis: Axis): Guide[] {
  const across = ACROSS[axis];
  const guides: Guide[] = [];
  for (const mine of linesOf(snapped, axis)) {
    const sharing = others.filter((other) => linesOf(other, axis).some((line) => Math.abs(line - mine) < 0.5));
    if (sharing.length === 0) continue;
    const span = [snapped, ...sharing];
    const from = Math.min(...span.map((box) => box[across]));
    const to = Math.max(...span.map((box) => box[across] + box[SIZE[across]]));
    guides.push({ axis, at: mine, from, to });
  }
  return guides;
}
