// A call into a component spread over zones pays the round trip to the instance each visit meets
// (issue 14; the oracle's latency.test.ts draws the same board): a mix of tiers by the instances each
// zone runs, the same whatever order the board lists the spread's zones or its components in.
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardComponent, BoardFile } from '../format/schema';
import { client, makeBoard, service, sync } from '../../test/harness';

/** The catalog's latency table: same zone 0.5 ms, cross-zone 1 ms (distinct hosts, placement unknown: 0.5). */
const engine = createEngine();
const fixed = (ms: number) => ({ availability: 1, p50Ms: ms, p99Ms: ms, capacityRps: 1e9 });

function board(spread: string, reversed = false): BoardFile {
  const components: BoardComponent[] = [
    client('users', { rps: 1 }),
    service('a', fixed(1), { zone: 'za' }),
    service('b', fixed(2), { instances: 2, spread }),
  ];
  return makeBoard(reversed ? [...components].reverse() : components, [sync('users', 'a'), sync('a', 'b')], [
    { id: 'eu', level: 'region' },
    { id: 'za', level: 'availability-zone', parent: 'eu' },
    { id: 'zb', level: 'availability-zone', parent: 'eu' },
  ]);
}

describe('the network hop into a spread component', () => {
  it('is same-zone (0.5 ms) for half the visits and cross-zone (1 ms) for the other half: 4.0 or 4.5 ms in all', () => {
    // users → a: 0.5 ms; a's 1 ms; a → b: 0.5 ms to b's instance in za, 1 ms to the one in zb; b's 2 ms.
    // Half the requests take 4.0 ms and half 4.5 ms: the p99 is 4.5 (read within its grid bin, 7.5 %),
    // and the hop's single figure is the mean round trip, 0.75 ms, its tier the farther of the tie.
    const result = analyze(board('za zb'), engine);
    const flow = result.flows[0];
    expect(flow?.latency.p99Ms?.value).toBeGreaterThan(4.5 * 0.95);
    expect(flow?.latency.p99Ms?.value).toBeLessThan(4.5 * 1.05);
    expect(flow?.latency.p50Ms?.value).toBeGreaterThan(4.0 * 0.95);
    expect(flow?.latency.p50Ms?.value).toBeLessThan(4.5 * 1.05);
    const hop = flow?.latency.criticalPath.find((h) => h.component === 'b');
    expect(hop?.networkMs).toBeCloseTo(0.75, 12);
    expect(hop?.why.networkMs.inputs.tier).toBe('cross-zone');
  });

  it('does not depend on the order of the spread’s zones or of the board’s components', () => {
    const figures = (b: BoardFile) => JSON.stringify(analyze(b, engine).flows.map((flow) => flow.latency));
    const reference = figures(board('za zb'));
    expect(figures(board('zb za'))).toBe(reference);
    expect(figures(board('za zb', true))).toBe(reference);
  });

  it('an unspread end keeps its one tier and round trip', () => {
    const result = analyze(board('zb:2'), engine);
    const hop = result.flows[0]?.latency.criticalPath.find((h) => h.component === 'b');
    expect(hop?.networkMs).toBe(1);
    expect(hop?.why.networkMs.inputs.tier).toBe('cross-zone');
  });
});
