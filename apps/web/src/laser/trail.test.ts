import { describe, expect, it } from 'vitest';
import { TRAIL_MAX_POINTS, TRAIL_MS, extendTrail, pruneTrail, trailSegments } from './trail';
import type { TrailPoint } from './trail';

describe('extendTrail', () => {
  it('adds each new point with the viewer’s time, and not a point that did not move', () => {
    let trail: readonly TrailPoint[] = [];
    trail = extendTrail(trail, { x: 1, y: 1 }, 100);
    trail = extendTrail(trail, { x: 1, y: 1 }, 116);
    trail = extendTrail(trail, { x: 5, y: 2 }, 132);
    expect(trail).toEqual([
      { x: 1, y: 1, t: 100 },
      { x: 5, y: 2, t: 132 },
    ]);
  });

  it('adds nothing when the laser is off, but still lets old points go', () => {
    const trail = [{ x: 0, y: 0, t: 0 }, { x: 1, y: 0, t: 500 }];
    expect(extendTrail(trail, null, 600)).toBe(trail);
    expect(extendTrail(trail, null, TRAIL_MS + 1)).toEqual([{ x: 1, y: 0, t: 500 }]);
    expect(extendTrail(trail, null, 500 + TRAIL_MS)).toEqual([]);
  });

  it('keeps at most TRAIL_MAX_POINTS, dropping the oldest', () => {
    let trail: readonly TrailPoint[] = [];
    for (let i = 0; i < TRAIL_MAX_POINTS + 30; i++) trail = extendTrail(trail, { x: i, y: 0 }, i);
    expect(trail).toHaveLength(TRAIL_MAX_POINTS);
    expect(trail[0]?.x).toBe(30);
  });
});

describe('pruneTrail', () => {
  it('returns the same trail when nothing expired', () => {
    const trail = [{ x: 0, y: 0, t: 10 }];
    expect(pruneTrail(trail, 20)).toBe(trail);
    expect(pruneTrail([], 20)).toEqual([]);
  });
});

describe('trailSegments', () => {
  it('fades each segment by the age of its newer end, to nothing after TRAIL_MS', () => {
    const trail = [
      { x: 0, y: 0, t: 0 },
      { x: 10, y: 0, t: 250 },
      { x: 20, y: 0, t: 750 },
    ];
    const at1000 = trailSegments(trail, 1000);
    expect(at1000.map((s) => s.opacity)).toEqual([0.25, 0.75]);
    expect(trailSegments(trail, 750)[1]?.opacity).toBe(1);
    expect(trailSegments(trail, 1250).map((s) => s.to.x)).toEqual([20]);
    expect(trailSegments(trail, 1750)).toEqual([]);
  });

  it('draws nothing for a single point', () => {
    expect(trailSegments([{ x: 0, y: 0, t: 0 }], 0)).toEqual([]);
  });
});
