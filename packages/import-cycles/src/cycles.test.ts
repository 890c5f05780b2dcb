// The cycle finder on small graphs: what counts as a cycle, which one is named, and in what order.
import { describe, expect, it } from 'vitest';
import { findCycles } from './cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds none in a graph without cycles, shared targets included', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('names a two-node cycle from its first member', () => {
    expect(findCycles(graph({ b: ['a'], a: ['b'] }))).toEqual([{ members: ['a', 'b'], path: ['a', 'b', 'a'] }]);
  });

  it('counts a node that imports itself', () => {
    expect(findCycles(graph({ a: ['a', 'b'], b: [] }))).toEqual([{ members: ['a'], path: ['a', 'a'] }]);
  });

  it('gives the shortest cycle through the first member, and every member of the tangle', () => {
    // a → b → c → d → a, plus the shortcut c → a.
    const [cycle] = findCycles(graph({ a: ['b'], b: ['c'], c: ['d', 'a'], d: ['a'] }));
    expect(cycle).toEqual({ members: ['a', 'b', 'c', 'd'], path: ['a', 'b', 'c', 'a'] });
  });

  it('reports separate tangles separately, in a stable order', () => {
    const cycles = findCycles(graph({ x: ['y'], y: ['x', 'a'], a: ['b'], b: ['a'] }));
    expect(cycles.map((cycle) => cycle.path)).toEqual([
      ['a', 'b', 'a'],
      ['x', 'y', 'x'],
    ]);
  });

  it('follows edges to nodes that have no entry of their own', () => {
    expect(findCycles(graph({ a: ['b'] }))).toEqual([]);
  });

  it('handles a long chain without recursion trouble', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 2_000; i++) edges[`n${String(i).padStart(4, '0')}`] = [`n${String(i + 1).padStart(4, '0')}`];
    edges.n2000 = ['n0000'];
    const [cycle] = findCycles(graph(edges));
    expect(cycle?.members).toHaveLength(2_001);
    expect(cycle?.path).toHaveLength(2_002);
  });
});
