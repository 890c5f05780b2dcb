// Availability of one component: at least k of its n instances must be up, k following from load, and
// fewer than k leave the survivors saturated (no partial credit). component-up.ts explains it.

/** P(at least k of n independent instances are up), each up with probability a. */
export function atLeastKofN(a: number, n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let total = 0;
  let binomial = 1; // C(n, i), built incrementally from i = 0
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += binomial * Math.pow(a, i) * Math.pow(1 - a, n - i);
    binomial = (binomial * (n - i)) / (i + 1);
  }
  return Math.min(1, Math.max(0, total));
}

/**
 * What a component must carry: a load in the units of `capacityRps`, shared by whichever copies are up,
 * and, for a store with read replicas, its writes, which only primaries take (a promoted replica among
 * them), each up to `writeCapacityRps`. `sheds`: past capacity it serves what it can and rejects the rest.
 */
export interface Demand {
  readonly loadRps: number;
  readonly capacityRps: number;
  readonly writeRps: number;
  readonly writeCapacityRps: number;
  /** Copies that can take writes at once (the configured primaries). */
  readonly primaries: number;
  readonly sheds: boolean;
}

/**
 * What u surviving copies serve: everything while both their capacity and their primaries' write
 * capacity exceed what they must carry (ρ < 1); else they are saturated and serve nothing, or, when
 * shedding, the share their tighter capacity allows.
 */
function survivorsServe(u: number, demand: Demand, sheds = demand.sheds): number {
  const capacity = u * demand.capacityRps;
  const writeCapacity = Math.min(u, demand.primaries) * demand.writeCapacityRps;
  const fits = capacity > demand.loadRps && (demand.writeRps <= 0 || writeCapacity > demand.writeRps);
  if (fits) return 1;
  if (!sheds) return 0;
  const byLoad = demand.loadRps > 0 ? capacity / demand.loadRps : 1;
  const byWrites = demand.writeRps > 0 ? writeCapacity / demand.writeRps : 1;
  return Math.min(1, byLoad, byWrites);
}

/**
 * P(up) of a component as the share of its requests that succeed when its copies fail independently:
 * E[served(min(U, serving))] with U ~ Binomial(n, a) copies up, at most `serving` of them serving
 * (fewer than n when the extra copies are replicationFactor's). No partial credit: survivors whose
 * capacity does not exceed the load (ρ ≥ 1) are saturated, their queue grows without bound and every
 * request times out, unless the component sheds load, when u × capacity / load succeed.
 * - Light load (one copy suffices): 1 − (1 − a)^n, the playbook's parallel formula.
 * - The load needs k copies: P(at least k of n up) (the k-of-n rule).
 * - Saturated with every copy up: 0, or 1/ρ when shedding.
 * It rises with every extra copy and falls with every extra request.
 */
export function servedShare(a: number, n: number, demand: Demand, quorum = 1, serving = n): number {
  if (!(demand.capacityRps > 0)) return 0;
  if (!(demand.loadRps > 0) && !(demand.writeRps > 0)) return atLeastKofN(a, n, quorum);
  let total = 0;
  let binomial = 1;
  for (let u = 0; u <= n; u++) {
    // Below its quorum a consensus group serves nothing, however much capacity the survivors have.
    if (u >= quorum) total += binomial * Math.pow(a, u) * Math.pow(1 - a, n - u) * survivorsServe(Math.min(u, serving), demand);
    binomial = (binomial * (n - u)) / (u + 1);
  }
  return Math.min(1, Math.max(0, total));
}

/** The fewest copies u that serve the whole demand (ρ < 1 on both counts); Infinity when none can. */
export function copiesNeeded(demand: Demand, serving: number): number {
  for (let u = 1; u <= serving; u++) if (survivorsServe(u, demand, false) === 1) return u;
  return Infinity;
}

/** A consensus group needs a majority of its configured instances: ⌊n / 2⌋ + 1. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}
