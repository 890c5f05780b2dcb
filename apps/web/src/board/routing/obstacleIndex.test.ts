import { fuzzSeed, printSeed, seededRandom, withSeed } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import type { Box } from './geometry';
import type { Obstacle, ObstaclesIn } from './obstacleIndex';
import { ObstacleIndex, touches } from './obstacleIndex';
import { routeCall } from './router';

/** The index's answer without the index: every box, tested one by one. */
function unindexed(obstacles: readonly Obstacle[], ...ends: string[]): ObstaclesIn {
  return (area) => obstacles.filter((obstacle) => !ends.includes(obstacle.id) && touches(obstacle.box, area)).map((obstacle) => obstacle.box);
}

function randomObstacles(random: Random, count: number): Obstacle[] {
  // Spread over several of the index's cells, some on cell borders (multiples of 256), sizes from a dot to a wide frame.
  return Array.from({ length: count }, (_, index) => ({
    id: `o${index}`,
    box: { x: random.int(12) * 256 - random.int(2) * random.int(300), y: random.int(3000), width: random.int(600), height: random.int(400) },
  }));
}

const sortedBoxes = (boxes: readonly Box[]) => [...boxes].sort((a, b) => a.x - b.x || a.y - b.y || a.width - b.width || a.height - b.height);

describe('ObstacleIndex', () => {
  it('on seeded random boards, finds exactly the boxes an unindexed scan finds, each once', () => {
    const seed = fuzzSeed(1820);
    printSeed('obstacle index against a scan', seed);
    withSeed(seed, () => {
      const random = seededRandom(seed);
      for (let board = 0; board < 30; board++) {
        const obstacles = randomObstacles(random, 60);
        const index = new ObstacleIndex(obstacles);
        for (let query = 0; query < 40; query++) {
          const area: Box = { x: random.int(3500) - 300, y: random.int(3500) - 300, width: random.int(900), height: random.int(900) };
          const except = random.pick(obstacles)?.id ?? '';
          const found = index.boxesFor(except)(area);
          expect(found.length, `board ${board}, query ${query}`).toBe(new Set(found).size);
          expect(sortedBoxes(found), `board ${board}, query ${query}`).toEqual(sortedBoxes(unindexed(obstacles, except)(area)));
        }
      }
    });
  });

  it('on seeded random boards, routes every call as the router does with an unindexed scan', () => {
    const seed = fuzzSeed(1821);
    printSeed('indexed against unindexed routing', seed);
    withSeed(seed, () => {
      const random = seededRandom(seed);
      for (let board = 0; board < 10; board++) {
        // Component-sized boxes on a loose grid with jitter: dense enough that many calls search the grid.
        const obstacles: Obstacle[] = Array.from({ length: 30 }, (_, index) => ({
          id: `c${index}`,
          box: { x: (index % 6) * 300 + random.int(60), y: Math.floor(index / 6) * 220 + random.int(40), width: 180, height: 120 },
        }));
        const index = new ObstacleIndex(obstacles);
        for (let call = 0; call < 12; call++) {
          const from = random.pick(obstacles) as Obstacle;
          const to = random.pick(obstacles.filter((obstacle) => obstacle !== from)) as Obstacle;
          const indexed = routeCall(from.box, to.box, index.boxesFor(from.id, to.id));
          const scanned = routeCall(from.box, to.box, unindexed(obstacles, from.id, to.id));
          expect(indexed, `board ${board}, ${from.id}->${to.id}`).toEqual(scanned);
        }
      }
    });
  });
});
