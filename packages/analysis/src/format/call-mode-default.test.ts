// Issue 15, "defaults that match what people draw", for hand-written board files: a call that leaves
// out its mode takes the catalog's for its two kinds, as an arrow drawn on the board does.
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analyze';
import { parseBoard } from './parse';

const file = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps: 100 } },
    { id: 'api', kind: 'stateless-service' },
    { id: 'jobs', kind: 'kafka' },
    { id: 'worker', kind: 'worker' },
    { id: 'db', kind: 'postgres' },
    { id: 'db2', kind: 'postgres' },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'api' },
    { id: 'c2', from: 'api', to: 'jobs' },
    { id: 'c3', from: 'jobs', to: 'worker' },
    { id: 'c4', from: 'api', to: 'db' },
    { id: 'c5', from: 'db', to: 'db2' },
    { id: 'c6', from: 'api', to: 'worker', mode: 'sync' },
  ],
};

describe('a call without a mode in a board file', () => {
  it('takes the catalog default for its ends, common kind names included; a written mode wins', () => {
    const { board, errors } = parseBoard(file);
    expect(errors).toEqual([]);
    const modes = Object.fromEntries((board?.calls ?? []).map((call) => [call.id, call.mode]));
    expect(modes).toEqual({ c1: 'sync', c2: 'async', c3: 'sync', c4: 'sync', c5: 'replication', c6: 'sync' });
  });

  it('is analysed like the drawn board: the broker acknowledges, the worker is not on the request path', () => {
    const withoutWorkerCall = { ...file, calls: file.calls.filter((call) => call.id !== 'c6') };
    const { result, errors } = analyzeInput(withoutWorkerCall);
    expect(errors).toEqual([]);
    const hops = result?.flows[0]?.latency.criticalPaths.flatMap((path) => path.hops.map((hop) => hop.component)) ?? [];
    expect(hops).toContain('jobs');
    expect(hops).not.toContain('worker');
  });

  it('a call that names no callee still reports its missing mode (nothing to infer it from)', () => {
    const { errors } = parseBoard({ ...file, calls: [{ id: 'c1', from: 'users' }] });
    expect(errors.map((error) => error.path)).toEqual(expect.arrayContaining(['calls[0].to', 'calls[0].mode']));
  });
});
