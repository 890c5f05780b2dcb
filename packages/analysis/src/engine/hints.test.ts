// Issue 15, "the hints point at the right place": worked boards with the figures computed by hand.
// Calls cost no network time here (engineWithoutNetwork), so each hop's share is its own time alone.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { ComponentId } from '../model/graph';
import type { FlowResult, Hop } from '../result';

const engine = engineWithoutNetwork();

function hopOf(hops: readonly Hop[], id: string): Hop {
  const hop = hops.find((candidate) => candidate.component === id);
  if (!hop) throw new Error(`no hop ${id} in ${hops.map((h) => h.component).join(', ')}`);
  return hop;
}

function onlyFlow(components: BoardComponent[], calls: Parameters<typeof makeBoard>[1]) {
  const result = analyze(makeBoard(components, calls), engine);
  return { result, flow: result.flows[0] as FlowResult };
}

const api = () => service('api', { p50Ms: 1, p99Ms: 2 });

describe('a fan-out hop shows the slowest of its calls', () => {
  it('10 calls to a shard with p99 60 ms: the hop shows ~102 ms, not 60', () => {
    // Log-normal fitted to p50 12, p99 60: σ = ln(60/12) / 2.326 = 0.692. The request waits for all ten, so
    // the hop's p99 is the shard's quantile 0.99^(1/10) = 0.998995 (z = 3.090): 12 × e^(0.692 × 3.090) = 101.8 ms.
    const { flow } = onlyFlow(
      [client('user'), api(), service('shard', { p50Ms: 12, p99Ms: 60 })],
      [sync('user', 'api'), sync('api', 'shard', { callsPerRequest: 10 })],
    );
    const shard = hopOf(flow.latency.criticalPath, 'shard');
    expect(shard.ownP99Ms).toBeGreaterThan(98);
    expect(shard.ownP99Ms).toBeLessThan(106);
    expect(shard.why.ownP99Ms?.inputs).toMatchObject({ copies: 10 });
    expect(shard.why.ownP99Ms?.inputs.oneVisitP99Ms).toBeCloseTo(60, -1);
  });
});

describe('budget shares are weighted by the requests that reach the hop', () => {
  // A hop reached by a share v of requests holds the flow's slowest 1 % only as its slowest 1 %/v:
  // its time at the flow's p99 is its own quantile 1 − 0.01/v.
  const board = (fraction: number) =>
    onlyFlow(
      [client('user', { p99BudgetMs: 200 }), api(), service('rare', { p50Ms: 30, p99Ms: 200 })],
      [sync('user', 'api'), sync('api', 'rare', { fraction })],
    );

  it('a hop 2 % of requests visit weighs its median, 30 ms = 15 % of 200 ms: no budget-hog', () => {
    // v = 0.02 → quantile 1 − 0.01/0.02 = 0.5 → p50 = 30 ms; 30 / 200 = 0.15 < 0.25. Its p99 (200 ms) alone
    // would have been 100 % of the budget and a budget-hog.
    const { result, flow } = board(0.02);
    const rare = hopOf(flow.latency.criticalPath, 'rare');
    expect(rare.reach.value).toBeCloseTo(0.02, 10);
    expect(rare.budgetShare?.inputs.quantile).toBeCloseTo(0.5, 10);
    expect(rare.budgetShare?.value).toBeCloseTo(0.15, 2);
    expect(result.findings.filter((finding) => finding.id === 'budget-hog')).toEqual([]);
  });

  it('a hop 1 % of requests visit cannot set the p99 alone: 0 % of the budget', () => {
    const { flow } = board(0.01);
    expect(hopOf(flow.latency.criticalPath, 'rare').budgetShare?.value).toBe(0);
  });

  it('a hop every request visits keeps its p99: 200 / 200 = 100 %, a budget-hog', () => {
    const { result, flow } = board(1);
    expect(hopOf(flow.latency.criticalPath, 'rare').budgetShare?.value).toBeCloseTo(1, 1);
    expect(result.findings.filter((finding) => finding.id === 'budget-hog').map((finding) => finding.components)).toEqual([['rare']]);
  });
});

describe('reads and writes each show their own critical path', () => {
  // 90 % reads go api → cache-less read store (p99 10 ms); 10 % writes go api → writer (p50 100, p99 300).
  const { result, flow } = onlyFlow(
    [
      client('user', { readFraction: 0.9, p99BudgetMs: 200 }),
      api(),
      service('reader', { p50Ms: 5, p99Ms: 10 }),
      service('writer', { p50Ms: 100, p99Ms: 300 }),
    ],
    [sync('user', 'api'), sync('api', 'reader', { traffic: 'read' }), sync('api', 'writer', { traffic: 'write' })],
  );

  it('lists a read path and a write path, with their shares of requests', () => {
    expect(flow.latency.criticalPaths.map((path) => [path.traffic, path.share.value])).toEqual([
      ['read', 0.9],
      ['write', expect.closeTo(0.1, 10)],
    ]);
    const write = flow.latency.criticalPaths[1];
    expect(write?.hops.map((hop) => hop.component)).toEqual(['api', 'writer']);
    // The main (read) path, kept as `criticalPath`, does not hold the writer.
    expect(flow.latency.criticalPath.map((hop) => hop.component)).toEqual(['api', 'reader']);
  });

  it('the write-only hop that sets the p99 is a budget-hog: its p90 183 ms is 92 % of the budget', () => {
    // Writes are 10 % of requests, so the flow's p99 sits at the writes' p90: σ = ln(300/100) / 2.326 =
    // 0.472, z(0.9) = 1.2816, 100 × e^(0.472 × 1.2816) = 183 ms; 183 / 200 = 0.92.
    const writer = hopOf(flow.latency.criticalPaths[1]?.hops ?? [], 'writer');
    expect(writer.budgetShare?.inputs.quantile).toBeCloseTo(0.9, 10);
    expect(writer.budgetShare?.value).toBeGreaterThan(0.88);
    expect(writer.budgetShare?.value).toBeLessThan(0.96);
    expect(flow.latency.p99Ms?.value).toBeGreaterThan(170);
    expect(result.findings.some((finding) => finding.id === 'budget-hog' && finding.components.includes('writer' as ComponentId))).toBe(true);
  });

  it('no critical path starts with a zero-cost row for the entry point', () => {
    for (const path of flow.latency.criticalPaths) expect(path.hops.some((hop) => hop.component === 'user')).toBe(false);
  });
});
