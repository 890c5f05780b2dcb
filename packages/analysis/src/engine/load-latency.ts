// Load and latency solved together. A call with a timeout and retries sends its callee one more attempt
// for every attempt that fails or answers late, so its load depends on its callee's latency; that
// latency depends on load through the queueing wait. The engine solves the two as a fixed point over the
// late shares of the retrying calls: start from failures only (no attempt late), compute the load, each
// tier's queue and the latency tree, read the late shares, and repeat. The map is monotone (more
// attempts, more load, longer waits, more late), so from below the rounds climb to the least fixed
// point: the steady state a system reaches from a quiet start. Each round takes over the latency work
// below every component whose queue did not move (`LatencyComposer`'s carry-over), so later rounds
// cost only what changed. Damped (the step halves whenever the change grows instead of shrinking) and
// capped (MAX_ROUNDS); a system that does not settle is reported as a retry storm.
import type { Histogram } from '../latency/distribution';
import { convolve, logNormal, logNormalMeanMs, pointMass, queueWait } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import { GRID_MAX_MS } from '../latency/grid';
import type { CarryOver } from '../latency/compose';
import { LatencyComposer } from '../latency/compose';
import type { CallId, ComponentId, Graph, ResolvedCall, ResolvedComponent, TrafficClass } from '../model/graph';
import type { WaitShape } from '../queueing/mmc';
import { waitShape } from '../queueing/mmc';
import type { ConsumerFeed } from '../traffic/consumers';
import { consumerFeeds } from '../traffic/consumers';
import type { AttemptsOf, ClassLoad } from '../traffic/load';
import { ONCE_EACH, attemptsWith, heldAttempts, propagateLoads } from '../traffic/load';
import type { FailureShares } from '../traffic/load';
import { subtreeFailures } from '../traffic/subtree-failure';
import { isServer, servingCopies, tierUtilisation } from '../traffic/utilisation';

/** Rounds before the engine gives up and reports that load and latency do not settle. */
export const MAX_ROUNDS = 30;
/** Settled when no retrying call's expected attempts move by more than this share in a round. */
export const SETTLED = 1e-5;
/**
 * A tier's latency is rebuilt when its wait moves by more than this share since it was last built;
 * below it the previous round's distribution stands (and so does all the work above it).
 */
export const WAIT_TOLERANCE = 1e-6;
/** The damping never shrinks the step below this share of the way to the new late shares. */
const MIN_STEP = 1 / 16;
/** A late share moving back by less than this is rounding, not an oscillation. */
const REVERSAL = 1e-12;
/** Below this chance of waiting the queue adds nothing measurable: the tier's latency is its service time. */
const NO_WAIT = 1e-9;

/** A component as it stands in one round: its load, ρ and the wait its latency was built with. */
export interface TierRound {
  readonly load: ClassLoad;
  readonly utilisation: number;
  /** Null for entry points and zones, which have no queue. */
  readonly shape: WaitShape | null;
  /** Service time ⊕ wait, built at `builtShape` (within WAIT_TOLERANCE of `shape`). */
  readonly own: Histogram;
  readonly builtShape: WaitShape | null;
}

/** How the retrying calls settled, for the explanations and the retry-storm finding. */
export interface RetrySolution {
  /** Latency trees built: 1 when no call retries on a timeout. */
  readonly rounds: number;
  readonly converged: boolean;
  /** The largest relative move of a retrying call's attempts in the last round (0 once settled). */
  readonly residual: number;
  /** The retrying call that moved most in the last round, when it did not settle. */
  readonly unsettled: CallId | null;
  /** Late share of one attempt (the larger of the classes it carries) of every call that retries on a timeout. */
  readonly late: ReadonlyMap<CallId, number>;
  /** P(the callee's subtree fails a request) of every call that retries (the larger of its classes). */
  readonly failure: ReadonlyMap<CallId, number>;
  /** Expected attempts each call makes, per class, at the solution. */
  readonly attempts: AttemptsOf;
  /** Peak load with every call made once: what the tiers would carry without any retry. */
  readonly withoutRetries: ReadonlyMap<ComponentId, ClassLoad>;
  /** ρ of each tier without any retry, from `withoutRetries`. */
  readonly utilisationWithoutRetries: ReadonlyMap<ComponentId, number>;
}

export interface LoadLatency {
  readonly peak: ReadonlyMap<ComponentId, ClassLoad>;
  /** Daily average load (entry rps / peak factor), for storage; with the same attempts as the peak. */
  readonly average: ReadonlyMap<ComponentId, ClassLoad>;
  readonly feeds: ReadonlyMap<ComponentId, ConsumerFeed[]>;
  readonly tiers: ReadonlyMap<ComponentId, TierRound>;
  readonly composer: LatencyComposer;
  readonly retries: RetrySolution;
}

const ENTRY_LOADS = [
  (component: ResolvedComponent) => component.entry?.rps ?? 0,
  (component: ResolvedComponent) => (component.entry ? component.entry.rps / component.entry.peakFactor : 0),
];

/** Whether the tier sheds load at ρ ≥ 1 (the board's `shedsLoad`, or the rate-limiter rule: model/resolve.ts). */
export function shedsLoad(component: ResolvedComponent): boolean {
  return component.shedsLoad;
}

function sameShape(a: WaitShape | null, b: WaitShape | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.unbounded || b.unbounded) return a.unbounded === b.unbounded;
  if (a.probability <= NO_WAIT && b.probability <= NO_WAIT) return true;
  const close = (x: number, y: number) => Math.abs(x - y) <= WAIT_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  return close(a.probability, b.probability) && close(a.conditionalMeanMs, b.conditionalMeanMs);
}

/** Builds each round's tiers, fitting every (p50, p99) pair once per analysis. */
class TierBuilder {
  private readonly fitted = new Map<string, Histogram>();
  private unboundedAtom: Histogram | null = null;

  constructor(private readonly grid: Grid) {}

  private service(p50: number, p99: number): Histogram {
    const key = `${p50}|${p99}`;
    let histogram = this.fitted.get(key);
    if (!histogram) {
      histogram = logNormal(this.grid, p50, p99);
      this.fitted.set(key, histogram);
    }
    return histogram;
  }

  /** A wait without bound: all of the tier's mass past the grid's last bin, which every composition keeps there. */
  private unbounded(): Histogram {
    this.unboundedAtom ??= pointMass(this.grid, GRID_MAX_MS * 2);
    return this.unboundedAtom;
  }

  tier(component: ResolvedComponent, load: ClassLoad, feeds: readonly ConsumerFeed[], previous: TierRound | undefined): TierRound {
    const server = isServer(component);
    const utilisation = tierUtilisation(component, load, feeds);
    const shape = server
      ? waitShape({
          utilisation,
          copies: servingCopies(component, feeds),
          capacityRps: component.capacityRps,
          meanServiceMs: logNormalMeanMs(component.p50Ms, component.p99Ms),
          arrivalRps: load.read + load.write,
          shedsLoad: shedsLoad(component),
        })
      : null;
    if (previous && sameShape(previous.builtShape, shape))
      return { load, utilisation, shape, own: previous.own, builtShape: previous.builtShape };
    return { load, utilisation, shape, own: this.own(component, server, shape), builtShape: shape };
  }

  private own(component: ResolvedComponent, server: boolean, shape: WaitShape | null): Histogram {
    if (shape?.unbounded) return this.unbounded();
    const service = this.service(server ? component.p50Ms : 0, server ? component.p99Ms : 0);
    if (!shape || shape.probability <= NO_WAIT) return service;
    return convolve(this.grid, service, queueWait(this.grid, shape.probability, shape.conditionalMeanMs));
  }
}

/** The calls whose load depends on latency: synchronous, with a timeout and at least one retry. */
function retryingCalls(graph: Graph): ResolvedCall[] {
  return graph.calls.filter((call) => call.mode === 'sync' && call.timeoutMs !== undefined && call.retries > 0);
}

const CLASSES: readonly TrafficClass[] = ['read', 'write'];

/**
 * Subtree failures of every call that retries (read at 2i, write at 2i + 1), read off at once: the
 * late shares they depend on move between rounds.
 */
function failureTable(
  graph: Graph,
  retriers: readonly ResolvedCall[],
  peak: ReadonlyMap<ComponentId, ClassLoad>,
  feeds: ReadonlyMap<ComponentId, ConsumerFeed[]>,
  late: (call: ResolvedCall, cls: TrafficClass) => number,
): Float64Array {
  const failures = subtreeFailures(graph, peak, feeds, late);
  const table = new Float64Array(2 * retriers.length);
  retriers.forEach((call, i) => {
    table[2 * i] = failures(call, 'read');
    table[2 * i + 1] = failures(call, 'write');
  });
  return table;
}

/**
 * Sets the late share of every retrying call into a tier the loads saturate (ρ ≥ 1, not shedding) to 1:
 * its wait is unbounded, so every attempt is late, which is what composing its latency would find. It is
 * the map's own value at these loads, so the rounds still climb from below. True when any share rose.
 */
function lateIntoSaturated(
  graph: Graph,
  retrying: readonly ResolvedCall[],
  late: Float64Array,
  peak: ReadonlyMap<ComponentId, ClassLoad>,
  feeds: ReadonlyMap<ComponentId, ConsumerFeed[]>,
): boolean {
  let raised = false;
  retrying.forEach((call, i) => {
    if ((late[2 * i] as number) >= 1 && (late[2 * i + 1] as number) >= 1) return;
    const callee = graph.byId.get(call.to);
    // A timeout past the grid's ceiling could still see an answer from the last bin: leave it to the rounds.
    if (!callee || !isServer(callee) || shedsLoad(callee) || (call.timeoutMs ?? Infinity) >= GRID_MAX_MS / 2) return;
    const load = peak.get(callee.id) ?? { read: 0, write: 0 };
    if (tierUtilisation(callee, load, feeds.get(callee.id) ?? []) < 1) return;
    const callerLoad = peak.get(call.from) ?? { read: 0, write: 0 };
    for (let k = 0; k < 2; k++) {
      const carried = k === 0 ? callerLoad.read : callerLoad.write;
      if (carried <= 0 || (late[2 * i + k] as number) >= 1) continue;
      late[2 * i + k] = 1;
      raised = true;
    }
  });
  return raised;
}

export function solveLoadLatency(graph: Graph, grid: Grid): LoadLatency {
  const builder = new TierBuilder(grid);
  const retrying = retryingCalls(graph);
  const slot = new Map<CallId, number>(retrying.map((call, i) => [call.id, 2 * i]));
  // Late shares per retrying call and class (read at 2i, write at 2i + 1): those the loads use, and the next.
  // Every call that retries, on a timeout or not: each re-sends what its subtree fails.
  const retriers = graph.calls.filter((call) => call.retries > 0);
  const failSlot = new Map<CallId, number>(retriers.map((call, i) => [call.id, 2 * i]));
  let used = new Float64Array(2 * retrying.length);
  let next = new Float64Array(2 * retrying.length);
  const lateOf = (shares: Float64Array) => (call: ResolvedCall, cls: TrafficClass) => {
    const at = slot.get(call.id);
    return at === undefined ? 0 : (shares[at + (cls === 'read' ? 0 : 1)] as number);
  };
  let tiers = new Map<ComponentId, TierRound>();
  let composer: LatencyComposer | undefined;
  let peak = new Map<ComponentId, ClassLoad>();
  let average = new Map<ComponentId, ClassLoad>();
  let feeds = new Map<ComponentId, ConsumerFeed[]>();
  // Subtree failures the round's attempts use: from the previous round's loads (none in the first).
  let failed = failureTable(graph, retriers, peak, feeds, lateOf(used));
  const failuresOf = (table: Float64Array): FailureShares => (call, cls) => {
    const at = failSlot.get(call.id);
    return at === undefined ? 0 : (table[at + (cls === 'read' ? 0 : 1)] as number);
  };
  let attempts: AttemptsOf = attemptsWith(graph);
  let rounds = 0;
  let residual = 0;
  let unsettled: CallId | null = null;
  let step = 1;
  // Direction each late share moved last round: a reversal is an oscillation, which the damping calms.
  const direction = new Int8Array(2 * retrying.length);
  for (;;) {
    rounds++;
    attempts = attemptsWith(graph, lateOf(used), failuresOf(failed));
    [peak = new Map(), average = new Map()] = propagateLoads(graph, ENTRY_LOADS, attempts);
    feeds = consumerFeeds(graph, peak, attempts);
    // Saturation cascades without composing anything: every attempt into a tier these loads saturate is
    // late, which may saturate the next tier; loads are cheap, latency trees are not.
    while (lateIntoSaturated(graph, retrying, used, peak, feeds)) {
      [peak = new Map(), average = new Map()] = propagateLoads(graph, ENTRY_LOADS, attempts);
      feeds = consumerFeeds(graph, peak, attempts);
    }
    const changed = new Set<ComponentId>();
    const nextTiers = new Map<ComponentId, TierRound>();
    for (const component of graph.components) {
      const before = tiers.get(component.id);
      const tier = builder.tier(component, peak.get(component.id) ?? { read: 0, write: 0 }, feeds.get(component.id) ?? [], before);
      if (before === undefined || tier.own !== before.own) changed.add(component.id);
      nextTiers.set(component.id, tier);
    }
    tiers = nextTiers;
    const own = (component: ResolvedComponent) => (nextTiers.get(component.id) as TierRound).own;
    const carry: CarryOver | undefined = composer && { composer, changed };
    composer = new LatencyComposer({ grid, graph, own }, carry);
    // How far each retrying call's attempts would move with the late shares this round's latency gives.
    residual = 0;
    unsettled = null;
    const targets = new Float64Array(next.length);
    retrying.forEach((call, i) => {
      const callerLoad = peak.get(call.from);
      for (let k = 0; k < 2; k++) {
        const cls = CLASSES[k] as TrafficClass;
        const at = 2 * i + k;
        const carried = callerLoad !== undefined && (cls === 'read' ? callerLoad.read : callerLoad.write) > 0;
        targets[at] = carried ? (composer as LatencyComposer).late(call, cls) : (used[at] as number);
      }
    });
    // The subtree failures at this round's loads and late shares, and how far every retrier's attempts move.
    const failedNext = failureTable(graph, retriers, peak, feeds, lateOf(targets));
    retriers.forEach((call, i) => {
      const callerLoad = peak.get(call.from);
      const lateAt = slot.get(call.id);
      for (let k = 0; k < 2; k++) {
        if (!callerLoad || (k === 0 ? callerLoad.read : callerLoad.write) <= 0) continue;
        const lateBefore = lateAt === undefined ? 0 : (used[lateAt + k] as number);
        const lateAfter = lateAt === undefined ? 0 : (targets[lateAt + k] as number);
        const before = heldAttempts(call.retries, failed[2 * i + k] as number, lateBefore);
        const after = heldAttempts(call.retries, failedNext[2 * i + k] as number, lateAfter);
        const move = Math.abs(after - before) / before;
        if (move > residual) {
          residual = move;
          unsettled = call.id;
        }
      }
    });
    next.set(targets);
    failed = failedNext;
    if (residual <= SETTLED || rounds >= MAX_ROUNDS) break;
    // Damped: the map is monotone, so from below the late shares only climb; a share that turns back
    // is rounding or a feedback the model does not settle, and halves the step towards the new shares.
    let reversed = false;
    for (let at = 0; at < next.length; at++) {
      const delta = (next[at] as number) - (used[at] as number);
      const sign = delta > REVERSAL ? 1 : delta < -REVERSAL ? -1 : 0;
      if (sign !== 0 && sign === -(direction[at] as number)) reversed = true;
      if (sign !== 0) direction[at] = sign;
    }
    if (reversed) step = Math.max(MIN_STEP, step / 2);
    for (let at = 0; at < next.length; at++) next[at] = (used[at] as number) + step * ((next[at] as number) - (used[at] as number));
    [used, next] = [next, used];
  }
  const converged = residual <= SETTLED;
  const [withoutRetries = new Map<ComponentId, ClassLoad>()] = propagateLoads(graph, ENTRY_LOADS.slice(0, 1), ONCE_EACH);
  const feedsWithout = consumerFeeds(graph, withoutRetries, ONCE_EACH);
  const utilisationWithoutRetries = new Map<ComponentId, number>();
  for (const component of graph.components) {
    const load = withoutRetries.get(component.id) ?? { read: 0, write: 0 };
    utilisationWithoutRetries.set(component.id, tierUtilisation(component, load, feedsWithout.get(component.id) ?? []));
  }
  const failure = new Map<CallId, number>();
  retriers.forEach((call, i) => failure.set(call.id, Math.max(failed[2 * i] as number, failed[2 * i + 1] as number)));
  const late = new Map<CallId, number>();
  retrying.forEach((call, i) => late.set(call.id, Math.max(used[2 * i] as number, used[2 * i + 1] as number)));
  return {
    peak,
    average,
    feeds,
    tiers,
    composer: composer as LatencyComposer,
    retries: {
      rounds,
      converged,
      residual: converged ? 0 : residual,
      unsettled: converged ? null : unsettled,
      late,
      failure,
      attempts,
      withoutRetries,
      utilisationWithoutRetries,
    },
  };
}
