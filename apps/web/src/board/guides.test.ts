import { describe, expect, it } from 'vitest';
import { guideIndex, snapToGuidesIn } from './guideIndex';
import type { Box } from './guides';

const snapToGuides = (moving: Box, others: readonly Box[], threshold: number) => snapToGuidesIn(moving, guideIndex(others), threshold);

const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('snapToGuides', () => {
  it('snaps a left edge within the threshold to the other box and draws one line through both', () => {
    const snap = snapToGuides(box(204, 300), [box(200, 100, 160)], 6);
    expect(snap.x).toBe(200);
    expect(snap.y).toBeNull();
    expect(snap.guides).toEqual([{ axis: 'x', at: 200, from: 100, to: 350 }]);
  });

  it('matches centres and opposite edges, taking the nearest line', () => {
    // Centre 255 of the mover against centre 250 of the other; its right edge 305 against 300 as well: both 5 away.
    const centre = snapToGuides(box(205, 300), [box(200, 0)], 6);
    expect(centre.x).toBe(200);
    // Mover's top (152) against the other's bottom (150): the nearest line wins over the middle (2 vs 27).
    const edge = snapToGuides(box(500, 152), [box(0, 100)], 6);
    expect(edge.y).toBe(150);
    expect(edge.guides).toEqual([{ axis: 'y', at: 150, from: 0, to: 600 }]);
  });

  it('leaves an axis free when nothing is within the threshold', () => {
    const snap = snapToGuides(box(230, 300), [box(200, 100, 10, 10)], 6);
    expect(snap).toEqual({ x: null, y: null, guides: [] });
  });

  it('snaps both axes at once and lists a line per shared edge', () => {
    const snap = snapToGuides(box(398, 203), [box(100, 200), box(400, 500)], 6);
    expect(snap.x).toBe(400);
    expect(snap.y).toBe(200);
    // Same width as the box below: left, centre and right edges all line up (three vertical lines); top, middle, bottom with the left box.
    expect(snap.guides.filter((guide) => guide.axis === 'x').map((guide) => guide.at)).toEqual([400, 450, 500]);
    expect(snap.guides.filter((guide) => guide.axis === 'y').map((guide) => guide.at)).toEqual([200, 225, 250]);
  });
});
