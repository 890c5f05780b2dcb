// Retries count late attempts as well as failed ones, and the load they add is solved together with the
// latency it causes (engine/load-latency.ts). Worked examples, each with its hand computation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalysisResult } from '../result';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const component = (result: AnalysisResult, id: string) => {
  const found = result.components.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const load = (result: AnalysisResult, id: string) => component(result, id).traffic.totalRps.value;
const storms = (result: AnalysisResult) => result.findings.filter((finding) => finding.id === 'retry-storm');

describe('retries count timeouts (issue 14: a database behind a 50 ms timeout with 2 retries)', () => {
  // The database answers in p50 30 ms, p99 78 ms and is up 99.9 %; its capacity is far above the load,
  // so its latency does not depend on load and the late share is the log-normal's tail alone:
  //   σ = ln(78 / 30) / 2.32635 = 0.41073, z = ln(50 / 30) / σ = 1.24369, late = 1 − Φ(z) = 0.10681.
  //   the database down for a request (0.001) takes all 3 attempts; up, an attempt is retried when late:
  //   attempts = 0.001 × 3 + 0.999 × (1 + late + late²) = 0.003 + 0.999 × 1.11822 = 1.12010,
  //   so 100 req/s offered reach it as 112.01 req/s.
  // Counting failures alone: 1 + 0.001 × 2 = 1.002, i.e. 100.2 req/s.
  const board = (timeoutMs: number | undefined) =>
    makeBoard(
      [
        client('users', { rps: 100 }),
        service('db', { p50Ms: 30, p99Ms: 78, availability: 0.999, capacityRps: 1_000_000 }),
      ],
      [sync('users', 'db', { retries: 2, backoff: true, ...(timeoutMs === undefined ? {} : { timeoutMs }) })],
    );

  it('carries ~112 req/s at 100 offered, not 100.2', () => {
    const result = analyze(board(50), engine);
    expect(load(result, 'db')).toBeCloseTo(112.01, 1);
    const attempts = result.calls[0]?.attempts;
    expect(attempts?.value).toBeCloseTo(1.1201, 3);
    expect(attempts?.inputs.lateShare).toBeCloseTo(0.1068, 2);
    expect(attempts?.note).toMatch(/answer after the 50 ms timeout/);
  });

  it('without a timeout only failures retry: 100.2 req/s', () => {
    const result = analyze(board(undefined), engine);
    expect(load(result, 'db')).toBeCloseTo(100.2, 6);
    expect(result.retries.rounds.value).toBe(1);
  });
});

describe('load and latency as one fixed point', () => {
  // One server (capacity 100 req/s, service exactly 10 ms, so c = 100/s × 10 ms = 1: M/M/1 waits), called
  // with a 30 ms timeout and 2 retries. An attempt is late when its wait passes 20 ms:
  //   late = P(W > 20 ms) = ρ × e^(−20 ms × μ(1 − ρ)), μ = 100/s, ρ = λ × attempts / μ.
  // At 30 req/s, from failures only (attempts 1):
  //   ρ 0.3      → late 0.3 × e^(−1.4)     = 0.07398, attempts 1 + q + q² = 1.07945
  //   ρ 0.32384  → late 0.32384 × e^(−1.35232) = 0.08376, attempts 1.09077
  //   ρ 0.32723  → late 0.08521, attempts 1.09247 … settling at
  //   ρ 0.327833, late 0.085470, attempts 1.092775: the server carries 32.78 req/s.
  const board = (rps: number) =>
    makeBoard(
      [
        client('users', { rps }),
        service('svc', { p50Ms: 10, p99Ms: 10, availability: 1, capacityRps: 100 }),
      ],
      [sync('users', 'svc', { id: 'call', timeoutMs: 30, retries: 2, backoff: true })],
    );

  it('settles where the late share and the load it causes agree: 32.78 req/s at 30 offered', () => {
    const result = analyze(board(30), engine);
    expect(result.retries.converged).toBe(true);
    expect(result.retries.rounds.value).toBeGreaterThan(2);
    expect(load(result, 'svc')).toBeCloseTo(32.78, 1);
    expect(component(result, 'svc').traffic.utilisation.value).toBeCloseTo(0.3278, 2);
    expect(result.calls[0]?.attempts?.inputs.lateShare).toBeCloseTo(0.0855, 2);
    // The headroom uses the load with its retries: 1 / 0.3278 = 3.05×, not 1 / 0.3 = 3.33×.
    expect(result.bottleneck.headroom.value).toBeCloseTo(3.05, 1);
    expect(storms(result)).toEqual([]);
  });

  it('tips into a retry storm at 50 req/s: the retries saturate a server that would run at ρ 0.5', () => {
    // ρ 0.5 → late 0.5 × e^(−1) = 0.1839, attempts 1.2178 → ρ 0.609 → late 0.2785 → ρ 0.678 → … → ρ 0.947
    // → late 0.852 → ρ 1.29: saturated, every attempt is late, attempts 1 + 1 + 1 = 3, ρ = 150 / 100 = 1.5.
    const result = analyze(board(50), engine);
    expect(result.retries.converged).toBe(true);
    expect(load(result, 'svc')).toBeCloseTo(150, 6);
    expect(component(result, 'svc').saturated).toBe(true);
    const [storm] = storms(result);
    expect(storm).toMatchObject({ severity: 'error', calls: ['call'], components: ['users', 'svc'] });
    expect(storm?.message).toBe(
      "retries on users → svc (2 retries on a 30 ms timeout, late on 100 % of attempts) raise svc's load from 50 to 150 req/s, past its capacity: ρ 0.50 without retries, 1.50 with them",
    );
    expect(storm?.source.section).toBe('12. Reliability & Resilience');
  });

  it('at the edge of the storm the rounds do not settle: reported as a retry storm naming the call', () => {
    // Between 30 req/s (settles low) and 50 (storm) lies the load where the low steady state vanishes;
    // near it each round moves the late share less and less, and the engine stops at its cap of rounds.
    const settlesLow = (rps: number) => {
      const result = analyze(board(rps), engine);
      return result.retries.converged && !component(result, 'svc').saturated;
    };
    let low = 30;
    let high = 50;
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      if (settlesLow(mid)) low = mid;
      else high = mid;
    }
    const result = analyze(board(high), engine);
    expect(result.retries.converged).toBe(false);
    expect(result.retries.why.converged.note).toMatch(/retry storm/);
    const [storm] = storms(result);
    expect(storm?.calls).toEqual(['call']);
    expect(storm?.message).toMatch(/^users → svc \(2 retries on a 30 ms timeout, late on .* of attempts\): load and latency did not settle in 30 rounds/);
  });
});
