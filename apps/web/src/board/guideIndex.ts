// The other components' edge and centre lines sorted along each axis, built once per drag, so each step
// of a drag finds the lines near the dragged box by binary search rather than by a pass over every box
// (on the 1,000-component board that pass, with its small arrays, was ~0.3 ms of each step). Same
// answers as a plain pass over every box, ties included (guideIndex.test.ts keeps that pass and compares).
import type { Box, Guide, GuideSnap } from './guides';

type Axis = 'x' | 'y';

interface AxisLines {
  /** Each box's start, middle and end line, ascending. */
  readonly values: Float64Array;
  /** For each value, box index × 3 + which line (0 start, 1 middle, 2 end): the order the plain pass over every box meets them. */
  readonly order: Int32Array;
}

export interface GuideIndex {
  readonly boxes: readonly Box[];
  readonly x: AxisLines;
  readonly y: AxisLines;
}

const SIZE = { x: 'width', y: 'height' } as const;
const ACROSS = { x: 'y', y: 'x' } as const;
/** Lines within this of each other are one line (as the plain pass treats them). */
const SAME_LINE = 0.5;

function lineOf(box: Box, axis: Axis, which: number): number {
  const start = box[axis];
  const size = box[SIZE[axis]];
  return which === 0 ? start : which === 1 ? start + size / 2 : start + size;
}

function axisLines(boxes: readonly Box[], axis: Axis): AxisLines {
  const count = boxes.length * 3;
  const keys = Array.from({ length: count }, (_, key) => key);
  const valueOf = (key: number) => lineOf(boxes[Math.floor(key / 3)] as Box, axis, key % 3);
  keys.sort((a, b) => valueOf(a) - valueOf(b) || a - b);
  return { values: Float64Array.from(keys, valueOf), order: Int32Array.from(keys) };
}

export function guideIndex(boxes: readonly Box[]): GuideIndex {
  return { boxes, x: axisLines(boxes, 'x'), y: axisLines(boxes, 'y') };
}

/** The first position whose value is at least `value`. */
function lowerBound(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `moving` snaps among `index.boxes` within `threshold` (board units: a few screen pixels over the zoom), and its guides. */
export function snapToGuidesIn(moving: Box, index: GuideIndex, threshold: number): GuideSnap {
  const x = snapAxis(moving, index, 'x', threshold);
  const y = snapAxis(moving, index, 'y', threshold);
  const snapped = { ...moving, x: x ?? moving.x, y: y ?? moving.y };
  const guides = [...(x === null ? [] : guidesOn(snapped, index, 'x')), ...(y === null ? [] : guidesOn(snapped, index, 'y'))];
  return { x, y, guides };
}

function snapAxis(moving: Box, index: GuideIndex, axis: Axis, threshold: number): number | null {
  const { values, order } = index[axis];
  let best: number | null = null;
  let bestKey = Number.POSITIVE_INFINITY;
  for (let own = 0; own < 3; own += 1) {
    const mine = lineOf(moving, axis, own);
    // A margin around the range, then the exact test of the plain pass, so rounding cannot drop a line.
    for (let at = lowerBound(values, mine - threshold - 1); at < values.length && (values[at] as number) <= mine + threshold + 1; at += 1) {
      const delta = (values[at] as number) - mine;
      if (Math.abs(delta) > threshold) continue;
      // The plain pass keeps the first of equal distances in its order: box, its line, then the dragged box's line.
      const key = (order[at] as number) * 3 + own;
      if (best === null || Math.abs(delta) < Math.abs(best) || (Math.abs(delta) === Math.abs(best) && key < bestKey)) {
        best = delta;
        bestKey = key;
      }
    }
  }
  return best === null ? null : moving[axis] + best;
}

function guidesOn(snapped: Box, index: GuideIndex, axis: Axis): Guide[] {
  const across = ACROSS[axis];
  const { values, order } = index[axis];
  const guides: Guide[] = [];
  for (let own = 0; own < 3; own += 1) {
    const mine = lineOf(snapped, axis, own);
    let from = snapped[across];
    let to = snapped[across] + snapped[SIZE[across]];
    let sharing = false;
    for (let at = lowerBound(values, mine - SAME_LINE - 1); at < values.length && (values[at] as number) <= mine + SAME_LINE + 1; at += 1) {
      if (Math.abs((values[at] as number) - mine) >= SAME_LINE) continue;
      const box = index.boxes[Math.floor((order[at] as number) / 3)] as Box;
      sharing = true;
      from = Math.min(from, box[across]);
      to = Math.max(to, box[across] + box[SIZE[across]]);
    }
    if (sharing) guides.push({ axis, at: mine, from, to });
  }
  return guides;
}
