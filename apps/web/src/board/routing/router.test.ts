import { fuzzSeed, printSeed, seededRandom, withSeed } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import type { Box, Point } from './geometry';
import { portOf, segmentCrosses } from './geometry';
import { ObstacleIndex } from './obstacleIndex';
import { chooseSides, routeCall } from './router';

const box = (x: number, y: number, width = 180, height = 120): Box => ({ x, y, width, height });

/** Every segment horizontal or vertical, and none through the inside of any box given. */
function crossings(points: readonly Point[], boxes: readonly Box[]): Box[] {
  const crossed: Box[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const a = points[index] as Point;
    const b = points[index + 1] as Point;
    expect(a.x === b.x || a.y === b.y, `segment (${a.x},${a.y})→(${b.x},${b.y}) is diagonal`).toBe(true);
    for (const candidate of boxes) if (segmentCrosses(a, b, candidate)) crossed.push(candidate);
  }
  return crossed;
}

function indexOf(boxes: readonly Box[]): ObstacleIndex {
  return new ObstacleIndex(boxes.map((b, index) => ({ id: String(index), box: b })));
}

describe('chooseSides', () => {
  it('faces across the wider gap, horizontally when tied', () => {
    expect(chooseSides(box(0, 0), box(400, 30))).toEqual({ source: 'right', target: 'left' });
    expect(chooseSides(box(400, 30), box(0, 0))).toEqual({ source: 'left', target: 'right' });
    expect(chooseSides(box(0, 0), box(20, 400))).toEqual({ source: 'bottom', target: 'top' });
    expect(chooseSides(box(20, 400), box(0, 0))).toEqual({ source: 'top', target: 'bottom' });
  });
});

describe('routeCall', () => {
  it('keeps a straight call between neighbours straight', () => {
    const route = routeCall(box(0, 0), box(300, 0), indexOf([]).boxesFor());
    expect(route.points).toEqual([portOf(box(0, 0), 'right'), portOf(box(300, 0), 'left')]);
    expect(route.clear).toBe(true);
  });

  it('draws a call back to the left (a store answering its service) around the box between them', () => {
    // service → cache → db in a row; the db's call back to the service must not hide behind the cache.
    const service = box(0, 0);
    const cache = box(300, 0);
    const db = box(600, 0);
    const index = indexOf([service, cache, db]);
    const route = routeCall(db, service, index.boxesFor('0', '2'));
    expect(route.clear).toBe(true);
    expect(route.sourceSide).toBe('left');
    expect(route.targetSide).toBe('right');
    expect(crossings(route.points, [service, cache, db])).toEqual([]);
    // It leaves the row to get past the cache.
    expect(route.points.some((point) => point.y < 0 || point.y > 120)).toBe(true);
  });

  it('says so when no route exists (a callee walled in on every side) and still joins the two ends', () => {
    const callee = box(400, 400);
    const walls = [box(180, 180, 620, 200), box(180, 520, 620, 200), box(180, 380, 200, 140), box(600, 380, 200, 140)];
    const route = routeCall(box(-400, 400), callee, indexOf(walls).boxesFor());
    expect(route.clear).toBe(false);
    expect(route.points[0]).toEqual(portOf(box(-400, 400), route.sourceSide));
    expect(route.points.at(-1)).toEqual(portOf(callee, route.targetSide));
  });

  it('on seeded random boards, crosses no box, not even its own ends, whenever boxes leave room', () => {
    const seed = fuzzSeed(1807);
    printSeed('random boards for the call router', seed);
    withSeed(seed, () => {
      const random = seededRandom(seed);
      for (let board = 0; board < 40; board++) {
        const boxes = randomBoard(random, 25);
        const index = indexOf(boxes);
        for (let call = 0; call < 15; call++) {
          const from = random.int(boxes.length);
          let to = random.int(boxes.length - 1);
          if (to >= from) to++;
          const source = boxes[from] as Box;
          const target = boxes[to] as Box;
          const route = routeCall(source, target, index.boxesFor(String(from), String(to)));
          const where = `board ${board}, call ${from}→${to}`;
          expect(route.clear, where).toBe(true);
          expect(route.points[0], where).toEqual(portOf(source, route.sourceSide));
          expect(route.points.at(-1), where).toEqual(portOf(target, route.targetSide));
          expect(crossings(route.points, boxes), where).toEqual([]);
        }
      }
    });
  });
});

/** Boxes of assorted sizes scattered over an area, each at least 34 px from the next (room for a route's 16 px clearance on both). */
function randomBoard(random: Random, count: number): Box[] {
  const boxes: Box[] = [];
  const spacing = 34;
  for (let attempt = 0; boxes.length < count && attempt < count * 200; attempt++) {
    const candidate = box(random.int(1600), random.int(1000), 80 + random.int(140), 50 + random.int(90));
    const tooClose = boxes.some(
      (other) =>
        candidate.x < other.x + other.width + spacing &&
        other.x < candidate.x + candidate.width + spacing &&
        candidate.y < other.y + other.height + spacing &&
        other.y < candidate.y + candidate.height + spacing,
    );
    if (!tooClose) boxes.push(candidate);
  }
  return boxes;
}
