import { describe, expect, it } from 'vitest';
import { erlangC, littlesLaw, queueAt } from './mmc';

describe("Little's law (playbook § 3 Core Mental Models, seed 002)", () => {
  it('1,000 req/s at 100 ms latency → 100 requests in flight', () => {
    const inFlight = littlesLaw(1000, 100);
    expect(inFlight.value).toBe(100);
    expect(inFlight.formula).toBe('L = λ × W');
  });

  it('a lightly loaded component at 1,000 req/s and 100 ms service reports 100 in flight', () => {
    const queue = queueAt({
      utilisation: 0.01,
      instances: 1,
      capacityRps: 100_000,
      meanServiceMs: 100,
      arrivalRps: 1000,
    });
    expect(queue.inFlight.value).toBeCloseTo(100, 6);
  });
});

describe('M/M/c (Erlang C)', () => {
  it('matches the textbook value C(2, ρ = 0.5) = 1/3', () => {
    expect(erlangC(2, 0.5)).toBeCloseTo(1 / 3, 12);
  });

  it('M/M/1 waits with probability ρ and mean wait ρ/(1 − ρ) × S', () => {
    const queue = queueAt({ utilisation: 0.8, instances: 1, capacityRps: 100, meanServiceMs: 10, arrivalRps: 80 });
    expect(queue.servers.value).toBe(1);
    expect(queue.waitProbability.value).toBeCloseTo(0.8, 12);
    expect(queue.meanWaitMs.value).toBeCloseTo(40, 9);
  });

  it('at ρ ≥ 1 reports saturation, the unserved share, and a capped (finite) wait', () => {
    const queue = queueAt({ utilisation: 1.25, instances: 1, capacityRps: 100, meanServiceMs: 10, arrivalRps: 125 });
    expect(queue.saturated).toBe(true);
    expect(queue.droppedShare.value).toBeCloseTo(0.2, 12);
    expect(Number.isFinite(queue.meanWaitMs.value)).toBe(true);
    expect(queue.meanWaitMs.capped).toBe(true);
  });
});
