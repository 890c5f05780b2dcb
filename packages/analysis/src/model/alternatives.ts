// Alternatives: calls from one caller that name the same `alternative` group are the branches of one
// choice, and each request takes exactly one of them (a load balancer across zones, a canary split).
// This module holds the routing rule that load, latency and availability all follow, so the three can
// never disagree about where a request goes.
import type { ResolvedCall, ResolvedComponent, TrafficClass } from './graph';

export type { AlternativeBranch } from './graph';

/** A group of more branches than this is refused (the exact availability enumerates 2^branches health states). */
export const MAX_BRANCHES = 8;

/**
 * The board's shares as weights: shares need not sum to 1 and are normalised; unset shares split
 * equally what the set ones leave of 1 (nothing when they reach 1); if every weight is 0, equal weights.
 */
export function normaliseWeights(shares: ReadonlyArray<number | undefined>): number[] {
  const set = shares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  const unset = shares.filter((share) => share === undefined).length;
  const each = unset > 0 ? Math.max(0, 1 - set) / unset : 0;
  const raw = shares.map((share) => share ?? each);
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return total > 0 ? raw.map((weight) => weight / total) : raw.map(() => 1 / Math.max(1, raw.length));
}

/**
 * Where requests go when some targets are down: a branch whose target is up keeps its weight; a down
 * branch's weight moves to the surviving branches in proportion to their weights (equally when they
 * all weigh 0) if it fails over, and is lost otherwise, or when no branch survives. Returns each
 * branch's share (0 for a down branch); 1 − their sum is the share of requests that fail.
 */
export function routeShares(
  weights: ArrayLike<number>,
  failover: ArrayLike<boolean>,
  up: (branch: number) => boolean,
): number[] {
  const k = weights.length;
  let survivors = 0;
  let survivingWeight = 0;
  for (let j = 0; j < k; j++) {
    if (!up(j)) continue;
    survivors += 1;
    survivingWeight += weights[j] as number;
  }
  let moving = 0;
  for (let j = 0; j < k; j++) if (!up(j) && failover[j] === true) moving += weights[j] as number;
  const shares: number[] = [];
  for (let j = 0; j < k; j++) {
    if (!up(j) || survivors === 0) {
      shares.push(0);
      continue;
    }
    const w = weights[j] as number;
    shares.push(w + (survivingWeight > 0 ? (moving * w) / survivingWeight : moving / survivors));
  }
  return shares;
}

/** Whether a call carries a traffic class. */
export function carriesClass(call: ResolvedCall, cls: TrafficClass): boolean {
  return call.traffic === 'all' || call.traffic === cls;
}

/**
 * Share of the caller's requests of one class that make the call (misses only, for a cache's reads),
 * before any choice among alternatives: the whole group's share for a branch.
 */
export function requestShare(caller: ResolvedComponent | undefined, call: ResolvedCall, cls: TrafficClass): number {
  if (!carriesClass(call, cls)) return 0;
  const miss = caller?.isCache === true && cls === 'read' ? 1 - (caller.hitRatio ?? 0) : 1;
  return call.fraction * miss;
}

/** The share of a class's requests that take this call: 1 for a plain call, the routed share for a branch. */
export function routedShare(call: ResolvedCall, cls: TrafficClass): number {
  const branch = call.branch;
  return branch === undefined ? 1 : cls === 'read' ? branch.routed.read : branch.routed.write;
}

/**
 * The weights of the branches that carry a class (pass only those), renormalised among them: a read
 * chooses among the branches that carry reads. Equal when they all weigh 0.
 */
export function classWeights(carrying: readonly ResolvedCall[]): number[] {
  let total = 0;
  for (const call of carrying) total += call.branch?.weight ?? 0;
  return carrying.map((call) => (total > 0 ? (call.branch?.weight ?? 0) / total : 1 / carrying.length));
}
