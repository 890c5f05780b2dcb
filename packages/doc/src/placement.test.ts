// Where an inserted file goes: right of everything, top edges aligned, by whole pixels; left, below or
// above when the right has no room within the coordinate range; nowhere when no side has.
import { COORDINATE_LIMIT } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { boxesOf, extentOf, overlaps, PLACEMENT_GAP, placementOffset } from './placement.js';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('placementOffset', () => {
  it('does not move a file on an empty board, nor an empty file', () => {
    expect(placementOffset(null, box(10, 10, 50, 50))).toEqual({ x: 0, y: 0 });
    expect(placementOffset(box(0, 0, 10, 10), null)).toEqual({ x: 0, y: 0 });
  });

  it('puts the file right of what is there, tops aligned, a gap between, on whole pixels', () => {
    const offset = placementOffset(box(-100, 20.4, 500.2, 300), box(0, 0, 200, 100))!;
    expect(offset).toEqual({ x: Math.ceil(500.2 + PLACEMENT_GAP), y: 20 });
    expect(overlaps(box(offset.x, offset.y, 200 + offset.x, 100 + offset.y), box(-100, 20.4, 500.2, 300))).toBe(false);
  });

  it('goes left, then below, then above when the right is out of range, and gives up when nothing fits', () => {
    const edge = COORDINATE_LIMIT - 10;
    expect(placementOffset(box(0, 0, edge, 100), box(0, 0, 200, 100))).toEqual({ x: -PLACEMENT_GAP - 200, y: 0 });
    expect(placementOffset(box(-edge, 0, edge, 100), box(0, 0, 200, 100))).toEqual({ x: -edge, y: 100 + PLACEMENT_GAP });
    expect(placementOffset(box(-edge, -100, edge, edge), box(0, 0, 200, 100))).toEqual({ x: -edge, y: -100 - PLACEMENT_GAP - 100 });
    expect(placementOffset(box(-edge, -edge, edge, edge), box(0, 0, 200, 100))).toBeNull();
  });
});

describe('boxesOf and extentOf', () => {
  it('takes a component as the box the canvas draws, a zone as its frame, a note as its size or the sticky default', () => {
    const boxes = boxesOf({
      components: [{ x: 0, y: 0 }],
      zones: [{ x: -50, y: -50, width: 10, height: 10 }],
      annotations: [{ x: 500, y: 500 }, { x: 900, y: 0, width: 20, height: 30 }],
    });
    expect(boxes).toEqual([box(0, 0, 200, 100), box(-50, -50, -40, -40), box(500, 500, 700, 660), box(900, 0, 920, 30)]);
    expect(extentOf(boxes)).toEqual(box(-50, -50, 920, 660));
    expect(extentOf([])).toBeNull();
  });
});
