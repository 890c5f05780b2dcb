// Choices, failover, spread and zones down (issue 14's contract), against figures worked by hand. Two
// application copies a and b, each one instance of 0.9 in its own zone of 0.95, so a copy is up with
// p = 0.9 × 0.95 = 0.855 and down with 0.145.
import type { BoardFileCall } from '@napkin/fields';
import { fuzzSeed, printSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { board, call, client, consistent, service, zone } from '../test/boards';
import { simulate } from './index';
import { branchWeights } from './steps';
import type { OracleCall } from './model';

const SEED = fuzzSeed(41);
const REQUESTS = 60_000;

function pair(branches: Array<Partial<BoardFileCall>>, options: { downZone?: string; aNeeds?: string } = {}) {
  const zones = [zone('za', 0.95, { down: options.downZone === 'za' }), zone('zb', 0.95, { down: options.downZone === 'zb' })];
  const components = [client(), service('lb'), service('a', { availability: 0.9 }, { zone: 'za' }), service('b', { availability: 0.9 }, { zone: 'zb' })];
  const calls = [call('users', 'lb'), call('lb', 'a', { alternative: 'zones', ...branches[0] }), call('lb', 'b', { alternative: 'zones', ...branches[1] })];
  if (options.aNeeds) {
    components.push(service(options.aNeeds, { availability: 0 }));
    calls.push(call('a', options.aNeeds));
  }
  return board(components, calls, zones);
}

function expectSuccess(b: ReturnType<typeof board>, expected: number): void {
  const check = consistent(simulate(b, { seed: SEED, requests: REQUESTS, network: 'none' }), expected);
  expect(check.ok, check.message).toBe(true);
}

const branch = (share: number | undefined): OracleCall =>
  ({ share }) as unknown as OracleCall;

describe(`alternatives, spread and zones down (seed ${SEED})`, () => {
  printSeed('oracle alternatives', SEED);

  it('reads shares as weights: unset ones split what the set ones leave, all zero is equal', () => {
    expect(branchWeights([branch(0.5), branch(undefined), branch(undefined)])).toEqual([0.5, 0.25, 0.25]);
    expect(branchWeights([branch(0.6), branch(0.6)])).toEqual([0.5, 0.5]);
    expect(branchWeights([branch(0), branch(0)])).toEqual([0.5, 0.5]);
    expect(branchWeights([branch(1), branch(0)])).toEqual([1, 0]);
  });

  it('active-active with failover fails only when both copies are down', () => {
    // 1 − 0.145² = 0.978975 (a split as independent coins would call neither in 25 % of requests).
    expectSuccess(pair([{ share: 0.5, failover: true }, { share: 0.5, failover: true }]), 0.978975);
  });

  it('a weighted split without failover loses each branch’s share while its copy is down', () => {
    // Each share succeeds with its copy: 0.7 × 0.855 + 0.3 × 0.855 = 0.855.
    expectSuccess(pair([{ share: 0.7, failover: false }, { share: 0.3, failover: false }]), 0.855);
  });

  it('active-passive sends everything to the primary and fails over to the standby', () => {
    // Primary share 1, standby 0: the same as active-active, 0.978975.
    expectSuccess(pair([{ share: 1, failover: true }, { share: 0, failover: true }]), 0.978975);
  });

  it('a zone marked down moves its share to the survivor, or loses it without failover', () => {
    // za down: every request ends on b, 0.855.
    expectSuccess(pair([{ share: 0.5, failover: true }, { share: 0.5, failover: true }], { downZone: 'za' }), 0.855);
    // Without failover a's 70 % is lost: 0.3 × 0.855 = 0.2565.
    expectSuccess(pair([{ share: 0.7, failover: false }, { share: 0.3, failover: false }], { downZone: 'za' }), 0.2565);
  });

  it('judges "down" on the branch target itself, not on what it calls', () => {
    // a is up but needs x, which is down: a's requests fail there and do not fail over. Only when a
    // itself is down (0.145) does its half go to b: 0.5 × 0.145 × 0.855 + 0.5 × 0.855 = 0.48950.
    // (b's half, when b is down, fails over to a, which fails on x.)
    expectSuccess(pair([{ share: 0.5, failover: true }, { share: 0.5, failover: true }], { aNeeds: 'x' }), 0.5 * 0.145 * 0.855 + 0.5 * 0.855);
  });

  it('routes a marked-down branch’s share among the branches up in the request', () => {
    // Three equal branches: a marked down (fails over), b at 0.5 (no failover), c always up. A request
    // picking a goes to b or c, whichever is up (b's own no-failover does not matter for a's share): 1;
    // picking b: 0.5; picking c: 1. Success (1 + 0.5 + 1) / 3 = 0.8333 (not 0.75, which sending a's
    // share to b by the what-if alone, then losing it when b is down, would give).
    const b = board(
      [client(), service('lb'), service('a', {}, { whatIf: { down: true } }), service('b', { availability: 0.5 }), service('c')],
      [call('users', 'lb'), call('lb', 'a', { alternative: 'g' }), call('lb', 'b', { alternative: 'g', failover: false }), call('lb', 'c', { alternative: 'g' })],
    );
    expectSuccess(b, 2.5 / 3);
  });

  it('lets each class choose among the branches that carry it', () => {
    // Writes only: branch a carries reads only, so every write takes b (0.5), whatever the shares say.
    const b = board(
      [client('users', 100, 0), service('lb'), service('a'), service('b', { availability: 0.5 })],
      [call('users', 'lb'), call('lb', 'a', { alternative: 'g', share: 0.9, traffic: 'read' }), call('lb', 'b', { alternative: 'g', share: 0.1 })],
    );
    expectSuccess(b, 0.5);
  });

  it('a spread loses only the down zone’s instances', () => {
    const spread = (value: string, down?: string) =>
      board([client(), service('s', { availability: 0.9 }, { instances: 2, spread: value })], [call('users', 's')], [
        zone('za', 0.95, { down: down === 'za' }),
        zone('zb', 0.95),
      ]);
    // One instance in each zone: up unless both are lost, 1 − 0.145² = 0.978975.
    expectSuccess(spread('za zb'), 0.978975);
    // za down: the zb instance alone, 0.855.
    expectSuccess(spread('za zb', 'za'), 0.855);
    // Two in za, one in zb (the counts set three instances): za's pair is lost with 1 − 0.95 × (1 − 0.1²)
    // = 0.0595, zb's one with 0.145; up = 1 − 0.0595 × 0.145 = 0.9913725.
    expectSuccess(spread('za:2 zb:1'), 1 - 0.0595 * 0.145);
  });
});
