import { seededRandom } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { guideIndex, snapToGuidesIn } from './guideIndex';
import type { Box, Guide, GuideSnap } from './guides';

const SEED = 1805;

// The rule's definition, a plain pass over every box (what the binding ran at each drag step before the
// index): the index must give the same answers, ties included.
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
function snapToGuides(moving: Box, others: readonly Box[], threshold: number): GuideSnap {
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


describe('snapToGuidesIn', () => {
  it(`answers as snapToGuides does, ties included, on seeded boards (seed ${SEED})`, () => {
    console.log(`guideIndex seed ${SEED}`);
    const random = seededRandom(SEED);
    for (let board = 0; board < 40; board += 1) {
      // Grid-aligned boxes of a few sizes, so many lines coincide and distances tie.
      const boxes: Box[] = Array.from({ length: 5 + random.int(120) }, () => ({
        x: random.int(40) * 20,
        y: random.int(40) * 15,
        width: [180, 160, 200][random.int(3)] ?? 180,
        height: [120, 90][random.int(2)] ?? 120,
      }));
      const index = guideIndex(boxes);
      for (let move = 0; move < 60; move += 1) {
        const moving: Box = { x: random.int(16000) / 20, y: random.int(12000) / 20, width: 180, height: 120 };
        const threshold = [6, 24, 30, 0.5][random.int(4)] ?? 6;
        expect(snapToGuidesIn(moving, index, threshold)).toEqual(snapToGuides(moving, boxes, threshold));
      }
    }
  });

  it('snaps to the nearest line within the threshold and draws the guide through every box on it', () => {
    const boxes: Box[] = [
      { x: 0, y: 0, width: 180, height: 120 },
      { x: 0, y: 400, width: 180, height: 120 },
    ];
    // The dragged box's left edge 4 units right of x = 0: it snaps to 0, one vertical guide from y 0 to 520.
    const snap = snapToGuidesIn({ x: 4, y: 200, width: 180, height: 120 }, guideIndex(boxes), 6);
    expect(snap.x).toBe(0);
    expect(snap.y).toBeNull();
    expect(snap.guides).toContainEqual({ axis: 'x', at: 0, from: 0, to: 520 });
  });
});
