// The weakest link is the component or zone whose perfection gains the most, A(it never fails) − A.
// Checked against brute force on random boards with every feature of issue 14 (alternatives with and
// without failover, spreads, zones and components marked down, saturation, shedding, shared parts):
// the engine's weakest link gains what brute force says, and nothing else gains more.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { engineWithoutNetwork, randomBoard } from '../../test/harness';
import { bruteForceAvailability } from '../../test/brute-force';

const SEED = fuzzSeed(20261205);
/** Bounded by its runs, not by time: a busy machine may take several times the usual few seconds. */
const BOUNDED_BY_RUNS = 120_000;

describe('gain if perfect vs brute force', () => {
  beforeAll(() => printSeed('gain if perfect vs brute force (fast-check)', SEED));

  it(`the weakest link (component or zone) gains what brute force says, and is the largest gain (fast-check seed ${SEED})`, () => {
    const engine = engineWithoutNetwork();
    let zonesWon = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 3, max: 8 }), fc.integer({ min: 1, max: 3 }), (boardSeed, size, zones) => {
        const board = randomBoard(boardSeed, { components: size, zones, callsPerComponent: 1.3, allowAsync: true, rps: 100, features: true });
        const result = analyze(board, engine);
        const flow = result.flows[0];
        if (!flow) throw new Error(`board seed ${boardSeed}: no flow`);
        const base = bruteForceAvailability(board, result);
        const gains = [
          ...board.components.filter((c) => c.entry === undefined).map((c) => ({ kind: 'component', id: c.id, gain: bruteForceAvailability(board, result, { component: c.id }) - base })),
          ...board.zones.map((z) => ({ kind: 'zone', id: z.id, gain: bruteForceAvailability(board, result, { zone: z.id }) - base })),
        ];
        const best = Math.max(0, ...gains.map((g) => g.gain));
        const link = flow.availability.weakestLink;
        if (best < 1e-13) return;
        expect(link, `board seed ${boardSeed}`).not.toBeNull();
        const chosen = gains.find((g) => g.kind === link?.kind && g.id === link.component);
        expect(chosen, `board seed ${boardSeed}`).toBeDefined();
        expect(Math.abs((link?.gain.value ?? 0) / 100 - (chosen?.gain ?? 0)), `board seed ${boardSeed}: ${link?.kind} ${link?.component}`).toBeLessThan(1e-10);
        expect(chosen?.gain ?? 0, `board seed ${boardSeed}`).toBeGreaterThan(best - 1e-10);
        if (link?.kind === 'zone') zonesWon += 1;
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(zonesWon).toBeGreaterThan(5);
  }, BOUNDED_BY_RUNS);
});
