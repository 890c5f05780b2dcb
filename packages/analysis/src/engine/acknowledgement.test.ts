// Issue 15: a call into a broker is asynchronous by default, and the producer still waits for the
// broker's acknowledgement. So the request's latency holds the network hop and the broker's own time,
// never the worker behind it, whose time shows as the call's freshness lag. Worked examples with
// fixed service times (p50 = p99: a point mass) and no network, so every figure is a sum by hand; the
// latency grid has 32 log-spaced bins per decade, and each point mass summed in may move the p99 up to
// one bin (7.5 %), so a sum of n terms is read within n bins; equalities with simpler boards are exact.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalysisResult, BoardCall, BoardComponent } from '../index';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();

// api 10 ms, queue 2 ms (its acknowledged enqueue), worker 50 ms, each up 99.9 % and far from capacity.
const components: BoardComponent[] = [
  client('users', { rps: 100 }),
  service('api', { p50Ms: 10, p99Ms: 10, availability: 0.999 }),
  { id: 'queue', kind: 'message-queue', params: { p50Ms: 2, p99Ms: 2, availability: 0.999, capacityRps: 1_000_000, hasDeadLetterQueue: true } },
  service('worker', { p50Ms: 50, p99Ms: 50, availability: 0.999 }),
];
const board = (enqueue: Partial<BoardCall>, consume: Partial<BoardCall> = {}) =>
  makeBoard(components, [sync('users', 'api'), sync('api', 'queue', enqueue), sync('queue', 'worker', consume)]);
const flow = (result: AnalysisResult) => {
  const first = result.flows[0];
  if (!first) throw new Error('no flow');
  return first;
};
const p99 = (result: AnalysisResult) => flow(result).latency.p99Ms?.value ?? Number.NaN;
/** Within `terms` bins of the grid (10^(1/32) = 1.075× each) of the hand sum of `terms` point masses. */
const withinBins = (value: number, expected: number, terms: number) => {
  expect(value).toBeGreaterThan(expected / 1.075 ** terms);
  expect(value).toBeLessThan(expected * 1.075 ** terms);
};
const path = (result: AnalysisResult) => flow(result).latency.criticalPath.map((hop) => hop.component);

describe('async calls into a broker wait for the acknowledgement only (issue 15)', () => {
  it('a synchronous enqueue waits for the worker: 10 + 2 + 50 = 62 ms', () => {
    const result = analyze(board({ mode: 'sync' }), engine);
    withinBins(p99(result), 62, 3);
    expect(p99(result)).toBeGreaterThan(50);
    expect(path(result)).toEqual(['api', 'queue', 'worker']);
    // Availability: all three in series, 0.999³ = 99.7003 %.
    expect(flow(result).availability.percent.value).toBeCloseTo(99.7003, 3);
  });

  it('an asynchronous one keeps the acknowledgement on the path: 10 + 2 = 12 ms, the worker off it', () => {
    const result = analyze(board({ mode: 'async' }), engine);
    withinBins(p99(result), 12, 2);
    expect(p99(result)).toBeLessThan(50);
    // Exactly the request of a board where the queue has no worker and is called synchronously.
    const ackOnly = makeBoard(components.slice(0, 3), [sync('users', 'api'), sync('api', 'queue')]);
    expect(p99(result)).toBe(p99(analyze(ackOnly, engine)));
    // The critical path ends at the broker: its consumers are not followed.
    expect(path(result)).toEqual(['api', 'queue']);
    // The worker's time is the freshness of the enqueue: queue 2 ms + worker 50 ms = 52 ms.
    const [lag] = flow(result).freshness;
    expect(lag?.call).toBe('api->queue');
    withinBins(lag?.p99Ms.value ?? Number.NaN, 52, 2);
    // The request needs the queue to accept, not the worker: 0.999² = 99.8001 %.
    expect(flow(result).availability.percent.value).toBeCloseTo(99.8001, 3);
  });

  it('holds however the broker hands messages on (a consumer call marked async as well)', () => {
    const result = analyze(board({ mode: 'async' }, { mode: 'async' }), engine);
    expect(p99(result)).toBe(p99(analyze(board({ mode: 'async' }), engine)));
    withinBins(flow(result).freshness[0]?.p99Ms.value ?? Number.NaN, 52, 2);
  });

  it('adds the network hop to the broker: a cross-region acknowledgement costs its round trip', () => {
    // With the catalog's latency table and zones: api in eu, the queue in us (cross-region, 35 ms).
    const zoned = makeBoard(
      components.map((component) =>
        component.id === 'queue' ? { ...component, zone: 'us' } : component.id === 'users' ? component : { ...component, zone: 'eu' },
      ),
      [sync('users', 'api'), sync('api', 'queue', { mode: 'async' }), sync('queue', 'worker')],
      [
        { id: 'eu', level: 'region' },
        { id: 'us', level: 'region' },
      ],
    );
    // 10 ms api + 35 ms round trip + 2 ms enqueue = 47 ms (users → api: both unplaced, no hop).
    withinBins(p99(analyze(zoned)), 47, 3);
    expect(p99(analyze(zoned)) - p99(analyze(board({ mode: 'async' }), engine))).toBeGreaterThan(30);
  });

  it('leaves fire-and-forget calls to a service off the path entirely', () => {
    const fireAndForget = makeBoard(
      [client('users', { rps: 100 }), service('api', { p50Ms: 10, p99Ms: 10 }), service('audit', { p50Ms: 5, p99Ms: 5 })],
      [sync('users', 'api'), sync('api', 'audit', { mode: 'async' })],
    );
    // Only the api's 10 ms: the audit service is not a broker, so nothing is waited for.
    const alone = makeBoard([client('users', { rps: 100 }), service('api', { p50Ms: 10, p99Ms: 10 })], [sync('users', 'api')]);
    expect(p99(analyze(fireAndForget, engine))).toBe(p99(analyze(alone, engine)));
  });
});
