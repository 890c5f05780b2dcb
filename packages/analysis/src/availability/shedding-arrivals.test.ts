// A tier that sheds load admits each arrival apart (issue 14, shedding per arrival; the oracle's
// availability.test.ts pins the same request-level figure). Each case with its hand computation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent, BoardZone } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';
import { forEachBinomialTerm } from './k-of-n';

const engine = engineWithoutNetwork();
/** Every part but the tier never fails, so the figures are the tier's admissions alone. */
const PERFECT = { availability: 1 };
const flow = (result: AnalysisResult) => result.flows[0]?.availability;

/** users (125 req/s) → a → tier, with fan-out 3: 375 req/s on the tier. */
function fanOut(tier: Partial<BoardComponent>, params: BoardComponent['params'], zones: BoardZone[] = []) {
  return makeBoard(
    [client('users', { rps: 125 }), service('a', PERFECT), service('tier', { shedsLoad: true, ...params }, tier)],
    [sync('users', 'a'), sync('a', 'tier', { callsPerRequest: 3 })],
    zones,
  );
}

describe('a shedding tier admits each arrival apart', () => {
  it('fan-out 3 into one instance at ρ 1.25: 0.8³ = 51.2 %, not 1/ρ = 80 %', () => {
    // 375 req/s on 300: each of the three calls gets in with 300 / 375 = 0.8, independently.
    const result = analyze(fanOut({ instances: 1 }, { capacityRps: 300, availability: 1 }), engine);
    expect(flow(result)?.percent.value).toBeCloseTo(51.2, 10);
    expect(flow(result)?.method).toBe('exact');
  });

  it('fan-out 3 into two instances (0.9 each) at ρ 1.25: E[served(U)³] = 0.81 × 0.8³ + 0.18 × 0.4³ = 42.624 %', () => {
    // Both up (0.81): 375 on 300, each arrival 0.8. One up (2 × 0.9 × 0.1 = 0.18): 150 / 375 = 0.4.
    // None (0.01): 0. The state is the request's, the admissions are not: 0.41472 + 0.01152 = 0.42624
    // (the mean admission cubed, (0.81 × 0.8 + 0.18 × 0.4)³ = 0.373, would count the state three times).
    const result = analyze(fanOut({ instances: 2 }, { capacityRps: 150, availability: 0.9 }), engine);
    expect(flow(result)?.percent.value).toBeCloseTo(42.624, 10);
    expect(flow(result)?.method).toBe('exact');
  });

  it('the same tier spread over two zones (0.9 each) with instances always up: the zones decide U, 42.624 % again', () => {
    const zones: BoardZone[] = [
      { id: 'z1', level: 'availability-zone', availability: 0.9 },
      { id: 'z2', level: 'availability-zone', availability: 0.9 },
    ];
    const result = analyze(fanOut({ instances: 2, spread: 'z1 z2' }, { capacityRps: 150, availability: 1 }, zones), engine);
    expect(flow(result)?.percent.value).toBeCloseTo(42.624, 10);
    expect(flow(result)?.method).toBe('exact');
  });

  it('a second path into the tier is a second arrival: a → x → tier and a → y → tier at ρ 1.25 give 0.8² = 64 %', () => {
    // 100 req/s reach the tier twice: 200 on 160, each arrival admitted with 0.8.
    const board = makeBoard(
      [client('users', { rps: 100 }), service('a', PERFECT), service('x', PERFECT), service('y', PERFECT), service('tier', { capacityRps: 160, shedsLoad: true, availability: 1 })],
      [sync('users', 'a'), sync('a', 'x'), sync('a', 'y'), sync('x', 'tier'), sync('y', 'tier')],
    );
    expect(flow(analyze(board, engine))?.percent.value).toBeCloseTo(64, 10);
  });

  it('one arrival is unchanged (1/ρ = 80 %); below capacity nothing is shed; perfecting the fanned-out tier gains 100 − 51.2 points', () => {
    const result = analyze(fanOut({ instances: 1 }, { capacityRps: 900, availability: 1 }), engine);
    // Fan-out 3 at 375 req/s on 900: nothing shed, 100 %. One call at 125 req/s on 100: 0.8.
    expect(flow(result)?.percent.value).toBeCloseTo(100, 10);
    const single = makeBoard([client('users', { rps: 125 }), service('tier', { capacityRps: 100, shedsLoad: true, availability: 1 })], [sync('users', 'tier')]);
    expect(flow(analyze(single, engine))?.percent.value).toBeCloseTo(80, 10);
    expect(flow(analyze(fanOut({ instances: 1 }, { capacityRps: 300, availability: 1 }), engine))?.weakestLink?.gain.value).toBeCloseTo(100 - 51.2, 10);
  });
});

describe('the binomial terms past 64 instances', () => {
  it('keep only the terms that matter and still sum to 1: 8,000 instances at 0.99 visit a few hundred', () => {
    // Mean 7,920, standard deviation √(8,000 × 0.99 × 0.01) = 8.9: terms above 1e-18 of the mode lie
    // within about 9 standard deviations, so ~170 of them; the old loop visited all 8,001.
    let visited = 0;
    let total = 0;
    let mean = 0;
    forEachBinomialTerm(8_000, 0.99, (u, p) => {
      visited += 1;
      total += p;
      mean += u * p;
    });
    expect(visited).toBeLessThan(400);
    expect(total).toBeCloseTo(1, 14);
    expect(mean).toBeCloseTo(7_920, 8);
  });
});
