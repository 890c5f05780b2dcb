// The engine against the oracle on random boards that use every issue 14 feature (test/random-board.ts):
// - availability: the engine's figure lies inside the simulation's 99 % Wilson interval, on boards whose
//   components sit at 90–99 % and where the simulation sees at least 1,000 failed requests;
// - latency: the simulated CDF at the engine's p50 is within ±0.5 percentage points of 50 %, and at its
//   p99 within ±0.2 points of 99 %.
//
// Sizes, bounded by counts and chosen for a 2-core machine (the suite stays under ~60 s):
// - REQUESTS = 400,000 per board. The sampling error decides it: the CDF at p50 has a standard error of
//   0.08 points (0.5 / √400,000) and at p99 of 0.016 points, so the tolerances are left to the engine
//   (its histogram grid puts its p50 0.1–0.45 points off and its p99 up to 0.19 points off on such
//   boards: at 150,000 requests, 0.13 points of noise on top made a correct engine miss ±0.5). Each board
//   fails 15–80 % of its requests, far above 1,000.
// - BOARDS = 12: every feature on at least two boards and off on others (featuresOf), three times over
//   the four-board pattern. The oracle costs about 1.5 s per board on a quiet machine (the load is exact
//   but for the retries' attempts, measured on 6 × 10,000 requests; then the run), so the suite takes
//   about 20 s alone and stays inside a minute when the machine is shared.
// - Both sides with the playbook's latency table: a visit into a spread component meets one of its
//   running instances, and the engine's hop is the same mix of tiers (model/network-mix.ts). Before it
//   placed a spread at its first listed zone, and the boards ran without round trips.
// - A request may arrive at the shedding tier several times (a fan-out into it, a second path from
//   profile): both sides admit each arrival apart (0.8³ for three arrivals at ρ 1.25).
// - On two boards in three the cache calls a second service on a miss: both sides draw one hit or miss
//   per visit, for success and for time.
// - The boards keep out of the two configurations where the engine and the oracle are known to differ
//   (the analysis README's known limits): a timeout over a subtree with its own timeouts (a late
//   attempt's retry redraws the subtree; the oracle's worked test pins its side), and a fan-out above a
//   subtree with fractions or a shedding tier (one visit in the engine, one per copy here): they fan out
//   only into leaves and into the shedding tier. Retries after failed answers are on the boards: both
//   sides count them per request (a callee subtree that fails the request fails every attempt); the
//   engine's subtree failure is an estimate (independent branches), within a small share of the
//   retried tier's load.
// With the models agreeing, the exact figure still falls outside a 99 % interval on 1 % of boards: the
// seed is pinned so the suite is deterministic; FUZZ_SEED=n runs another one (printed), where such a
// miss is possible by chance alone.
import { analyze, createEngine } from '@napkin/analysis';
import type { FlowResult } from '@napkin/analysis';
import { fuzzSeed, printSeed, withSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { simulate } from '../src/index';
import type { OracleResult } from '../src/index';
import { featuresOf, randomBoard } from './random-board';

const SEED = fuzzSeed(1400);
const BOARDS = 12;
const REQUESTS = 400_000;
const P50_POINTS = 0.5;
const P99_POINTS = 0.2;
const FEATURES = ['alternatives', 'failover', 'spread', 'zone down', 'component down', 'k of n', 'shedding', 'saturation', 'retries', 'timeouts', 'fan-out', 'parallel groups', 'optional', 'caches', 'async', 'shedding fan-out', 'shedding second visit', 'cache with two callees'];

interface Compared {
  readonly seed: number;
  readonly engine: FlowResult;
  readonly oracle: OracleResult;
  readonly uses: ReadonlySet<string>;
}

/** Both sides with the playbook's latency table (see the header). */
const engineWithNetwork = createEngine();

function compare(seed: number, b: number): Compared {
  const { board, uses } = randomBoard(seed, featuresOf(b));
  const engine = analyze(board, engineWithNetwork).flows.find((flow) => flow.entry === 'users');
  if (!engine) throw new Error(`board ${seed}: the engine has no flow from users`);
  return { seed, engine, oracle: simulate(board, { seed, requests: REQUESTS }), uses };
}

const points = (share: number) => share * 100;

function describeRow({ seed, engine, oracle }: Compared): string {
  const a = engine.availability.percent.value;
  const { low, high } = oracle.success;
  const at = (figure: { value: number } | null) =>
    figure === null ? `unbounded (oracle: ${points(1 - oracle.latency.unbounded / oracle.requests).toFixed(3)} % answer)` : `${figure.value.toFixed(2)} ms: ${points(oracle.latency.cdf(figure.value)).toFixed(3)} %`;
  return (
    `board ${seed}: A engine ${a.toFixed(4)} %, oracle [${points(low).toFixed(4)}, ${points(high).toFixed(4)}] %` +
    ` (${oracle.requests - oracle.successes} failed); CDF at engine p50 ${at(engine.latency.p50Ms)}, at p99 ${at(engine.latency.p99Ms)}`
  );
}

describe(`engine vs oracle on ${BOARDS} random boards (seed ${SEED}, ${REQUESTS} requests each)`, () => {
  printSeed('engine vs oracle', SEED);
  const results: Compared[] = [];

  // One test per board, so the worker answers vitest between them: twelve boards in one synchronous
  // test held its event loop for minutes on a loaded machine, and vitest's RPC timed out.
  for (let b = 0; b < BOARDS; b++) {
    it(`simulates board ${SEED + b}`, () => {
      const row = withSeed(SEED + b, () => compare(SEED + b, b));
      results.push(row);
      console.log(describeRow(row));
      expect(row.oracle.requests).toBe(REQUESTS);
    }, 120_000);
  }

  it('uses every feature on at least two boards', () => {
    const missing = FEATURES.filter((feature) => results.filter((row) => row.uses.has(feature)).length < 2);
    expect(missing).toEqual([]);
  });

  it('sees at least 1,000 failed requests on every board', () => {
    for (const { seed, oracle } of results) expect(oracle.requests - oracle.successes, `board ${seed}`).toBeGreaterThanOrEqual(1_000);
  });

  it('finds the engine’s availability inside the simulation’s 99 % interval', () => {
    for (const row of results) {
      const a = row.engine.availability.percent.value / 100;
      expect(a >= row.oracle.success.low && a <= row.oracle.success.high, describeRow(row)).toBe(true);
    }
  });

  it('finds the simulated CDF at the engine’s p50 and p99 within ±0.5 and ±0.2 points', () => {
    for (const row of results) {
      // An unbounded percentile (a saturated tier on the path) says fewer than that share ever answer.
      const cdfAt = (figure: { value: number } | null) => points(row.oracle.latency.cdf(figure === null ? Number.MAX_VALUE : figure.value));
      const at50 = cdfAt(row.engine.latency.p50Ms);
      const at99 = cdfAt(row.engine.latency.p99Ms);
      if (row.engine.latency.p50Ms === null) expect(at50, describeRow(row)).toBeLessThanOrEqual(50 + P50_POINTS);
      else expect(Math.abs(at50 - 50), describeRow(row)).toBeLessThanOrEqual(P50_POINTS);
      if (row.engine.latency.p99Ms === null) expect(at99, describeRow(row)).toBeLessThanOrEqual(99 + P99_POINTS);
      else expect(Math.abs(at99 - 99), describeRow(row)).toBeLessThanOrEqual(P99_POINTS);
    }
  });
});
