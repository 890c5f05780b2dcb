// Follow mode as a pure state machine: whom this tab follows, and why. The hook feeds it the user's
// clicks, manual pan/zoom, the roster and presenters' summons; the rules live here so they are
// tested without a browser.
import type { LiveExtras } from '../presence/liveExtras';

export type FollowReason = 'chosen' | 'summoned';

export type FollowState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'following'; readonly clientId: number; readonly reason: FollowReason };

export type FollowEvent =
  /** The user clicked a participant in the roster. */
  | { readonly type: 'follow'; readonly clientId: number }
  /** The banner's Stop button. */
  | { readonly type: 'stop' }
  /** The user panned or zoomed by hand: that always wins over following. */
  | { readonly type: 'manual-move' }
  /** A presenter asked everyone to follow them. */
  | { readonly type: 'summoned'; readonly clientId: number }
  /** The roster changed: following someone who left ends. */
  | { readonly type: 'peers-changed'; readonly clientIds: ReadonlySet<number> };

export const IDLE: FollowState = { kind: 'idle' };

export function followReducer(state: FollowState, event: FollowEvent): FollowState {
  switch (event.type) {
    case 'follow':
      return { kind: 'following', clientId: event.clientId, reason: 'chosen' };
    case 'summoned':
      return { kind: 'following', clientId: event.clientId, reason: 'summoned' };
    case 'stop':
    case 'manual-move':
      return IDLE;
    case 'peers-changed':
      return state.kind === 'following' && !event.clientIds.has(state.clientId) ? IDLE : state;
    default:
      return assertNever(event);
  }
}

/**
 * A summon seen for the first time counts only if it is recent: someone joining a board an hour
 * after a presentation should not be yanked to the presenter. The window is wide because the stamp
 * comes from the presenter's clock, not ours.
 */
export const SUMMON_FRESH_MS = 30_000;

export interface SummonCheck {
  /** The summon stamp last seen per client, to tell a new press from the same one seen again. */
  readonly seen: ReadonlyMap<number, number>;
  /** The client whose new summon should be followed, or null. The latest stamp wins. */
  readonly summoner: number | null;
}

export function checkSummons(
  seen: ReadonlyMap<number, number>,
  extras: ReadonlyMap<number, LiveExtras>,
  now: number,
): SummonCheck {
  const next = new Map<number, number>();
  let summoner: number | null = null;
  let latest = -Infinity;
  for (const [clientId, { summon }] of extras) {
    if (summon === null) continue;
    next.set(clientId, summon.at);
    const previous = seen.get(clientId);
    const isNew = previous === undefined ? Math.abs(now - summon.at) <= SUMMON_FRESH_MS : previous !== summon.at;
    if (isNew && summon.at > latest) {
      latest = summon.at;
      summoner = clientId;
    }
  }
  return { seen: next, summoner };
}

function assertNever(value: never): never {
  throw new Error(`unexpected follow event: ${JSON.stringify(value)}`);
}
