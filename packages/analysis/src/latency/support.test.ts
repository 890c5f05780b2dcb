// Percentiles read inside a distribution's exact bounds (issue 14: the grid used to smear fixed
// latencies over neighbouring bins, so a board of fixed hops read its p99 past their sum).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import { createGrid } from './grid';
import { convolve, logNormal, percentile, pointMass } from './distribution';

const engine = engineWithoutNetwork();
const fixed = (ms: number) => ({ availability: 1, p50Ms: ms, p99Ms: ms, capacityRps: 1e9 });

describe('percentiles inside the exact support', () => {
  it('three fixed hops of 3 + 8 + 10 ms read 21 ms at p50, p95 and p99', () => {
    // Every request takes exactly 21 ms. On the grid each point is split between the two bin centers
    // around it and each sum splits again, so the mass sits in the bins around 21 and the reading inside
    // the top one was 22.6 ms at p99; the support [21, 21] pins it.
    const board = makeBoard(
      [client('users', { rps: 100 }), service('a', fixed(3)), service('b', fixed(8)), service('c', fixed(10))],
      [sync('users', 'a'), sync('a', 'b'), sync('b', 'c')],
    );
    const latency = analyze(board, engine).flows[0]?.latency;
    expect(latency?.p50Ms?.value).toBeCloseTo(21, 9);
    expect(latency?.p95Ms?.value).toBeCloseTo(21, 9);
    expect(latency?.p99Ms?.value).toBeCloseTo(21, 9);
  });

  it('a fixed call made by 30 % of requests: p50 0 ms, p99 exactly the call’s 10 ms', () => {
    const board = makeBoard([client('users', { rps: 100 }), service('a', fixed(0)), service('b', fixed(10))], [sync('users', 'a'), sync('a', 'b', { fraction: 0.3 })]);
    const latency = analyze(board, engine).flows[0]?.latency;
    // a (no service time) counts as one server at its capacity, so 1e-7 of its requests wait a few
    // nanoseconds (the wait's bound is mean × ln(C / 1e-9)): 10 ms to the fifth digit.
    expect(latency?.p50Ms?.value).toBe(0);
    expect(latency?.p99Ms?.value).toBeCloseTo(10, 4);
  });

  it('leaves a continuous distribution’s reading as it was: a log-normal plus a fixed hop', () => {
    const grid = createGrid();
    const sum = convolve(grid, pointMass(grid, 2), logNormal(grid, 10, 40));
    // A copy carries no bounds: the grid's own reading.
    expect(percentile(grid, sum, 0.99)).toBe(percentile(grid, Float64Array.from(sum), 0.99));
    const points = convolve(grid, pointMass(grid, 3), pointMass(grid, 18));
    expect(percentile(grid, Float64Array.from(points), 0.99)).toBeGreaterThan(21.5);
    expect(percentile(grid, points, 0.99)).toBe(21);
  });
});
