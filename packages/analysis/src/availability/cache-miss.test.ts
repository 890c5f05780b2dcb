// A cache draws its hit or miss once per request that visits it, and on a miss makes every call on its
// miss path (issue 14; the oracle's availability.test.ts pins the same figure by simulation), for
// availability (structure.ts: the calls hang off a miss node) and latency (latency/compose.ts, callsOnMiss).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = engineWithoutNetwork();
const flow = (result: AnalysisResult) => result.flows[0]?.availability;

function cache(hitRatio: number): BoardComponent {
  return { id: 'k', kind: 'in-memory-cache', instances: 1, params: { capacityRps: 1e9, p50Ms: 1, p99Ms: 1, availability: 1, hitRatio, ttlSeconds: 60, readReplicas: 0, replicationFactor: 1 } };
}

/** users → cache (hit ratio h) → s1 and s2 (0.9 each), with the given read fraction. */
function twoCallees(hitRatio: number, readFraction = 1) {
  return makeBoard(
    [client('users', { rps: 100, readFraction }), cache(hitRatio), service('s1', { availability: 0.9 }), service('s2', { availability: 0.9 })],
    [sync('users', 'k'), sync('k', 's1'), sync('k', 's2')],
  );
}

describe('one hit or miss per visit to a cache', () => {
  it('two callees at 0.9 behind a 50 % hit ratio: 0.5 + 0.5 × 0.9² = 90.5 %, not (0.5 + 0.5 × 0.9)² = 90.25 %', () => {
    const result = analyze(twoCallees(0.5), engine);
    expect(flow(result)?.percent.value).toBeCloseTo(90.5, 10);
    expect(flow(result)?.method).toBe('exact');
  });

  it('writes do not miss: with 70 % reads, 0.7 × 0.905 + 0.3 × 0.81 = 87.65 %', () => {
    // A write goes on to both callees every time: 0.9² = 0.81.
    expect(flow(analyze(twoCallees(0.5, 0.7), engine))?.percent.value).toBeCloseTo(87.65, 10);
  });

  it('the weakest link is a callee, with its share of the misses: perfecting s2 gains 0.5 × 0.9 × 0.1 = 4.5 points', () => {
    // A(s2 perfect) = 0.5 + 0.5 × 0.9 = 0.95; 0.95 − 0.905 = 0.045. The cache's miss step is no component.
    const link = flow(analyze(twoCallees(0.5), engine))?.weakestLink;
    expect(link?.component).toMatch(/^s[12]$/);
    expect(link?.gain.value).toBeCloseTo(4.5, 10);
  });

  it('a shared callee behind the miss is counted once: cache → s1 and s1 → s2, cache → s2 gives 0.5 + 0.5 × 0.81', () => {
    const board = makeBoard(
      [client('users', { rps: 100, readFraction: 1 }), cache(0.5), service('s1', { availability: 0.9 }), service('s2', { availability: 0.9 })],
      [sync('users', 'k'), sync('k', 's1'), sync('s1', 's2'), sync('k', 's2')],
    );
    expect(flow(analyze(board, engine))?.percent.value).toBeCloseTo(90.5, 10);
  });

  it('latency is a hit or a miss per visit: 60 % hits at 1 ms, 40 % misses at 1 + 5 + 10 = 16 ms', () => {
    // Fixed times (p50 = p99): the cache 1 ms, s1 5 ms, s2 10 ms, one after the other. One draw per
    // visit: p50 1 ms, p95 16 ms. A draw per call would put 0.6² = 36 % at 1 ms, 24 % at 6, 24 % at 11
    // and 16 % at 16 ms: p50 6 ms. The grid reads a point within a bin (7.5 %).
    const fixed = (ms: number) => ({ availability: 1, p50Ms: ms, p99Ms: ms });
    const board = makeBoard(
      [client('users', { rps: 100, readFraction: 1 }), { ...cache(0.6), params: { ...cache(0.6).params, ...fixed(1) } }, service('s1', fixed(5)), service('s2', fixed(10))],
      [sync('users', 'k'), sync('k', 's1'), sync('k', 's2')],
    );
    const latency = analyze(board, engine).flows[0]?.latency;
    expect(latency?.p50Ms?.value).toBeGreaterThan(0.92);
    expect(latency?.p50Ms?.value).toBeLessThan(1.08);
    expect(latency?.p95Ms?.value).toBeGreaterThan(16 * 0.92);
    expect(latency?.p95Ms?.value).toBeLessThan(16 * 1.08);
  });
});
