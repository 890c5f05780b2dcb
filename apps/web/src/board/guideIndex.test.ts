import { seededRandom } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { guideIndex, snapToGuidesIn } from './guideIndex';
import type { Box } from './guides';
import { snapToGuides } from './guides';

const SEED = 1805;

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
