import { describe, expect, it } from 'vitest';
import type { LiveExtras } from '../presence/liveExtras';
import { IDLE, SUMMON_FRESH_MS, checkSummons, followReducer } from './followState';
import type { FollowState } from './followState';

const following = (clientId: number, reason: 'chosen' | 'summoned' = 'chosen'): FollowState => ({ kind: 'following', clientId, reason });

describe('followReducer', () => {
  it('follows the clicked participant, switching from anyone else', () => {
    expect(followReducer(IDLE, { type: 'follow', clientId: 7 })).toEqual(following(7));
    expect(followReducer(following(7), { type: 'follow', clientId: 9 })).toEqual(following(9));
  });

  it('stops on the Stop button and on any manual pan or zoom, also when summoned', () => {
    expect(followReducer(following(7), { type: 'stop' })).toEqual(IDLE);
    expect(followReducer(following(7), { type: 'manual-move' })).toEqual(IDLE);
    expect(followReducer(following(7, 'summoned'), { type: 'manual-move' })).toEqual(IDLE);
    expect(followReducer(IDLE, { type: 'manual-move' })).toEqual(IDLE);
  });

  it('follows a presenter who summons', () => {
    expect(followReducer(IDLE, { type: 'summoned', clientId: 3 })).toEqual(following(3, 'summoned'));
    expect(followReducer(following(7), { type: 'summoned', clientId: 3 })).toEqual(following(3, 'summoned'));
  });

  it('ends when the followed participant leaves, not when someone else does', () => {
    const state = following(7);
    expect(followReducer(state, { type: 'peers-changed', clientIds: new Set([7, 8]) })).toBe(state);
    expect(followReducer(state, { type: 'peers-changed', clientIds: new Set([8]) })).toEqual(IDLE);
    expect(followReducer(IDLE, { type: 'peers-changed', clientIds: new Set() })).toBe(IDLE);
  });
});

const summoning = (at: number | null): LiveExtras => ({ summon: at === null ? null : { at }, laser: null });

describe('checkSummons', () => {
  const now = 1_000_000;

  it('follows a fresh summon the first time it is seen, once', () => {
    const first = checkSummons(new Map(), new Map([[5, summoning(now - 100)]]), now);
    expect(first.summoner).toBe(5);
    const again = checkSummons(first.seen, new Map([[5, summoning(now - 100)]]), now + 500);
    expect(again.summoner).toBeNull();
  });

  it('ignores a stale summon found on arrival, but follows the next press', () => {
    const arrival = checkSummons(new Map(), new Map([[5, summoning(now - SUMMON_FRESH_MS - 1)]]), now);
    expect(arrival.summoner).toBeNull();
    // A new press is a new stamp; however skewed the presenter's clock, it counts.
    const press = checkSummons(arrival.seen, new Map([[5, summoning(now - SUMMON_FRESH_MS + 5)]]), now + 10);
    expect(press.summoner).toBe(5);
  });

  it('picks the latest of simultaneous summons and forgets clients without one', () => {
    const check = checkSummons(new Map([[9, 1]]), new Map([[5, summoning(now - 10)], [6, summoning(now - 5)], [9, summoning(null)]]), now);
    expect(check.summoner).toBe(6);
    expect([...check.seen.keys()].sort()).toEqual([5, 6]);
  });
});
