// Exact availability equals brute-force enumeration of every component and zone state, on random
// small boards with diamonds, fractions, optional and async calls, traffic classes and nested zones.
// Seeded: set FUZZ_SEED to replay; fast-check prints the failing seed and the board's own seed.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { engineWithoutNetwork, noNetworkCatalog, randomBoard } from '../../test/harness';
import { createEngine } from '../analyze';
import { bruteForceAvailability } from '../../test/reference';

const SEED = fuzzSeed(20240611);

describe('exact availability vs brute force', () => {
  beforeAll(() => printSeed('exact availability vs brute force (fast-check)', SEED));

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

  it(`past the budget it conditions on fewer variables and says "lower-bound": never above the exact value (seed ${SEED})`, () => {
    const exact = engineWithoutNetwork();
    const bounded = createEngine({ catalog: noNetworkCatalog(), limits: { maxConditioned: 1, maxWork: 1 << 18 } });
    let boundedRuns = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 4, max: 10 }), fc.integer({ min: 0, max: 3 }), (boardSeed, size, zones) => {
        const board = randomBoard(boardSeed, { components: size, zones, callsPerComponent: 1.8, allowAsync: true, rps: 100 });
        const truth = analyze(board, exact).flows[0]?.availability;
        const estimate = analyze(board, bounded).flows[0]?.availability;
        if (!truth || !estimate) throw new Error(`board seed ${boardSeed}: no flow`);
        if (estimate.sharedVariables > 1) {
          boundedRuns += 1;
          expect(estimate.method, `board seed ${boardSeed}`).toBe('lower-bound');
        }
        // Harris: success rises with every component's health, so treating shared parts as independent under-estimates.
        expect(estimate.percent.value, `board seed ${boardSeed}`).toBeLessThanOrEqual(truth.percent.value + 1e-9);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(boundedRuns).toBeGreaterThan(20);
  });
});
