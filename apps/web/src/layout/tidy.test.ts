// Tidy-up: ranks along the flow's direction, the group's corner kept, zones around their members, one undo step.
import { describe, expect, it } from 'vitest';
import type { Placed } from '../board/align';
import { twoServicesBackwards } from '../../test/two-services-board';
import { applyTidy, flowDirection, tidyPlan } from './tidy';
import type { ZoneRect } from './tidy';

const box = (id: string, x: number, y: number): Placed => ({ id, x, y, width: 180, height: 80 });
const inside = (zone: ZoneRect, item: { x: number; y: number }) =>
  item.x >= zone.x && item.x <= zone.x + zone.width && item.y >= zone.y && item.y <= zone.y + zone.height;
const overlap = (a: ZoneRect, b: ZoneRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('flowDirection', () => {
  it('reads the direction the calls mostly go', () => {
    expect(flowDirection([box('a', 0, 0), box('b', 300, 40)], [{ from: 'a', to: 'b' }])).toBe('LR');
    expect(flowDirection([box('a', 0, 0), box('b', 40, 300)], [{ from: 'a', to: 'b' }])).toBe('TB');
    expect(flowDirection([box('a', 0, 0)], [])).toBe('LR');
  });
});

describe('tidyPlan', () => {
  // A jumbled chain client → api → db, with a cache beside the api.
  const items = [box('db', 420, 480), box('client', 700, 120), box('api', 400, 300), box('cache', 40, 60)];
  const calls = [
    { from: 'client', to: 'api' },
    { from: 'api', to: 'db' },
    { from: 'api', to: 'cache' },
  ];

  it('puts callers before what they call, on the grid, keeping the group top-left corner', () => {
    const plan = tidyPlan({ items, others: [], calls, zones: [] }, 'LR');
    const at = new Map(plan.moves.map((move) => [move.id, move]));
    expect(at.get('client')!.x).toBeLessThan(at.get('api')!.x);
    expect(at.get('api')!.x).toBeLessThan(at.get('db')!.x);
    expect(at.get('db')!.x).toBe(at.get('cache')!.x);
    expect(Math.min(...plan.moves.map((move) => move.x))).toBe(40);
    expect(Math.min(...plan.moves.map((move) => move.y))).toBe(60);
    for (const move of plan.moves) expect([move.x % 10, move.y % 10]).toEqual([0, 0]);
    // Top to bottom: ranks go down instead.
    const down = new Map(tidyPlan({ items, others: [], calls, zones: [] }, 'TB').moves.map((move) => [move.id, move]));
    expect(down.get('client')!.y).toBeLessThan(down.get('api')!.y);
  });

  it('keeps each zone around its members, nested zones inside their parent, zones apart', () => {
    const region: ZoneRect = { id: 'region', x: 0, y: 0, width: 1000, height: 700 };
    const zoneA: ZoneRect = { id: 'a', x: 20, y: 20, width: 300, height: 300 };
    const zoneB: ZoneRect = { id: 'b', x: 380, y: 250, width: 500, height: 400 };
    // In a: cache; in b: api and db; client in the region only; a stray component outside everything.
    const stray = box('stray', 1500, 1500);
    const plan = tidyPlan({ items: [...items, stray], others: [], calls, zones: [region, zoneA, zoneB] }, 'LR');
    const at = new Map(plan.moves.map((move) => [move.id, move]));
    const zones = new Map(plan.zones.map((zone) => [zone.id, zone]));
    expect(inside(zones.get('a')!, at.get('cache')!)).toBe(true);
    expect(inside(zones.get('b')!, at.get('api')!)).toBe(true);
    expect(inside(zones.get('b')!, at.get('db')!)).toBe(true);
    expect(inside(zones.get('region')!, at.get('client')!)).toBe(true);
    expect(inside(zones.get('a')!, at.get('api')!)).toBe(false);
    expect(inside(zones.get('region')!, at.get('stray')!)).toBe(false);
    for (const inner of [zones.get('a')!, zones.get('b')!]) {
      const outer = zones.get('region')!;
      expect(inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height).toBe(true);
    }
    expect(overlap(zones.get('a')!, zones.get('b')!)).toBe(false);
  });

  it('grows a zone to keep members left out of the tidy-up', () => {
    const zone: ZoneRect = { id: 'z', x: 0, y: 0, width: 400, height: 400 };
    const plan = tidyPlan({ items: [box('a', 10, 10), box('b', 200, 200)], others: [box('c', 350, 350)], calls: [{ from: 'a', to: 'b' }], zones: [zone] }, 'LR');
    const resized = plan.zones[0]!;
    expect(inside(resized, { x: 350, y: 350 })).toBe(true);
    for (const move of plan.moves) expect(inside(resized, move)).toBe(true);
  });
});

describe('applyTidy', () => {
  it('moves components and zones in one undo step', () => {
    const { board, undo, a, b } = twoServicesBackwards();
    board.addZone({ level: 'region', x: -10, y: -10, width: 600, height: 600 });
    undo.stopCapturing();
    const before = board.snapshot();
    const plan = tidyPlan({ items: before.components.map(({ id, x, y }) => ({ id, x, y, width: 200, height: 100 })), others: [], calls: before.calls, zones: before.zones });
    applyTidy(board, plan);
    const after = board.snapshot();
    expect(after.components.find((c) => c.id === a)!.x).toBeLessThan(after.components.find((c) => c.id === b)!.x);
    expect(after.zones[0]!.width).not.toBe(600);
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });
});
