// Retries re-send what the callee's whole subtree fails, every attempt alike (the states hold for the
// request): traffic/subtree-failure.ts. Worked cases, the same the oracle pins (packages/oracle).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalysisResult } from '../result';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const load = (result: AnalysisResult, id: string) => {
  const found = result.components.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found.traffic.totalRps.value;
};
const roomy = { capacityRps: 1_000_000, p50Ms: 1, p99Ms: 2 };

describe('retry load after failed answers', () => {
  it('a callee down for the request takes every attempt: 100 × (0.9 × 1 + 0.1 × 3) = 120 req/s', () => {
    // b: one instance up 90 %, two retries, no timeout. Up (0.9): one attempt. Down (0.1): the retries
    // meet the same down instance, so all 1 + 2 attempts go. 0.9 + 0.3 = 1.2 attempts per call.
    // (Counting each attempt failing independently gave 1 + 0.1 + 0.01 = 1.11: 111 req/s.)
    const result = analyze(
      makeBoard([client('a', { rps: 100 }), service('b', { ...roomy, availability: 0.9 })], [sync('a', 'b', { retries: 2 })]),
      engine,
    );
    expect(load(result, 'b')).toBeCloseTo(120, 6);
    expect(result.calls[0]?.attempts?.inputs.subtreeFailure).toBeCloseTo(0.1, 9);
  });

  it('a failure further down is retried too: b always up, behind it x at 90 % gives 120 req/s on b', () => {
    // b answers with x's failure in 10 % of requests; a retries that answer twice, each failing again
    // (x holds its state): 0.9 × 1 + 0.1 × 3 = 1.2 attempts, 120 req/s on b and on x. Before: 100.
    const result = analyze(
      makeBoard(
        [client('a', { rps: 100 }), service('b', { ...roomy, availability: 1 }), service('x', { ...roomy, availability: 0.9 })],
        [sync('a', 'b', { retries: 2 }), sync('b', 'x')],
      ),
      engine,
    );
    expect(load(result, 'b')).toBeCloseTo(120, 6);
    expect(load(result, 'x')).toBeCloseTo(120, 6);
  });

  it('an optional call further down fails nothing, and a call made by a fraction fails only its share', () => {
    // b → x optional (x at 0.5) adds no failure; b → y for 20 % of requests, y at 0.9: f = 0.2 × 0.1 = 0.02.
    // attempts = 0.02 × 2 + 0.98 × 1 = 1.02 with one retry: 102 req/s on b.
    const result = analyze(
      makeBoard(
        [
          client('a', { rps: 100 }),
          service('b', { ...roomy, availability: 1 }),
          service('x', { ...roomy, availability: 0.5 }),
          service('y', { ...roomy, availability: 0.9 }),
        ],
        [sync('a', 'b', { retries: 1 }), sync('b', 'x', { optional: true }), sync('b', 'y', { fraction: 0.2 })],
      ),
      engine,
    );
    expect(load(result, 'b')).toBeCloseTo(102, 6);
  });
});
