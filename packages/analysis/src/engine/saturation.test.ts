// One ρ per tier, and what a saturated tier does to the latency a flow reports (issue 14's tier:
// 4 instances × 1,000 req/s, p50 5 ms, p99 25 ms, the stateless-service defaults but its capacity).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent } from '../format/schema';
import type { AnalysisResult } from '../result';
import { client, engineWithoutNetwork, makeBoard, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const tier = (extra: Partial<BoardComponent> = {}): BoardComponent => ({
  id: 'app',
  name: 'App tier',
  kind: 'stateless-service',
  instances: 4,
  params: { capacityRps: 1000, availability: 1 },
  ...extra,
});
const analyseAt = (rps: number, extra: Partial<BoardComponent> = {}) =>
  analyze(makeBoard([client('users', { rps }), tier(extra)], [sync('users', 'app')]), engine);
const app = (result: AnalysisResult) => {
  const found = result.components.find((component) => component.id === 'app');
  if (!found) throw new Error('no app');
  return found;
};
const flow = (result: AnalysisResult) => {
  const found = result.flows[0];
  if (!found) throw new Error('no flow');
  return found;
};

describe('one ρ per tier', () => {
  it('at 3,000 req/s: utilisation, the queue and "breaks at" all use ρ 0.75', () => {
    // ρ = 3,000 / (4 × 1,000) = 0.75; breaks at 1 / 0.75 = 1.33×.
    // Mean service S = 5 × e^(σ²/2), σ = ln 5 / 2.32635 = 0.69183 → S = 6.3519 ms; c = 4 × 1,000 × 6.3519 ms
    // = 25.408 servers (not rounded to 24, which would queue at 3,000 × 6.3519 / 24 = ρ 0.794).
    // C = 0.59244 × C(25, 0.75) + 0.40756 × C(26, 0.75) = 0.59244 × 0.120629 + 0.40756 × 0.114162 = 0.117994;
    // mean wait C / (4,000/s × 0.25) = 0.118 ms.
    const result = analyseAt(3000);
    expect(app(result).traffic.utilisation.value).toBeCloseTo(0.75, 12);
    expect(result.bottleneck.headroom.value).toBeCloseTo(1.3333, 4);
    const queue = app(result).queue;
    expect(queue?.servers.value).toBeCloseTo(25.408, 3);
    expect(queue?.waitProbability.inputs.utilisation).toBe(0.75);
    expect(queue?.waitProbability.value).toBeCloseTo(0.117994, 6);
    expect(queue?.meanWaitMs.value).toBeCloseTo(0.117994, 6);
    expect(flow(result).latency.saturated).toBeNull();
    expect(flow(result).latency.p99Ms?.value).toBeGreaterThan(25);
  });

  it('at 4,400 req/s the tier is saturated (ρ 1.1): the flow says so, naming it, instead of a number', () => {
    // 4,400 / 4,000 = ρ 1.1 ≥ 1 and the tier does not shed load: its queue grows without bound. Before,
    // a 10 s cap on the mean wait printed p50 6,937 ms and p99 46,142 ms as if they were figures.
    const result = analyseAt(4400);
    const latency = flow(result).latency;
    expect(latency.p50Ms).toBeNull();
    expect(latency.p95Ms).toBeNull();
    expect(latency.p99Ms).toBeNull();
    expect(latency.saturated).toMatchObject({ component: 'app', name: 'App tier', utilisation: { value: 1.1 } });
    expect(latency.withinBudget).toBe(false);
    expect(latency.why.withinBudget.inputs.p99Ms).toBe('unbounded');
    expect(app(result).latency).toMatchObject({ p50Ms: null, p99Ms: null, saturated: { component: 'app' } });
    const hop = latency.criticalPath.find((item) => item.component === 'app');
    expect(hop).toMatchObject({ ownP50Ms: null, ownP99Ms: null, budgetShare: null, saturated: { component: 'app' } });
    // Its queue figures stay numbers, each flagged as the engine's cap.
    expect(app(result).queue?.meanWaitMs).toMatchObject({ capped: true });
    const over = result.findings.find((finding) => finding.id === 'over-latency-objective');
    expect(over?.message).toBe('users: p99 is unbounded (App tier is saturated), over the 200 ms budget');
    expect(over?.components).toEqual(['users', 'app']);
  });

  it('only the percentiles the saturated tier reaches are unbounded: 30 % of requests through it leave p50 a figure', () => {
    // 70 % of requests skip the tier (the call's fraction 0.3): p50 is one of those, p95 and p99 wait on the queue.
    const board = makeBoard(
      [client('users', { rps: 4400 / 0.3 }), tier()],
      [sync('users', 'app', { fraction: 0.3 })],
    );
    const latency = flow(analyze(board, engine)).latency;
    expect(latency.p50Ms?.value).toBe(0);
    expect(latency.p95Ms).toBeNull();
    expect(latency.p99Ms).toBeNull();
    expect(latency.saturated?.component).toBe('app');
  });

  it('a timeout in front of the saturated tier bounds the wait: the caller gives up, the request fails', () => {
    // 100 ms timeout, 1 retry: every attempt is late, so the caller gives up at 2 × 100 ms.
    const result = analyze(
      makeBoard([client('users', { rps: 4400 }), tier()], [sync('users', 'app', { timeoutMs: 100, retries: 1, backoff: true })]),
      engine,
    );
    const latency = flow(result).latency;
    expect(latency.saturated).toBeNull();
    expect(latency.p99Ms?.value).toBeGreaterThan(190);
    expect(latency.p99Ms?.value).toBeLessThan(215);
    expect(result.calls[0]?.attempts?.inputs.lateShare).toBe(1);
  });

  it('a tier that sheds load at ρ ≥ 1 has bounded waits, each flagged as the engine’s cap', () => {
    // It admits what it can serve; the admitted requests wait as at ρ = 0.95 (c = 25.408), a cap, so
    // the flow's figures say they include a capped wait.
    const result = analyseAt(4400, { params: { capacityRps: 1000, availability: 1, shedsLoad: true } });
    const latency = flow(result).latency;
    expect(latency.saturated).toBeNull();
    expect(latency.p99Ms).toMatchObject({ capped: true });
    expect(latency.p99Ms?.note).toMatch(/App tier's queueing wait/);
    expect(app(result).latency.p99Ms).toMatchObject({ capped: true });
    expect(app(result).queue?.droppedShare.value).toBeCloseTo(1 - 1 / 1.1, 12);
  });
});
