import { fuzzSeed, printSeed, seededRandom, withSeed } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import { ObstacleIndex } from './obstacleIndex';
import type { Obstacle } from './obstacleIndex';
import type { CallEnds } from './routeBook';
import { changedBoxes, RouteBook } from './routeBook';
import { routeCall } from './router';

const box = (x: number, y: number): Box => ({ x, y, width: 180, height: 120 });
const obstaclesOf = (boxes: Record<string, Box>): Obstacle[] => Object.entries(boxes).map(([id, b]) => ({ id, box: b }));
const endsOf = (boxes: Record<string, Box>, from: string, to: string): CallEnds => ({
  callId: `${from}->${to}`,
  sourceId: from,
  source: boxes[from] as Box,
  targetId: to,
  target: boxes[to] as Box,
});
/** Routing from scratch, without the book: what every route it gives must equal. */
const fromScratch = (boxes: Record<string, Box>, ends: CallEnds) =>
  routeCall(ends.source, ends.target, new ObstacleIndex(obstaclesOf(boxes)).boxesFor(ends.sourceId, ends.targetId));

/** A book that routes everything at once (no budget) and never schedules on its own. */
function eagerBook(): RouteBook {
  return new RouteBook({ budgetMs: Infinity, schedule: () => undefined });
}

describe('RouteBook', () => {
  it('re-routes only the calls of a moved component, not those elsewhere on the board', () => {
    const boxes: Record<string, Box> = { a: box(0, 0), b: box(400, 0), c: box(0, 2000), d: box(400, 2000), e: box(2000, 0), f: box(2400, 0) };
    const book = eagerBook();
    book.setObstacles(obstaclesOf(boxes));
    const calls = [['a', 'b'], ['c', 'd'], ['e', 'f']] as const;
    for (const [from, to] of calls) book.request(endsOf(boxes, from, to));
    expect(book.routed).toBe(3);

    boxes['b'] = box(400, 60);
    book.setObstacles(obstaclesOf(boxes));
    const answers = calls.map(([from, to]) => book.request(endsOf(boxes, from, to)));
    expect(book.routed).toBe(4);
    expect(answers.every((answer) => !answer.pending)).toBe(true);
    expect(answers[0]?.route).toEqual(fromScratch(boxes, endsOf(boxes, 'a', 'b')));
  });

  it('keeps a route when a far-away component moves, routes around one dropped onto its line and straight once it leaves', () => {
    const boxes: Record<string, Box> = { a: box(0, 0), b: box(600, 0), c: box(300, 2000) };
    const book = eagerBook();
    book.setObstacles(obstaclesOf(boxes));
    const straight = book.request(endsOf(boxes, 'a', 'b')).route;
    expect(straight?.points).toHaveLength(2);

    boxes['c'] = box(900, 2400);
    book.setObstacles(obstaclesOf(boxes));
    expect(book.request(endsOf(boxes, 'a', 'b')).route).toBe(straight);
    expect(book.routed).toBe(1);

    boxes['c'] = box(300, 0);
    book.setObstacles(obstaclesOf(boxes));
    const around = book.request(endsOf(boxes, 'a', 'b')).route;
    expect(around?.points.length).toBeGreaterThan(2);

    boxes['c'] = box(300, 2000);
    book.setObstacles(obstaclesOf(boxes));
    expect(book.request(endsOf(boxes, 'a', 'b')).route?.points).toHaveLength(2);
  });

  it('on seeded random boards, gives what routing from scratch gives after every move, add and removal', () => {
    const seed = fuzzSeed(1819);
    printSeed('route book against routing from scratch', seed);
    withSeed(seed, () => {
      const random = seededRandom(seed);
      let requests = 0;
      let routed = 0;
      for (let board = 0; board < 12; board++) {
        const boxes = randomBoxes(random, 18);
        const ids = Object.keys(boxes);
        const calls = Array.from({ length: 14 }, () => {
          const from = random.pick(ids) as string;
          const to = random.pick(ids.filter((id) => id !== from)) as string;
          return [from, to] as const;
        });
        const book = eagerBook();
        for (let step = 0; step < 10; step++) {
          if (step > 0) changeOne(random, boxes, ids);
          book.setObstacles(obstaclesOf(boxes));
          for (const [from, to] of calls) {
            if (boxes[from] === undefined || boxes[to] === undefined) continue;
            const ends = endsOf(boxes, from, to);
            requests += 1;
            expect(book.request(ends).route, `board ${board}, step ${step}, ${ends.callId}`).toEqual(fromScratch(boxes, ends));
          }
        }
        routed += book.routed;
      }
      // The cache is doing its job: most requests after a single change reuse a route.
      expect(routed).toBeLessThan(requests / 2);
    });
  });

  it('beyond its budget, leaves calls off screen waiting and routes them in idle slices, nearest the view first', () => {
    let clock = 0;
    const slices: (() => void)[] = [];
    const book = new RouteBook({ now: () => clock++, budgetMs: 2, sliceMs: 3, schedule: (work) => slices.push(work) });
    // Ten calls along a row, 1,000 px apart; the view is over the last two.
    const boxes: Record<string, Box> = {};
    for (let index = 0; index < 10; index++) {
      boxes[`s${index}`] = box(index * 1000, 0);
      boxes[`t${index}`] = box(index * 1000, 400);
    }
    book.setObstacles(obstaclesOf(boxes));
    book.setFocus(() => ({ x: 8000, y: 0, width: 2000, height: 600 }));
    const told: string[] = [];
    const all = Array.from({ length: 10 }, (_, index) => endsOf(boxes, `s${index}`, `t${index}`));
    for (const ends of all) book.subscribe(ends.callId, () => told.push(ends.callId));

    const first = all.map((ends) => book.request(ends));
    // On screen and within the budget: routed now. The rest wait, with nothing to draw yet.
    expect(first.slice(8).map((answer) => answer.pending)).toEqual([false, false]);
    expect(first.slice(0, 8).every((answer) => answer.pending && answer.route === null)).toBe(true);
    expect(book.waitingCount).toBe(8);

    for (let guard = 0; slices.length > 0 && guard < 20; guard++) (slices.shift() as () => void)();
    expect(book.waitingCount).toBe(0);
    expect(told).toEqual(['s7->t7', 's6->t6', 's5->t5', 's4->t4', 's3->t3', 's2->t2', 's1->t1', 's0->t0']);
    for (const ends of all) expect(book.request(ends)).toEqual({ route: fromScratch(boxes, ends), pending: false });
  });

  it('routes a call whose end is being dragged at once, whatever the budget, and drops a forgotten call from the line', () => {
    const slices: (() => void)[] = [];
    const book = new RouteBook({ budgetMs: 0, schedule: (work) => slices.push(work) });
    const boxes: Record<string, Box> = { a: box(0, 0), b: box(600, 0), c: box(0, 600), d: box(600, 600) };
    book.setObstacles(obstaclesOf(boxes));
    expect(book.request(endsOf(boxes, 'a', 'b')).pending).toBe(true);
    expect(book.request(endsOf(boxes, 'c', 'd')).pending).toBe(true);
    book.forget('c->d');
    (slices.shift() as () => void)();
    expect(book.routed).toBe(1);

    const dragged = { ...endsOf(boxes, 'a', 'b'), target: box(650, 40) };
    expect(book.request(dragged)).toEqual({ route: routeCall(dragged.source, dragged.target, new ObstacleIndex(obstaclesOf(boxes)).boxesFor('a', 'b')), pending: false });
    expect(book.routed).toBe(2);
  });
});

describe('changedBoxes', () => {
  it('lists the old and new box of a moved component, an added one and a removed one, and nothing unchanged', () => {
    const before = obstaclesOf({ kept: box(0, 0), moved: box(300, 0), removed: box(600, 0) });
    const after = obstaclesOf({ kept: box(0, 0), moved: box(300, 50), added: box(900, 0) });
    expect(changedBoxes(before, after)).toEqual([box(300, 50), box(300, 0), box(900, 0), box(600, 0)]);
  });
});

/** Component-sized boxes scattered with room between them (34 px: a route's 16 px clearance on both sides). */
function randomBoxes(random: Random, count: number): Record<string, Box> {
  const boxes: Record<string, Box> = {};
  for (let attempt = 0; Object.keys(boxes).length < count && attempt < count * 200; attempt++) {
    const candidate = box(random.int(2000), random.int(1200));
    if (Object.values(boxes).every((other) => !near(candidate, other))) boxes[`n${Object.keys(boxes).length}`] = candidate;
  }
  return boxes;
}

function near(a: Box, b: Box): boolean {
  const spacing = 34;
  return a.x < b.x + b.width + spacing && b.x < a.x + a.width + spacing && a.y < b.y + b.height + spacing && b.y < a.y + a.height + spacing;
}

/** Moves one component (to a free spot), removes one or adds one back, as peers would. */
function changeOne(random: Random, boxes: Record<string, Box>, ids: readonly string[]): void {
  const id = random.pick(ids) as string;
  const roll = random.int(10);
  if (roll === 0) {
    delete boxes[id];
    return;
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const candidate = box(random.int(2000), random.int(1200));
    if (Object.entries(boxes).every(([other, at]) => other === id || !near(candidate, at))) {
      boxes[id] = candidate;
      return;
    }
  }
}
