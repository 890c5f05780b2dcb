// A call's chips, one pure function for the board (apps/web CallEdge) and the exports: the split share in
// the engine's weights (unset shares take what the set ones leave), standby and no-failover branches, the
// call's own labels after it, and the network tier only across zones.
import type { BoardFileCall } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { branchShares, chipLabels, tierLabel } from '../src/scene/callLabels';

const call = (id: string, extra: Partial<BoardFileCall> = {}): BoardFileCall => ({ id, from: 'lb', to: id, ...extra }) as BoardFileCall;

describe('chipLabels', () => {
  it('puts a branch share first, in the engine weights, then the call labels', () => {
    const calls = [
      call('a', { alternative: 'primary', share: 0.7, retries: 2 }),
      call('b', { alternative: 'primary', failover: false }),
      call('c', { alternative: 'standby', share: 0 }),
      call('d', { alternative: 'standby', share: 1 }),
      call('plain', { callsPerRequest: 3, traffic: 'read', label: 'lookup' }),
    ];
    const shares = branchShares(calls);
    const chips = calls.map((each) => chipLabels(each, shares.get(each.id)));
    expect(chips).toEqual([['split 70 %', '↻2'], ['split 30 %', 'no failover'], ['standby'], ['split 100 %'], ['×3', 'reads', 'lookup']]);
  });

  it('names a network tier only when the call leaves its zone', () => {
    expect([tierLabel('same-host'), tierLabel('same-zone'), tierLabel('cross-zone'), tierLabel('cross-region')]).toEqual([
      null,
      null,
      'cross-zone +1 ms',
      'cross-region +35 ms',
    ]);
  });
});
