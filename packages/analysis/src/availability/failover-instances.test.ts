// Why "an extra instance never lowers availability" holds only for boards without failover groups
// (issue 14): routing follows a health check, which a saturated target passes while one instance is up,
// so an extra instance keeps a share on a target that cannot serve it, where with fewer the target
// would have been down and the share moved to a branch that serves it. This is the model (health-check
// routing, analysis-model.md "Routing"), not an engine error: the engine equals the brute force on such
// boards (exact.property.test.ts); this test pins the hand computation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();

/** users → lb → busy (n instances at 0.9, 100 req/s each, 500 req/s sent: saturated) | spare, active-active 50/50 failing over. */
function board(instances: number) {
  return makeBoard(
    [
      client('users', { rps: 1_000 }),
      service('lb', { availability: 1 }),
      service('busy', { availability: 0.9, capacityRps: 100 }, { instances }),
      service('spare', { availability: 1, capacityRps: 1e9 }),
    ],
    [sync('users', 'lb'), sync('lb', 'busy', { alternative: 'g', share: 0.5 }), sync('lb', 'spare', { alternative: 'g', share: 0.5 })],
  );
}

describe('an extra instance behind a failover group', () => {
  it('lowers availability when the target stays saturated: 0.5 + 0.5 × 0.1ⁿ, 55 % with one instance, 50.5 % with two', () => {
    // busy takes 500 req/s on n × 100: saturated for n < 5, so a request routed there fails unless every
    // instance is down (the health check fails and the share moves to spare, which serves it): 0.1ⁿ.
    // spare's half always succeeds. n = 1: 0.5 + 0.05 = 0.55; n = 2: 0.5 + 0.005 = 0.505.
    const one = analyze(board(1), engine).flows[0]?.availability;
    const two = analyze(board(2), engine).flows[0]?.availability;
    expect(one?.percent.value).toBeCloseTo(55, 9);
    expect(two?.percent.value).toBeCloseTo(50.5, 9);
    expect(one?.method).toBe('exact');
  });
});
