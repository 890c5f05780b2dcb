// Availability of one component: at least k of its n instances must be up, k following from load, and
// fewer than k leave the survivors saturated (no partial credit). component-up.ts explains it.

/** P(at least k of n independent instances are up), each up with probability a. */
export function atLeastKofN(a: number, n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let total = 0;
  forEachBinomialTerm(n, a, (i, p) => {
    if (i >= k) total += p;
  });
  return Math.min(1, Math.max(0, total));
}

let termsVisited = 0;

/** Binomial terms computed since the module loaded (the scan around the mode counts twice): what a test bounds the k-of-n work by. */
export function binomialTermsVisited(): number {
  return termsVisited;
}

/** Up to this many instances every term of the binomial is summed, in the order it always was. */
const EXACT_TERMS_UP_TO = 64;
/** Past it, terms below this share of the largest one are left out (they are below a sum's rounding). */
const NEGLIGIBLE_TERM = 1e-18;

/**
 * Calls `visit(u, P(U = u))` for U ~ Binomial(n, a). Up to 64 instances for every u, with C(n, u)
 * built incrementally; past that only around the mode, each term from its neighbour's ratio
 * ((n − u) / (u + 1) × a / (1 − a)) and the kept terms renormalised, so a tier of 8,000 instances costs
 * a few hundred terms instead of 8,000 (and C(n, u) never overflows: it exceeds a double past n ≈ 1,030).
 */
export function forEachBinomialTerm(n: number, a: number, visit: (u: number, p: number) => void): void {
  if (n > EXACT_TERMS_UP_TO && !(a > 0 && a < 1)) {
    termsVisited += 1;
    visit(a >= 1 ? n : 0, 1);
    return;
  }
  if (n <= EXACT_TERMS_UP_TO) {
    termsVisited += n + 1;
    let binomial = 1; // C(n, u), built incrementally from u = 0
    for (let u = 0; u <= n; u++) {
      visit(u, binomial * Math.pow(a, u) * Math.pow(1 - a, n - u));
      binomial = (binomial * (n - u)) / (u + 1);
    }
    return;
  }
  const odds = a / (1 - a);
  const mode = Math.min(n, Math.max(0, Math.floor((n + 1) * a)));
  // Relative weights around the mode (1 there), out to where they become negligible.
  let low = mode;
  let high = mode;
  let sum = 1;
  for (let w = 1; high < n; ) {
    w *= ((n - high) / (high + 1)) * odds;
    if (w < NEGLIGIBLE_TERM) break;
    high += 1;
    sum += w;
  }
  for (let w = 1; low > 0; ) {
    w *= low / ((n - low + 1) * odds);
    if (w < NEGLIGIBLE_TERM) break;
    low -= 1;
    sum += w;
  }
  termsVisited += 2 * (high - low + 1);
  // From the lowest kept term up, in increasing u.
  let w = 1;
  for (let u = mode; u > low; u--) w *= u / ((n - u + 1) * odds);
  for (let u = low; u <= high; u++) {
    visit(u, w / sum);
    w *= ((n - u) / (u + 1)) * odds;
  }
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
  forEachBinomialTerm(n, a, (u, p) => {
    // Below its quorum a consensus group serves nothing, however much capacity the survivors have.
    if (u >= quorum) total += p * survivorsServe(Math.min(u, serving), demand);
  });
  return Math.min(1, Math.max(0, total));
}

/** One value the served share takes over the copies' states, with its probability. */
export interface ServedOutcome {
  /** Share of its arrivals the component serves in these states (each arrival admitted independently). */
  readonly served: number;
  /** Whether a copy is up (a health check passes), even when it serves nothing. */
  readonly healthy: boolean;
  readonly p: number;
}

/**
 * The distribution of servedShare's summand: per distinct (served, healthy), the probability of the
 * copies' states that give it. A shedding tier admits each arrival with the served share of the state the
 * request meets, so a request arriving m times needs E[served^m], not E[served]^m (shedding-arrivals.ts).
 */
export function servedDistribution(a: number, n: number, demand: Demand, quorum = 1, serving = n): ServedOutcome[] {
  const outcomes = new Map<string, { served: number; healthy: boolean; p: number }>();
  const fits = (u: number) => (!(demand.capacityRps > 0) ? 0 : u >= quorum ? survivorsServe(Math.min(u, serving), demand) : 0);
  forEachBinomialTerm(n, a, (u, p) => {
    if (!(p > 0)) return;
    const served = fits(u);
    const healthy = u > 0;
    const key = `${served}:${healthy}`;
    const known = outcomes.get(key);
    if (known) known.p += p;
    else outcomes.set(key, { served, healthy, p });
  });
  return [...outcomes.values()];
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
