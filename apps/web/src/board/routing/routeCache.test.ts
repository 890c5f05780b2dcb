import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { ObstacleIndex } from './obstacleIndex';
import { routeOrReuse } from './routeCache';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 120 });
const indexOf = (boxes: Record<string, Box>) => new ObstacleIndex(Object.entries(boxes).map(([id, b]) => ({ id, box: b })));

describe('routeOrReuse', () => {
  const ends = { sourceId: 'a', source: box(0, 0), targetId: 'b', target: box(600, 0) };

  it('keeps the route when only a far-away component moved', () => {
    const first = routeOrReuse(undefined, ends, indexOf({ a: ends.source, b: ends.target, far: box(0, 2000) }));
    const again = routeOrReuse(first, ends, indexOf({ a: ends.source, b: ends.target, far: box(400, 2400) }));
    expect(again).toBe(first);
  });

  it('routes again around a component dropped onto its line, and straight again once it leaves', () => {
    const straight = routeOrReuse(undefined, ends, indexOf({ a: ends.source, b: ends.target, c: box(300, 2000) }));
    expect(straight.route.points).toHaveLength(2);
    const blocked = routeOrReuse(straight, ends, indexOf({ a: ends.source, b: ends.target, c: box(300, 0) }));
    expect(blocked).not.toBe(straight);
    expect(blocked.route.points.length).toBeGreaterThan(2);
    const cleared = routeOrReuse(blocked, ends, indexOf({ a: ends.source, b: ends.target, c: box(300, 2000) }));
    expect(cleared.route.points).toHaveLength(2);
  });

  it('routes again when one of its ends moved', () => {
    const obstacles = indexOf({});
    const first = routeOrReuse(undefined, ends, obstacles);
    const moved = routeOrReuse(first, { ...ends, target: box(600, 300) }, obstacles);
    expect(moved).not.toBe(first);
    expect(moved.route.points.at(-1)).toEqual({ x: 600, y: 360 });
  });
});
