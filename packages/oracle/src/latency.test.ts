// Latency samples against distributions worked by hand (analysis-model.md, "Latency"): a log-normal
// fitted to p50/p99, sequence adds, a parallel group takes the maximum, fan-out is the maximum of N,
// timeouts cut attempts and retries add the time given up, queueing adds an M/M/c wait, and the network
// adds each hop's round trip.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { board, call, client, consistent, consistentShare, logNormalCdf, service, zone } from '../test/boards';
import { simulate } from './index';

const SEED = fuzzSeed(99);
const REQUESTS = 60_000;
const run = (b: ReturnType<typeof board>, network: 'none' | 'catalog' = 'none') => simulate(b, { seed: SEED, requests: REQUESTS, network });

function expectCdf(result: ReturnType<typeof run>, atMs: number, expected: number): void {
  const check = consistentShare(result.latency.cdf(atMs), result.requests, expected);
  expect(check.ok, `P(latency ≤ ${atMs} ms): ${check.message}`).toBe(true);
}

/** A component taking exactly `ms` (p50 = p99). */
const fixed = (id: string, ms: number) => service(id, { p50Ms: ms, p99Ms: ms });
const slow = (id: string) => service(id, { p50Ms: 10, p99Ms: 40 });

describe(`latency by simulation (seed ${SEED})`, () => {
  printSeed('oracle latency', SEED);

  it('draws a log-normal through the given p50 and p99', () => {
    const result = run(board([client(), slow('a')], [call('users', 'a')]));
    expectCdf(result, 10, 0.5);
    expectCdf(result, 40, 0.99);
  });

  it('adds a sequence and takes the slowest of a parallel group', () => {
    // users → a (1 ms), which calls b (2 ms) then c (3 ms): 6 ms exactly.
    const sequence = run(board([client(), fixed('a', 1), fixed('b', 2), fixed('c', 3)], [call('users', 'a'), call('a', 'b'), call('a', 'c')]));
    expect([sequence.latency.quantile(0.001), sequence.latency.quantile(0.999)]).toEqual([6, 6]);
    // The same calls in one parallel group: 1 + max(2, 3) = 4 ms.
    const parallel = run(
      board([client(), fixed('a', 1), fixed('b', 2), fixed('c', 3)], [call('users', 'a'), call('a', 'b', { parallelGroup: 'g' }), call('a', 'c', { parallelGroup: 'g' })]),
    );
    expect([parallel.latency.quantile(0.001), parallel.latency.quantile(0.999)]).toEqual([4, 4]);
  });

  it('makes a fan-out of N as slow as the slowest of N', () => {
    // Ten calls to a service whose p99 is 40 ms: all ten within 40 ms with 0.99^10 = 0.9044.
    const result = run(board([client(), fixed('a', 0), slow('b')], [call('users', 'a'), call('a', 'b', { callsPerRequest: 10 })]));
    expectCdf(result, 40, 0.99 ** 10);
  });

  it('leaves the calls a fraction of requests skip at zero', () => {
    // a takes 0 ms and calls b (10 ms) for 30 % of requests: 70 % finish at 0.
    const result = run(board([client(), fixed('a', 0), fixed('b', 10)], [call('users', 'a'), call('a', 'b', { fraction: 0.3 })]));
    expectCdf(result, 0, 0.7);
  });

  it('cuts a late attempt at the timeout and retries it', () => {
    // b ~ log-normal(10, 40), timeout 20 ms, 1 retry. Late: q = 1 − F(20) = 0.1224.
    // In time on the first attempt: P(≤ 20) = 1 − q; on the second: P(≤ 40) = 1 − q²; the rest (q²) is
    // given up at 40 ms and fails the request.
    const q = 1 - logNormalCdf(20, 10, 40);
    const result = run(board([client(), fixed('a', 0), slow('b')], [call('users', 'a'), call('a', 'b', { timeoutMs: 20, retries: 1 })]));
    expectCdf(result, 20, 1 - q);
    expectCdf(result, 39.999, 1 - q * q);
    expect(result.latency.quantile(0.9999)).toBe(40);
    const check = consistent(result, 1 - q * q);
    expect(check.ok, check.message).toBe(true);
  });

  it('adds the M/M/c wait at the tier’s one ρ', () => {
    // b takes 5 ms, 100 req/s per instance, one instance: c = 100 × 0.005 = 0.5 servers, taken as one
    // (M/M/1 at the capacity given). At 50 req/s, ρ = 0.5: half the requests wait, Exp(mean 1 / (100 ×
    // (1 − 0.5)) s = 20 ms). P(≤ 5) = 0.5; P(≤ 25) = 0.5 + 0.5 × (1 − e^−1) = 0.81606.
    const result = run(board([client('users', 50), service('b', { p50Ms: 5, p99Ms: 5, capacityRps: 100 })], [call('users', 'b')]));
    expectCdf(result, 5, 0.5);
    expectCdf(result, 25, 0.5 + 0.5 * (1 - Math.exp(-1)));
    // 400 req/s per instance: c = 2 servers, ρ = 0.5, Erlang C = 1/3, wait mean 1 / (400 × 0.5) s = 5 ms.
    // P(≤ 5) = 2/3; P(≤ 10) = 2/3 + 1/3 × (1 − e^−1) = 0.87738.
    const two = run(board([client('users', 200), service('b', { p50Ms: 5, p99Ms: 5, capacityRps: 400 })], [call('users', 'b')]));
    expectCdf(two, 5, 2 / 3);
    expectCdf(two, 10, 2 / 3 + (1 / 3) * (1 - Math.exp(-1)));
  });

  it('never answers through a saturated tier that does not shed, unless a timeout cuts it', () => {
    const saturated = (timeoutMs?: number) =>
      run(board([client('users', 200), fixed('a', 0), service('b', { capacityRps: 100 })], [call('users', 'a'), call('a', 'b', timeoutMs ? { timeoutMs } : {})]));
    expect(saturated().latency.unbounded).toBe(REQUESTS);
    // Every attempt is late: given up at the 50 ms timeout.
    expect(saturated(50).latency.quantile(0.5)).toBe(50);
  });

  it('adds each hop’s round trip from the playbook’s latency table, to the instance a visit meets', () => {
    // users → a in zone za, a → b in zone zb (another zone of one region): 0.5 ms (distinct hosts,
    // placement of users unknown) + 1 ms cross-zone, on top of 1 + 2 ms.
    const result = run(
      board(
        [client(), fixed('a', 1), { ...fixed('b', 2), zone: 'zb' }].map((c) => (c.id === 'a' ? { ...c, zone: 'za' } : c)),
        [call('users', 'a'), call('a', 'b')],
        [{ id: 'eu', level: 'region' }, zone('za', 1, { parent: 'eu' }), zone('zb', 1, { parent: 'eu' })],
      ),
      'catalog',
    );
    expect(result.latency.quantile(0.5)).toBeCloseTo(4.5, 9);
    // b spread over za and zb instead: each visit meets one of its two instances, so a's call costs
    // 0.5 ms (same zone) or 1 ms (cross-zone) half the time each: 4.0 or 4.5 ms.
    const spread = run(
      board(
        [client(), { ...fixed('a', 1), zone: 'za' }, { ...fixed('b', 2), instances: 2, spread: 'za zb' }],
        [call('users', 'a'), call('a', 'b')],
        [{ id: 'eu', level: 'region' }, zone('za', 1, { parent: 'eu' }), zone('zb', 1, { parent: 'eu' })],
      ),
      'catalog',
    );
    expectCdf(spread, 4.0001, 0.5);
    expect(spread.latency.quantile(0.99)).toBeCloseTo(4.5, 9);
  });
});
