// Exact availability equals brute-force enumeration of every component and zone state, on random
// small boards with diamonds, fractions, optional and async calls, traffic classes and nested zones.
// Seeded: set FUZZ_SEED to replay; fast-check prints the failing seed and the board's own seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { engineWithoutNetwork, randomBoard } from '../../test/harness';
import { bruteForceAvailability } from '../../test/reference';

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);

describe('exact availability vs brute force', () => {
  it(`agrees to 1e-12 on random boards of ≤ 10 components and ≤ 3 zones (fast-check seed ${SEED})`, () => {
    const engine = engineWithoutNetwork();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 0, max: 3 }),
        (boardSeed, size, zones) => {
          const board = randomBoard(boardSeed, {
            components: size,
            zones,
            callsPerComponent: 1.5,
            allowAsync: true,
            rps: 100,
          });
          const result = analyze(board, engine);
          const flow = result.flows[0];
          if (!flow) throw new Error(`board seed ${boardSeed}: no flow`);
          expect(flow.availability.method, `board seed ${boardSeed}`).toBe('exact');
          const up = new Map(result.components.map((component) => [component.id as string, component.up.value]));
          const expected = bruteForceAvailability(board, up);
          expect(Math.abs(flow.availability.percent.value / 100 - expected), `board seed ${boardSeed}`).toBeLessThan(
            1e-12,
          );
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});
