// Exact availability equals brute-force enumeration of every component and zone state, on random
// small boards with diamonds, fractions, optional and async calls, traffic classes and nested zones,
// and (issue 14) alternative groups with and without failover, spreads over zones, zones marked down,
// load shedding and capacities tight enough that k of n decides.
// Seeded: set FUZZ_SEED to replay; fast-check prints the failing seed and the board's own seed.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { engineWithoutNetwork, noNetworkCatalog, randomBoard } from '../../test/harness';
import { createEngine } from '../analyze';
import { bruteForceAvailability } from '../../test/brute-force';

const SEED = fuzzSeed(20240611);
/** Bounded by their runs, not by time: a busy machine may take several times the usual few seconds. */
const BOUNDED_BY_RUNS = 120_000;

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
          const expected = bruteForceAvailability(board, result);
          expect(Math.abs(flow.availability.percent.value / 100 - expected), `board seed ${boardSeed}`).toBeLessThan(
            1e-12,
          );
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  }, BOUNDED_BY_RUNS);

  it(`with alternatives, spreads, zones down and shedding it agrees to 1e-12 too (fast-check seed ${SEED})`, () => {
    const engine = engineWithoutNetwork();
    let grouped = 0;
    let spread = 0;
    let zoneDown = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 4, max: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (boardSeed, size, zones) => {
          const board = randomBoard(boardSeed, { components: size, zones, callsPerComponent: 1.3, allowAsync: true, rps: 100, features: true });
          const result = analyze(board, engine);
          const flow = result.flows[0];
          if (!flow) throw new Error(`board seed ${boardSeed}: no flow`);
          expect(result.errors, `board seed ${boardSeed}`).toEqual([]);
          expect(flow.availability.method, `board seed ${boardSeed}`).toBe('exact');
          if (board.calls.some((call) => call.alternative !== undefined)) grouped += 1;
          if (board.components.some((component) => component.spread !== undefined)) spread += 1;
          if (board.zones.some((zone) => zone.down === true)) zoneDown += 1;
          const expected = bruteForceAvailability(board, result);
          expect(Math.abs(flow.availability.percent.value / 100 - expected), `board seed ${boardSeed}`).toBeLessThan(1e-12);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
    // The features were there to be checked.
    expect(grouped).toBeGreaterThan(100);
    expect(spread).toBeGreaterThan(30);
    expect(zoneDown).toBeGreaterThan(20);
  }, BOUNDED_BY_RUNS);

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
  }, BOUNDED_BY_RUNS);

  it(`with alternatives and spreads past the budget: "lower-bound" is never above the exact value, and "estimate" only where a group fails over (seed ${SEED})`, () => {
    const exact = engineWithoutNetwork();
    const bounded = createEngine({ catalog: noNetworkCatalog(), limits: { maxConditioned: 1, maxWork: 1 << 18 } });
    const methods = { 'lower-bound': 0, estimate: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 4, max: 9 }), fc.integer({ min: 1, max: 3 }), (boardSeed, size, zones) => {
        const board = randomBoard(boardSeed, { components: size, zones, callsPerComponent: 1.5, allowAsync: true, rps: 100, features: true });
        const truth = analyze(board, exact).flows[0]?.availability;
        const estimate = analyze(board, bounded).flows[0]?.availability;
        if (!truth || !estimate) throw new Error(`board seed ${boardSeed}: no flow`);
        if (estimate.method === 'exact') return;
        methods[estimate.method] += 1;
        if (estimate.method === 'lower-bound')
          expect(estimate.percent.value, `board seed ${boardSeed}`).toBeLessThanOrEqual(truth.percent.value + 1e-9);
        else expect(board.calls.some((call) => call.alternative !== undefined && call.failover !== false), `board seed ${boardSeed}`).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
    expect(methods['lower-bound']).toBeGreaterThan(10);
    expect(methods.estimate).toBeGreaterThan(10);
  }, BOUNDED_BY_RUNS);
});
