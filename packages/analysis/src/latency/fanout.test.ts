// Playbook § 17.11 "Tail Latency: The Tail at Scale" (seed 002): with p99 = 1 s per service, a request
// that fans out to 10 services and waits for all finishes within 1 s with probability 0.99^10 ≈ 90 %;
// with 100, 0.99^100 ≈ 37 %. The engine gets there by composing distributions (CDF^N), not by formula.
import { describe, expect, it } from 'vitest';
import { LatencyComposer } from './compose';
import { cdfAt, logNormal, percentile } from './distribution';
import { createGrid } from './grid';
import { resolveBoard } from '../model/resolve';
import { componentId } from '../model/graph';
import { client, makeBoard, noNetworkCatalog, service, sync } from '../../test/harness';

const grid = createGrid();

function gatherWithin(fanout: number, withinMs: number): number {
  const board = makeBoard(
    [client('user'), service('gather', { p50Ms: 0, p99Ms: 0 }), service('leaf', { p50Ms: 200, p99Ms: 1000 })],
    [sync('user', 'gather'), sync('gather', 'leaf', { callsPerRequest: fanout })],
  );
  const { graph } = resolveBoard(board, noNetworkCatalog());
  const composer = new LatencyComposer({ grid, graph, own: (c) => logNormal(grid, c.p50Ms, c.p99Ms) });
  return cdfAt(grid, composer.subtree(componentId('user'), 'read'), withinMs);
}

describe('fan-out tail (playbook § 17.11)', () => {
  it('one service: 99 % of calls finish within its p99 of 1 s', () => {
    expect(gatherWithin(1, 1000)).toBeCloseTo(0.99, 3);
  });

  it('fan-out of 10: 0.99^10 ≈ 90 % finish within 1 s', () => {
    const share = gatherWithin(10, 1000);
    expect(share).toBeCloseTo(0.99 ** 10, 2);
    expect(Math.round(share * 100)).toBe(90);
  });

  it('fan-out of 100: 0.99^100 ≈ 37 % finish within 1 s', () => {
    const share = gatherWithin(100, 1000);
    expect(share).toBeCloseTo(0.99 ** 100, 2);
    expect(Math.round(share * 100)).toBe(37);
  });

  it('a single log-normal is fitted to its p50 and p99', () => {
    const h = logNormal(grid, 200, 1000);
    expect(percentile(grid, h, 0.5)).toBeCloseTo(200, 0);
    expect(percentile(grid, h, 0.99)).toBeCloseTo(1000, -1);
  });
});
