import { describe, expect, it } from 'vitest';
import type { QueueInput } from './mmc';
import { SHED_UTILISATION, WAIT_CAP_MS, erlangC, erlangCAt, littlesLaw, queueAt } from './mmc';

const tier = (input: Partial<QueueInput>): QueueInput => ({
  utilisation: 0.5,
  copies: 1,
  capacityRps: 100,
  meanServiceMs: 10,
  arrivalRps: 50,
  shedsLoad: false,
  ...input,
});

describe("Little's law (playbook § 3 Core Mental Models, seed 002)", () => {
  it('1,000 req/s at 100 ms latency → 100 requests in flight', () => {
    const inFlight = littlesLaw(1000, 100);
    expect(inFlight.value).toBe(100);
    expect(inFlight.formula).toBe('L = λ × W');
  });

  it('a lightly loaded component at 1,000 req/s and 100 ms service reports 100 in flight', () => {
    const queue = queueAt(tier({ utilisation: 0.01, capacityRps: 100_000, meanServiceMs: 100, arrivalRps: 1000 }));
    expect(queue.inFlight.value).toBeCloseTo(100, 6);
  });
});

describe('M/M/c (Erlang C)', () => {
  it('matches the textbook value C(2, ρ = 0.5) = 1/3', () => {
    expect(erlangC(2, 0.5)).toBeCloseTo(1 / 3, 12);
  });

  it('M/M/1 waits with probability ρ and mean wait ρ/(1 − ρ) × S', () => {
    const queue = queueAt(tier({ utilisation: 0.8, arrivalRps: 80 }));
    expect(queue.servers.value).toBe(1);
    expect(queue.waitProbability.value).toBeCloseTo(0.8, 12);
    expect(queue.meanWaitMs.value).toBeCloseTo(40, 9);
  });

  it('interpolates Erlang C between the neighbouring whole server counts, at the same ρ', () => {
    // c = 2.25 at ρ 0.5. C(2, 0.5) = 1/3. C(3, 0.5): a = 1.5, B(1) = 0.6, B(2) = 0.9 / 2.9 = 0.310345,
    // B(3) = 0.465517 / 3.465517 = 0.134328, C = B / (1 − ρ(1 − B)) = 0.134328 / 0.567164 = 0.236842.
    // Blend: 0.75 × 0.333333 + 0.25 × 0.236842 = 0.309211.
    expect(erlangC(3, 0.5)).toBeCloseTo(0.236842, 6);
    expect(erlangCAt(2.25, 0.5)).toBeCloseTo(0.309211, 6);
    expect(erlangCAt(2, 0.5)).toBe(erlangC(2, 0.5));
    // Below one server the tier is one server at its capacity: M/M/1, C = ρ.
    expect(erlangCAt(0.3, 0.6)).toBeCloseTo(0.6, 12);
  });

  it('a 4 × 1,000 req/s tier at 3,000 req/s queues at ρ 0.75 with 25.4 servers, not 24 at ρ 0.794', () => {
    // Issue 14's tier. Mean service time of the log-normal with p50 5 ms, p99 25 ms:
    //   σ = ln(25/5) / 2.32635 = 0.69183, S = 5 × e^(σ²/2) = 6.3519 ms.
    // Servers (Little's law, not rounded): c = 4 × 1,000 req/s × 6.3519 ms = 25.4076.
    // ρ = 3,000 / (4 × 1,000) = 0.75, the same ρ utilisation reports (breaks at 1 / 0.75 = 1.33×).
    // Erlang C: C(25, 0.75) = 0.120629, C(26, 0.75) = 0.114162, w = 0.40756:
    //   C = 0.59244 × 0.120629 + 0.40756 × 0.114162 = 0.117994.
    // Mean wait = C × S / (c(1 − ρ)) = C / (4,000/s × 0.25) = 0.117994 ms; p99 wait = 1 ms × ln(C / 0.01) = 2.4680 ms.
    // (The old rounding gave 24 servers: 3,000 × 6.3519 ms / 24 = ρ 0.794, which would break at 1.26×.)
    const queue = queueAt(tier({ utilisation: 0.75, copies: 4, capacityRps: 1000, meanServiceMs: 6.351890492652945, arrivalRps: 3000 }));
    expect(queue.servers.value).toBeCloseTo(25.4076, 4);
    expect(queue.waitProbability.value).toBeCloseTo(0.117994, 6);
    expect(queue.meanWaitMs.value).toBeCloseTo(0.117994, 6);
    expect(queue.p99WaitMs.value).toBeCloseTo(2.46804, 4);
    expect(queue.meanWaitMs.inputs.utilisation).toBe(0.75);
  });

  it('at ρ ≥ 1 without shedding: saturated, every request fails, the wait unbounded and its figure a flagged cap', () => {
    const queue = queueAt(tier({ utilisation: 1.25, arrivalRps: 125 }));
    expect(queue.saturated).toBe(true);
    expect(queue.wait.unbounded).toBe(true);
    expect(queue.droppedShare.value).toBe(1);
    expect(queue.meanWaitMs).toMatchObject({ value: WAIT_CAP_MS, capped: true });
    expect(queue.meanWaitMs.note).toMatch(/without bound/);
  });

  it('at ρ ≥ 1 a tier that sheds load rejects 1 − 1/ρ and its admitted requests wait a bounded, capped time', () => {
    // ρ = 1.25: it serves 1/1.25 = 80 % and sheds 20 %. The admitted requests wait as at ρ = 0.95 (M/M/1):
    // C = 0.95, mean wait = C / (100/s × 0.05) = 0.95 × 200 ms = 190 ms, flagged as the engine's cap.
    const queue = queueAt(tier({ utilisation: 1.25, arrivalRps: 125, shedsLoad: true }));
    expect(queue.saturated).toBe(true);
    expect(queue.wait.unbounded).toBe(false);
    expect(queue.droppedShare.value).toBeCloseTo(0.2, 12);
    expect(queue.meanWaitMs.value).toBeCloseTo(SHED_UTILISATION * 200, 9);
    expect(queue.meanWaitMs.capped).toBe(true);
  });
});
