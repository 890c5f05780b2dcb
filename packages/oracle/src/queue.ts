// What load does to one component (analysis-model.md, "Traffic and capacity"): one ρ = load /
// (instances × capacity), counting the instances the what-if leaves; an M/M/c queue whose servers follow from Little's law, c = instances ×
// capacity × mean service time, not rounded (Erlang C interpolated between the neighbouring whole
// numbers); at ρ ≥ 1 the tier is saturated; k of n instances are needed to carry the load.
import type { OracleComponent } from './model';

/**
 * A tier that sheds load admits about what it can serve, so its queue stays short; how short depends on
 * its queue limit, which a board does not give. Its admitted requests wait as in the M/M/c at this ρ
 * (the same assumption the engine states for its figure).
 */
export const SHED_UTILISATION = 0.95;

/** z of the 99th percentile of a standard normal. */
const Z99 = 2.3263478740408408;

export interface Conditions {
  /** Requests per second reaching the component (every attempt). */
  readonly loadRps: number;
  readonly utilisation: number;
  readonly saturated: boolean;
  /** Instances the load needs: ceil(load / capacity), at least 1. */
  readonly needed: number;
  /** M/M/c servers; 0 for an entry point. */
  readonly servers: number;
  /** P(a request waits) and the mean of the exponential wait when it does. */
  readonly waitProbability: number;
  readonly waitMeanMs: number;
  /** Log-normal service time: exp(mu + sigma × Z) ms. */
  readonly mu: number;
  readonly sigma: number;
  /** The median itself, for a service time without spread (exp(ln x) is not always x). */
  readonly medianMs: number;
  readonly meanServiceMs: number;
}

/** ln(n!) by Stirling's series (n ≥ 1; error below 1e-10 from n = 10 on, where it is used). */
function logFactorial(n: number): number {
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n * n * n);
}

/** Above this many servers the recurrence (one step per server) first checks whether C can matter at all. */
const MANY_SERVERS = 500;

/** Erlang C for a whole number of servers, through the Erlang B recurrence. */
export function erlangCWhole(servers: number, utilisation: number): number {
  if (utilisation <= 0) return 0;
  if (utilisation >= 1) return 1;
  const offered = servers * utilisation;
  // Erlang B ≤ P(Poisson(a) = c) / P(Poisson(a) ≤ c) ≤ 2 P(Poisson(a) = c) for c ≥ a, and C ≤ B / (1 − ρ):
  // when that bound is below 1e-15 the wait cannot show in any sample count, and the recurrence over
  // millions of servers (a tier drawn with a huge capacity) is skipped.
  if (servers > MANY_SERVERS) {
    const logPoisson = servers * Math.log(offered) - offered - logFactorial(servers);
    if (logPoisson + Math.log(2) - Math.log(1 - utilisation) < Math.log(1e-15)) return 0;
  }
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offered * b) / (k + offered * b);
  return b / (1 - utilisation * (1 - b));
}

/**
 * Erlang C at the same utilisation for a server count that need not be whole: linear between the
 * neighbouring whole counts. Fewer than one server is taken as one (one server working at the
 * capacity given: the wait of an M/M/1 at that ρ).
 */
export function erlangC(servers: number, utilisation: number): number {
  const c = Math.max(1, servers);
  const low = Math.floor(c);
  const high = Math.ceil(c);
  if (low === high) return erlangCWhole(low, utilisation);
  const t = c - low;
  return (1 - t) * erlangCWhole(low, utilisation) + t * erlangCWhole(high, utilisation);
}

export function logNormalOf(p50Ms: number, p99Ms: number): { mu: number; sigma: number; meanMs: number } {
  if (!(p50Ms > 0)) return { mu: -Infinity, sigma: 0, meanMs: 0 };
  const sigma = Math.log(Math.max(p50Ms, p99Ms) / p50Ms) / Z99;
  return { mu: Math.log(p50Ms), sigma, meanMs: p50Ms * Math.exp((sigma * sigma) / 2) };
}

export function conditionsAt(component: OracleComponent, loadRps: number): Conditions {
  const service = logNormalOf(component.p50Ms, component.p99Ms);
  // The survivors of the what-if carry the load; a component down there keeps its drawn figures (its
  // visits fail anyway, and their time is taken as if it answered).
  const instances = component.servingInstances > 0 ? component.servingInstances : component.instanceZones.length;
  if (component.entry) {
    return { loadRps, utilisation: 0, saturated: false, needed: 0, servers: 0, waitProbability: 0, waitMeanMs: 0, mu: -Infinity, sigma: 0, medianMs: 0, meanServiceMs: 0 };
  }
  const capacity = instances * component.capacityRps;
  const utilisation = capacity > 0 ? loadRps / capacity : Infinity;
  const saturated = utilisation >= 1;
  const needed = Math.max(1, Math.ceil(loadRps / component.capacityRps - 1e-9));
  const servers = instances * component.capacityRps * (service.meanMs / 1000);
  // Saturated without shedding, the queue grows without bound: the walker makes such visits never answer.
  const queueing = saturated ? (component.shedsLoad ? SHED_UTILISATION : 1) : utilisation;
  const waitProbability = erlangC(servers, queueing);
  // Conditional on waiting, an M/M/c wait is exponential with mean S / (c (1 − ρ)): with c = capacity ×
  // S that is 1 / (capacity × (1 − ρ)), whatever the server count (one server below one, too).
  const waitMeanMs = queueing >= 1 ? Infinity : 1000 / (capacity * (1 - queueing));
  return {
    loadRps,
    utilisation,
    saturated,
    needed,
    servers,
    waitProbability,
    waitMeanMs,
    mu: service.mu,
    sigma: service.sigma,
    medianMs: component.p50Ms,
    meanServiceMs: service.meanMs,
  };
}
