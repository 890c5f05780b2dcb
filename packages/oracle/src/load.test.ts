// The load (analysis-model.md, "Traffic and capacity"): fan-out, fraction, cache misses and the share
// the what-if routes to each branch exactly; retries after late and failed answers from the attempts
// simulated requests take, including the fixed point when the latency that makes attempts late depends
// on the load.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { board, cache, call, client, logNormalCdf, service, zone } from '../test/boards';
import { erlangC, erlangCWhole, simulate } from './index';

const SEED = fuzzSeed(7);
const loadOf = (b: ReturnType<typeof board>, id: string) =>
  simulate(b, { seed: SEED, requests: 1, network: 'none', loadRequests: 20_000 }).components.find((c) => c.id === id);

describe(`load by simulation (seed ${SEED})`, () => {
  printSeed('oracle load', SEED);

  it('multiplies by fan-out and fraction, and a cache forwards only read misses', () => {
    // 100 req/s × 3 calls × 50 % = 150 req/s.
    const fanned = loadOf(board([client(), service('a'), service('b')], [call('users', 'a'), call('a', 'b', { callsPerRequest: 3, fraction: 0.5 })]), 'b');
    expect(fanned?.loadRps).toBeCloseTo(150, 9);
    // Half reads with an 80 % hit ratio: 100 × (0.5 × 0.2 + 0.5) = 60 req/s reach the store.
    const missed = loadOf(board([client('users', 100, 0.5), cache('c', 0.8), service('db')], [call('users', 'c'), call('c', 'db')]), 'db');
    expect(missed?.loadRps).toBeCloseTo(60, 9);
  });

  it('routes a choice by its shares, all of it to the survivor of a copy marked down', () => {
    const split = (down: boolean) =>
      board(
        [client(), service('lb'), service('a', {}, { whatIf: { down } }), service('b')],
        [call('users', 'lb'), call('lb', 'a', { alternative: 'g', share: 0.7 }), call('lb', 'b', { alternative: 'g', share: 0.3 })],
      );
    expect(loadOf(split(false), 'b')?.loadRps).toBeCloseTo(30, 9);
    expect(loadOf(split(true), 'b')?.loadRps).toBeCloseTo(100, 9);
  });

  it('gives a zone marked down’s load to the instances it leaves', () => {
    // 50 req/s on two instances of 100 req/s, one per zone: ρ = 0.25; with za down the one left carries
    // it all, ρ = 0.5, and a request that went to za's copy of a choice goes to the survivor.
    const spread = (down: boolean) =>
      board([client('users', 50), service('s', { capacityRps: 100 }, { instances: 2, spread: 'za zb' })], [call('users', 's')], [zone('za', 1, { down }), zone('zb', 1)]);
    expect(loadOf(spread(false), 's')?.utilisation).toBeCloseTo(0.25, 9);
    expect(loadOf(spread(true), 's')?.utilisation).toBeCloseTo(0.5, 9);
  });

  it('counts retries of late attempts: expected attempts 1 + q + q² under a timeout', () => {
    // b ~ log-normal(10, 40), timeout 20 ms, 2 retries: q = 0.1224, attempts = 1.1374, 113.7 req/s.
    const q = 1 - logNormalCdf(20, 10, 40);
    const b = loadOf(board([client(), service('a'), service('b', { p50Ms: 10, p99Ms: 40 })], [call('users', 'a'), call('a', 'b', { timeoutMs: 20, retries: 2 })]), 'b');
    expect(b?.loadRps).toBeGreaterThan(100 * (1 + q + q * q) * 0.98);
    expect(b?.loadRps).toBeLessThan(100 * (1 + q + q * q) * 1.02);
  });

  it('counts retries of failed answers: a down callee takes every attempt', () => {
    // b (0.5) with 2 retries: down in half the requests, which then make 3 attempts: 100 × (0.5 + 1.5) = 200.
    // Below, b fails when x (0.9) is down: 100 × (0.9 + 0.1 × 3) = 120.
    const b = loadOf(board([client(), service('a'), service('b', { availability: 0.5 })], [call('users', 'a'), call('a', 'b', { retries: 2 })]), 'b');
    expect(b?.loadRps).toBeGreaterThan(196);
    expect(b?.loadRps).toBeLessThan(204);
    // The same when b is up but fails because what it needs (x, 0.9) is down: b's answer is a failure.
    const behind = loadOf(
      board([client(), service('a'), service('b'), service('x', { availability: 0.9 })], [call('users', 'a'), call('a', 'b', { retries: 2 }), call('b', 'x')]),
      'b',
    );
    expect(behind?.loadRps).toBeGreaterThan(117);
    expect(behind?.loadRps).toBeLessThan(123);
  });

  it('finds the fixed point when queueing makes attempts late and late attempts add load', () => {
    // b: 5 ms, one instance of 120 req/s, behind a 10 ms timeout with 2 retries. The first attempt alone
    // puts ρ at 0.83 and the wait makes some late; their retries raise ρ and the wait. At the fixed point
    // the load is 100 × (1 + q + q²) for the q that load makes.
    const result = simulate(
      board([client(), service('a'), service('b', { p50Ms: 5, p99Ms: 5, capacityRps: 120 })], [call('users', 'a'), call('a', 'b', { timeoutMs: 10, retries: 2 })]),
      { seed: SEED, requests: 1, network: 'none', loadRounds: 10, loadRequests: 20_000 },
    );
    const b = result.components.find((c) => c.id === 'b');
    if (!b) throw new Error('no b');
    // Late = waits more than 5 ms: C × e^(−5 / mean).
    const q = b.waitProbability * Math.exp(-5 / b.waitMeanMs);
    expect(b.loadRps / 100).toBeCloseTo(1 + q + q * q, 1);
    expect(b.loadRps).toBeGreaterThan(110);
  });

  it('interpolates Erlang C between whole server counts', () => {
    // C(1, ρ) = ρ; C(2, 0.5) = 1/3; 1.5 servers sit halfway: (0.5 + 1/3) / 2.
    expect(erlangCWhole(1, 0.5)).toBeCloseTo(0.5, 12);
    expect(erlangCWhole(2, 0.5)).toBeCloseTo(1 / 3, 12);
    expect(erlangC(1.5, 0.5)).toBeCloseTo((0.5 + 1 / 3) / 2, 12);
    expect(erlangC(0.3, 0.5)).toBeCloseTo(0.5, 12);
    // 600 servers at ρ 0.97 through the recurrence; ten million at ρ 1e-5 (a huge capacity) is 0 at once.
    expect(erlangCWhole(600, 0.97)).toBeCloseTo(0.3495283407, 9);
    expect(erlangCWhole(1e7, 1e-5)).toBe(0);
  });
});
