// The canvas's call labels read every class's critical path: a call only writes take is labelled too.
import { analyzeInput } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { indexFigures } from './figureIndex';

const board = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps: 100, readFraction: 0.8 } },
    { id: 'cache', kind: 'in-memory-cache', params: { hitRatio: 0.9 } },
    { id: 'app', kind: 'stateless-service' },
    { id: 'audit', kind: 'relational-primary' },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'app', mode: 'sync' },
    { id: 'c2', from: 'app', to: 'cache', mode: 'sync', traffic: 'read' },
    { id: 'c3', from: 'app', to: 'audit', mode: 'sync', traffic: 'write' },
  ],
};

describe('indexFigures', () => {
  it('indexes the hops of the read path and of the write path', () => {
    const { result, errors } = analyzeInput(board);
    expect(errors).toEqual([]);
    const flow = result?.flows[0];
    expect(flow?.latency.criticalPaths.map((path) => path.traffic)).toEqual(['read', 'write']);
    const index = indexFigures(result ?? null);
    expect(index.calls.get('c2')?.hops.map((entry) => entry.hop.component)).toEqual(['cache']);
    expect(index.calls.get('c3')?.hops.map((entry) => entry.hop.component)).toEqual(['audit']);
    expect(index.calls.get('c1')?.hops).toHaveLength(1);
  });
});
