// Reading a board: defaults from where the fields say they come from, what the oracle refuses (with
// where and why), the rate-limiter rule for shedding, and a run that replays from its seed.
import { getKind } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { board, call, client, service, zone } from '../test/boards';
import { OracleBoardError, resolveBoard, simulate } from './index';

function problemsOf(action: () => unknown): readonly string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof OracleBoardError) return error.problems;
    throw error;
  }
  return [];
}

describe('reading a board', () => {
  it('fills unset values from the kind’s catalog defaults and the fields’ declared ones', () => {
    const model = resolveBoard(board([client(), { id: 'a', kind: 'stateless-service' }], [{ id: 'c', from: 'users', to: 'a', mode: 'sync' }]));
    const kind = getKind('stateless-service');
    const a = model.components[1];
    expect(a?.capacityRps).toBe(kind?.defaults.capacityRps.value);
    expect(a?.availability).toBe(kind?.defaults.availability.value);
    expect(a?.instanceZones.length).toBe(kind?.defaults.instances.value);
    expect(model.calls[0]).toMatchObject({ callsPerRequest: 1, fraction: 1, traffic: 'all', retries: 0, optional: false, failover: true });
  });

  it('refuses a cycle and what it does not simulate, naming each', () => {
    const cycle = problemsOf(() => resolveBoard(board([client(), service('a'), service('b')], [call('users', 'a'), call('a', 'b'), call('b', 'a')])));
    expect(cycle).toEqual(['calls: the calls a->b → b->a form a cycle; a request would never end']);
    const unsupported = problemsOf(() =>
      resolveBoard(
        board([
          client(),
          { id: 'db', kind: 'relational-primary', params: { readReplicas: 2 } },
          { id: 'x', kind: 'no-such-kind' },
        ]),
      ),
    );
    expect(unsupported).toContain('components[1].params.readReplicas: read replicas are not simulated; set 0');
    expect(unsupported).toContain('components[1].kind: "relational-primary" prices writes apart from reads, which is not simulated');
    expect(unsupported).toContain('components[2].kind: unknown kind "no-such-kind"');
    expect(problemsOf(() => simulate(board([service('a')]), { seed: 1, requests: 10 }))).toEqual([
      'components: no entry point (a client, or a component with entry)',
    ]);
  });

  it('ignores an unknown zone of a spread, saying where', () => {
    const model = resolveBoard(board([client(), service('a', {}, { instances: 2, spread: 'za nowhere' })], [call('users', 'a')], [zone('za', 1)]));
    expect(model.errors).toEqual(['components[1].spread: unknown zone "nowhere"; that part is ignored']);
    expect(model.components[1]?.instanceZones).toEqual([0, 0]);
  });

  it('makes a component shed when a rate limiter is the only thing in front of it', () => {
    const limiter = { id: 'rl', kind: 'rate-limiter', instances: 1, params: { readReplicas: 0, replicationFactor: 1 } };
    const only = resolveBoard(board([client(), limiter, service('b')], [call('users', 'rl'), call('rl', 'b')]));
    expect(only.components[2]?.shedsLoad).toBe(true);
    const also = resolveBoard(board([client(), limiter, service('b')], [call('users', 'rl'), call('rl', 'b'), call('users', 'b')]));
    expect(also.components[2]?.shedsLoad).toBe(false);
  });

  it('replays a run from its seed', () => {
    const b = board([client(), service('a', { availability: 0.9, p50Ms: 3, p99Ms: 30 })], [call('users', 'a')]);
    const first = simulate(b, { seed: 5, requests: 2_000 });
    const again = simulate(b, { seed: 5, requests: 2_000 });
    const other = simulate(b, { seed: 6, requests: 2_000 });
    expect(again.latency.sorted).toEqual(first.latency.sorted);
    expect(again.successes).toBe(first.successes);
    expect(other.latency.sorted).not.toEqual(first.latency.sorted);
  });
});
