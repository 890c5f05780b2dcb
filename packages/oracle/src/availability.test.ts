// Success ratios the oracle simulates against figures worked by hand from the board (analysis-model.md,
// "Availability"). Each check: the hand figure lies inside the run's 99.999 % interval.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { board, call, client, consistent, logNormalCdf, service, zone } from '../test/boards';
import { simulate } from './index';

const SEED = fuzzSeed(14);
const REQUESTS = 60_000;
const run = (b: ReturnType<typeof board>) => simulate(b, { seed: SEED, requests: REQUESTS, network: 'none' });

function expectSuccess(b: ReturnType<typeof board>, expected: number): void {
  const check = consistent(run(b), expected);
  expect(check.ok, check.message).toBe(true);
}

describe(`availability by simulation (seed ${SEED})`, () => {
  printSeed('oracle availability', SEED);

  it('multiplies a series and counts instances as redundancy', () => {
    // users → a (0.9) → b (0.95): 0.9 × 0.95 = 0.855.
    expectSuccess(board([client(), service('a', { availability: 0.9 }), service('b', { availability: 0.95 })], [call('users', 'a'), call('a', 'b')]), 0.855);
    // Two instances of 0.9, one suffices: 1 − 0.1² = 0.99.
    expectSuccess(board([client(), service('a', { availability: 0.9 }, { instances: 2 })], [call('users', 'a')]), 0.99);
  });

  it('fails everything in a zone together, child zones with their parent', () => {
    // a and b (0.9 each) in one zone (0.95): 0.95 × 0.9 × 0.9 = 0.7695, not 0.95² × 0.81 = 0.731.
    const shared = board(
      [client(), service('a', { availability: 0.9 }, { zone: 'z' }), service('b', { availability: 0.9 }, { zone: 'z' })],
      [call('users', 'a'), call('a', 'b')],
      [zone('z', 0.95)],
    );
    expectSuccess(shared, 0.7695);
    // A zone (0.9) inside a region (0.95): 0.9 × 0.95 = 0.855.
    const nested = board([client(), service('a', {}, { zone: 'child' })], [call('users', 'a')], [
      { id: 'region', level: 'region', availability: 0.95 },
      zone('child', 0.9, { parent: 'region' }),
    ]);
    expectSuccess(nested, 0.855);
  });

  it('takes each call by its fraction and traffic class; fan-out meets one state per request', () => {
    // a → b for 30 % of requests, b at 0.5: 1 − 0.3 × 0.5 = 0.85.
    expectSuccess(board([client(), service('a'), service('b', { availability: 0.5 })], [call('users', 'a'), call('a', 'b', { fraction: 0.3 })]), 0.85);
    // 70 % reads; only writes call b (0.5): 0.7 + 0.3 × 0.5 = 0.85.
    expectSuccess(
      board([client('users', 100, 0.7), service('a'), service('b', { availability: 0.5 })], [call('users', 'a'), call('a', 'b', { traffic: 'write' })]),
      0.85,
    );
    // Three calls to one instance of 0.9: it is up or down for the whole request, so 0.9, not 0.9³.
    expectSuccess(board([client(), service('a'), service('b', { availability: 0.9 })], [call('users', 'a'), call('a', 'b', { callsPerRequest: 3 })]), 0.9);
  });

  it('makes a cache’s hit or miss once per visit, for all its calls', () => {
    // A read hits (0.5) or misses once; a miss needs both stores (0.9 each): 0.5 + 0.5 × 0.81 = 0.905
    // (a separate coin per call would give (0.5 + 0.5 × 0.9)² = 0.9025).
    const b = board(
      [client(), { id: 'k', kind: 'in-memory-cache', instances: 1, params: { capacityRps: 1e9, p50Ms: 1, p99Ms: 1, availability: 1, hitRatio: 0.5, ttlSeconds: 60, readReplicas: 0, replicationFactor: 1 } }, service('s1', { availability: 0.9 }), service('s2', { availability: 0.9 })],
      [call('users', 'k'), call('k', 's1'), call('k', 's2')],
    );
    expectSuccess(b, 0.905);
  });

  it('survives an optional call and needs only acceptance of an asynchronous one', () => {
    // b (0.5) is optional: a's requests all succeed.
    expectSuccess(board([client(), service('a'), service('b', { availability: 0.5 })], [call('users', 'a'), call('a', 'b', { optional: true })]), 1);
    // q (0.9) takes a's message asynchronously; what q calls (c at 0.5) is off the request: 0.9.
    expectSuccess(
      board([client(), service('a'), service('q', { availability: 0.9 }), service('c', { availability: 0.5 })], [call('users', 'a'), call('a', 'q', { mode: 'async' }), call('q', 'c')]),
      0.9,
    );
  });

  it('needs k of n instances for the load, sheds what survivors cannot carry', () => {
    // 150 req/s on three instances of 100 req/s (0.9 each) needs 2: P(≥ 2 of 3) = 0.9³ + 3 × 0.9² × 0.1 = 0.972.
    const tier = (shedsLoad: boolean) =>
      board([client('users', 150), service('b', { availability: 0.9, capacityRps: 100, shedsLoad }, { instances: 3 })], [call('users', 'b')]);
    expectSuccess(tier(false), 0.972);
    // Shedding, one survivor still serves 100 / 150 of them: 0.972 + 3 × 0.9 × 0.1² × 2/3 = 0.972 + 0.018 = 0.990.
    expectSuccess(tier(true), 0.99);
  });

  it('fails a saturated tier, or serves 1/ρ of it when it sheds (explicitly or behind a rate limiter)', () => {
    // 125 req/s on 100 req/s: ρ = 1.25. Not shedding: nothing succeeds. Shedding: 1 / 1.25 = 0.8.
    const tier = (shedsLoad: boolean) => board([client('users', 125), service('b', { capacityRps: 100, shedsLoad })], [call('users', 'b')]);
    expectSuccess(tier(false), 0);
    expectSuccess(tier(true), 0.8);
    // A rate limiter directly in front (its only caller) makes b shed without the flag.
    const limiter = { id: 'rl', kind: 'rate-limiter', instances: 1, params: { capacityRps: 1e9, p50Ms: 1, p99Ms: 1, availability: 1, readReplicas: 0, replicationFactor: 1 } };
    expectSuccess(board([client('users', 125), limiter, service('b', { capacityRps: 100 })], [call('users', 'rl'), call('rl', 'b')]), 0.8);
    // Shedding turns arrivals away one by one: a fan-out of 3 into that tier (375 req/s on 300: ρ = 1.25)
    // needs all three admitted, 0.8³ = 0.512, not 0.8.
    expectSuccess(
      board([client('users', 125), service('a'), service('b', { capacityRps: 300, shedsLoad: true })], [call('users', 'a'), call('a', 'b', { callsPerRequest: 3 })]),
      0.512,
    );
  });

  it('retries a late attempt with the whole subtree drawn again', () => {
    // a → b (1 ms; timeout 30 ms, 1 retry) → c (log-normal 10/40 ms; timeout 20 ms, 1 retry).
    // c is late with q = 1 − F(20) = 0.1224; b's attempt is late (over 30 ms) only when c's first try is
    // late and its second takes over 9 ms (or is given up at 40): L = q × (1 − F(9)) = 0.1224 × 0.5702.
    // An attempt of b in time never carries c's give-up (that takes 41 ms), so the request fails only
    // when both of b's attempts are late: 1 − L² = 0.99513 (multiplying b's in-time share by c's,
    // (1 − L²)(1 − q²) = 0.98022, would count c's give-ups that b's retry already redrew).
    const q = 1 - logNormalCdf(20, 10, 40);
    const late = q * (1 - logNormalCdf(9, 10, 40));
    expectSuccess(
      board(
        [client(), service('a', { p50Ms: 0, p99Ms: 0 }), service('b'), service('c', { p50Ms: 10, p99Ms: 40 })],
        [call('users', 'a'), call('a', 'b', { timeoutMs: 30, retries: 1 }), call('b', 'c', { timeoutMs: 20, retries: 1 })],
      ),
      1 - late * late,
    );
  });
});
