// Timeouts and retries change both the latency distribution and the success rate.
// Playbook § 17.2 Timeouts (no network call without one) and § 17.3 Retries (seed 002).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Explained } from '../explain/explained';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

// The callee's median is 100 ms, so a 100 ms timeout cuts exactly half of its attempts.
const board = (retries: number, timeoutMs?: number) =>
  makeBoard(
    [client('user'), service('api', { p50Ms: 100, p99Ms: 400, availability: 1 }, { instances: 2 })],
    [sync('user', 'api', { retries, backoff: true, ...(timeoutMs === undefined ? {} : { timeoutMs }) })],
  );
const flowOf = (retries: number, timeoutMs?: number) => {
  const flow = analyze(board(retries, timeoutMs), engineWithoutNetwork()).flows[0];
  if (!flow) throw new Error('no flow');
  return flow;
};
/** A percentile of a flow that must be a figure (no tier here saturates). */
const ms = (figure: Explained | null) => {
  if (figure === null) throw new Error('unbounded percentile');
  return figure.value;
};

describe('timeouts and retries', () => {
  it('without a timeout nothing fails and the tail is the callee’s own', () => {
    const flow = flowOf(0);
    expect(flow.availability.percent.value).toBeCloseTo(100, 9);
    expect(ms(flow.latency.p99Ms)).toBeGreaterThan(380);
  });

  it('a timeout at the median fails half the requests; each retry halves the failures', () => {
    expect(flowOf(0, 100).availability.percent.value).toBeCloseTo(50, 0);
    expect(flowOf(1, 100).availability.percent.value).toBeCloseTo(75, 0);
    expect(flowOf(2, 100).availability.percent.value).toBeCloseTo(87.5, 0);
  });

  it('the caller never waits past (retries + 1) × timeout, and gives up exactly there', () => {
    const once = flowOf(0, 100);
    expect(ms(once.latency.p99Ms)).toBeLessThanOrEqual(100 * 1.08);
    const twice = flowOf(1, 100);
    // A quarter of requests time out twice and give up at 200 ms: the p99 sits on that atom.
    expect(ms(twice.latency.p99Ms)).toBeGreaterThan(200 * 0.92);
    expect(ms(twice.latency.p99Ms)).toBeLessThanOrEqual(200 * 1.08);
    // Half succeed on the first attempt, so the median is still under the timeout.
    expect(ms(twice.latency.p50Ms)).toBeLessThanOrEqual(100 * 1.08);
  });
});
