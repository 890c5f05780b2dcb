// The shared network of a shedding plan's cases (plain-cases.ts) gives the same analysis, bit for bit,
// as building each case apart (withCombination + evaluate): random boards with issue 14's features
// (shedding tiers, fan-outs, diamonds, zones, timeouts), analysed once with it and once with it
// turned off (plainCases answering null, so every case takes the apart path). Small boards: every flow
// is exact within its budget, where the two must agree bit for bit.
import { replayHint, seededRandom, seedsFrom } from '@napkin/testkit';
import { describe, expect, it, vi } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardFile } from '../format/schema';
import { randomBoard } from '../../test/harness';
import type * as PlainCasesModule from './plain-cases';

const SEEDS = seedsFrom(1, 40);
/** Bounded by its 80 analyses, not by time: a busy machine may take several times the usual second. */
const BOUNDED_BY_RUNS = 120_000;

/**
 * Random boards (diamonds, fan-outs, zones, timeouts) with tight capacities and about a third of the
 * components shedding load: plain flows (no alternatives, no spreads) whose tiers are reached twice or more.
 */
function boards(): Array<{ seed: number; board: BoardFile }> {
  return SEEDS.map((seed) => {
    const board = randomBoard(seed, { components: 14, zones: 3, callsPerComponent: 1.8, allowAsync: true, rps: 150, timeouts: true });
    const random = seededRandom(seed);
    board.components.forEach((component, index) => {
      if (index === 0 || random.next() > 0.35) return;
      component.params = { ...component.params, shedsLoad: true, capacityRps: 20 + random.next() * 100 };
    });
    return { seed, board };
  });
}

/** Whether plainCases answers (else null: every case built apart), and how often it built a shared network. */
const control = vi.hoisted(() => ({ shared: true, built: 0 }));
vi.mock('./plain-cases', async (original) => {
  const real = await original<typeof PlainCasesModule>();
  return {
    plainCases: (...args: Parameters<typeof real.plainCases>) => {
      const built = control.shared ? real.plainCases(...args) : null;
      if (built) control.built += 1;
      return built;
    },
  };
});

function analyses(shared: boolean): string[] {
  control.shared = shared;
  const engine = createEngine();
  return boards().map(({ board }) => JSON.stringify(analyze(board, engine)));
}

describe("a shedding plan's cases from one shared network", () => {
  it('give the same analysis as each case built apart, on 40 random boards with shedding tiers', () => {
    const withShared = analyses(true);
    // The shared path must have been taken, or the comparison says nothing.
    expect(control.built).toBeGreaterThan(20);
    const apart = analyses(false);
    SEEDS.forEach((seed, index) => {
      expect(withShared[index], replayHint(seed)).toBe(apart[index]);
    });
  }, BOUNDED_BY_RUNS);
});
