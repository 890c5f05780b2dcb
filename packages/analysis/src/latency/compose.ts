// Composing a request's latency along the call tree. Each component's distribution (service time
// plus queueing wait) is built once and the subtree below each component is memoised per traffic
// class, so a board costs one convolution per call, not one per path.
import type { Graph, ResolvedCall, ResolvedComponent } from '../model/graph';
import type { ComponentId, TrafficClass } from '../model/graph';
import { carries } from '../traffic/load';
import { routedShare } from '../model/alternatives';
import type { Histogram } from './distribution';
import { convolve, emptyHistogram, lateAt, maxOf, maxOfCopies, mixture, percentile } from './distribution';
import { pointMass, splitAt, timeoutOnce } from './distribution';
import type { Grid } from './grid';

export interface LatencyInputs {
  readonly grid: Grid;
  readonly graph: Graph;
  /** Service time plus queueing wait of one visit to the component. */
  readonly own: (component: ResolvedComponent) => Histogram;
}

/** Memo keys: a subtree whose calls treat reads and writes alike is computed once for both. */
type MemoKey = TrafficClass | 'both';

/**
 * The composer of the previous round of the load ↔ latency fixed point and the components whose own
 * distribution changed since: everything not above a changed component is taken over as it is.
 */
export interface CarryOver {
  readonly composer: LatencyComposer;
  readonly changed: ReadonlySet<ComponentId>;
}

/** One step of a component's work: a single call, or a parallel group the request waits on as a whole. */
export interface Step {
  readonly calls: readonly ResolvedCall[];
  readonly histogram: Histogram;
}

/** Calls by id, built once per graph (graphs are never mutated). */
const callIndex = new WeakMap<Graph, ReadonlyMap<string, ResolvedCall>>();

function callsById(graph: Graph): ReadonlyMap<string, ResolvedCall> {
  let known = callIndex.get(graph);
  if (!known) {
    known = new Map(graph.calls.map((call) => [call.id as string, call]));
    callIndex.set(graph, known);
  }
  return known;
}

/**
 * Whether the caller waits on the call: a synchronous call, or an asynchronous one into a broker,
 * whose acknowledgement (the broker's own time, not its consumers') the producer waits for.
 */
export function onPath(call: ResolvedCall): boolean {
  return call.mode === 'sync' || call.waitsForAck;
}

/** All of the mass in the grid's last bin (past ~100 s): the own time of a saturated tier that does not shed load. */
function isUnbounded(histogram: Histogram): boolean {
  return (histogram[histogram.length - 1] as number) >= 1 - 1e-12;
}

/** Copies the entries of a per-class memo whose key passes `keep`. */
function copyKeyed<T>(from: Map<MemoKey, Map<string, T>>, into: Map<MemoKey, Map<string, T>>, keep: (key: string) => boolean): void {
  for (const [cls, map] of from) {
    const copy = new Map<string, T>();
    for (const [key, value] of map) if (keep(key)) copy.set(key, value);
    into.set(cls, copy);
  }
}

export class LatencyComposer {
  private readonly subtrees = new Map<MemoKey, Map<string, Histogram>>();
  private readonly calls = new Map<MemoKey, Map<string, Histogram>>();
  private readonly sensitive = new Map<ComponentId, boolean>();
  private readonly latencySensitive = new Map<ComponentId, boolean>();
  private readonly lags = new Map<ComponentId, Histogram>();
  private readonly stepMemo = new Map<MemoKey, Map<string, Step[]>>();
  // By memo key, then call id (a key string built per lookup cost a concatenation and its hash each time).
  private readonly inTimes = new Map<MemoKey, Map<string, number>>();
  private readonly lates = new Map<MemoKey, Map<string, number>>();
  private readonly attempts = new Map<MemoKey, Map<string, Histogram>>();
  /** A callee's subtree after each network round trip it was reached over. */
  private readonly shifted = new Map<Histogram, Map<number, Histogram>>();
  /** Point masses by value: a board has few distinct network round trips and timeouts. Never mutated. */
  private readonly points = new Map<number, Histogram>();
  private p99s = new WeakMap<Histogram, number>();
  private readonly zero: Histogram;

  constructor(
    private readonly inputs: LatencyInputs,
    carry?: CarryOver,
  ) {
    this.zero = this.point(0);
    if (carry) this.takeOver(carry);
  }

  /**
   * Takes over the previous round's work below unchanged components. A subtree (its steps, the calls
   * into it, their attempts and late shares) depends only on the own distributions at and below it, so
   * it stays valid unless a component it reaches synchronously changed; a freshness lag reaches through
   * asynchronous calls too. Histograms are never mutated, so sharing them is safe.
   */
  private takeOver({ composer: previous, changed }: CarryOver): void {
    const { graph } = this.inputs;
    const staleSync = new Set<ComponentId>();
    const staleAny = new Set<ComponentId>();
    const pending = [...changed];
    for (const id of changed) {
      staleSync.add(id);
      staleAny.add(id);
    }
    // Upwards over incoming calls: a caller is stale when any callee it reaches is.
    while (pending.length > 0) {
      const id = pending.pop() as ComponentId;
      const viaSync = staleSync.has(id);
      for (const call of graph.incoming.get(id) ?? []) {
        // A caller waiting for an acknowledgement waits on the broker's own time only, but marking it
        // stale from anything below the broker only recomputes more than needed.
        const sync = viaSync && onPath(call) && !staleSync.has(call.from);
        if (sync) staleSync.add(call.from);
        if (!staleAny.has(call.from)) staleAny.add(call.from);
        else if (!sync) continue;
        pending.push(call.from);
      }
    }
    const fresh = (id: string) => !staleSync.has(id as ComponentId);
    const calls = callsById(graph);
    const freshCall = (callId: string) => {
      const call = calls.get(callId);
      return call !== undefined && fresh(call.to);
    };
    copyKeyed(previous.subtrees, this.subtrees, fresh);
    copyKeyed(previous.stepMemo, this.stepMemo, fresh);
    copyKeyed(previous.calls, this.calls, freshCall);
    copyKeyed(previous.attempts, this.attempts, freshCall);
    copyKeyed(previous.inTimes, this.inTimes, freshCall);
    copyKeyed(previous.lates, this.lates, freshCall);
    for (const [id, lag] of previous.lags) if (!staleAny.has(id)) this.lags.set(id, lag);
    for (const [id, value] of previous.sensitive) this.sensitive.set(id, value);
    for (const [id, value] of previous.latencySensitive) this.latencySensitive.set(id, value);
    for (const [callee, byNetwork] of previous.shifted) this.shifted.set(callee, byNetwork);
    for (const [value, histogram] of previous.points) this.points.set(value, histogram);
    this.p99s = previous.p99s;
  }

  private point(valueMs: number): Histogram {
    let histogram = this.points.get(valueMs);
    if (!histogram) {
      histogram = pointMass(this.inputs.grid, valueMs);
      this.points.set(valueMs, histogram);
    }
    return histogram;
  }

  /** Whether reads and writes can take different paths below this component. */
  classSensitive(id: ComponentId): boolean {
    const known = this.sensitive.get(id);
    if (known !== undefined) return known;
    const component = this.inputs.graph.byId.get(id);
    const out = this.inputs.graph.outgoing.get(id) ?? [];
    const result =
      (component?.isCache === true && out.length > 0) ||
      out.some((call) => call.traffic !== 'all' || this.classSensitive(call.to));
    this.sensitive.set(id, result);
    return result;
  }

  /**
   * Whether reads and writes can take different latencies below this component: `classSensitive`
   * over synchronous calls only, since asynchronous ones never enter a subtree (they do count for
   * availability, which keeps `classSensitive`). When this is false both classes run the very same
   * operations, so one memoised subtree serves both and the result is the same bit for bit.
   */
  private latencyClassSensitive(id: ComponentId): boolean {
    const known = this.latencySensitive.get(id);
    if (known !== undefined) return known;
    const component = this.inputs.graph.byId.get(id);
    let result = false;
    for (const call of this.inputs.graph.outgoing.get(id) ?? []) {
      if (!onPath(call)) continue;
      if (component?.isCache === true || call.traffic !== 'all' || (call.mode === 'sync' && this.latencyClassSensitive(call.to))) {
        result = true;
        break;
      }
    }
    this.latencySensitive.set(id, result);
    return result;
  }

  private memo<T>(store: Map<MemoKey, Map<string, T>>, key: MemoKey): Map<string, T> {
    let map = store.get(key);
    if (!map) {
      map = new Map();
      store.set(key, map);
    }
    return map;
  }

  private keyFor(id: ComponentId, cls: TrafficClass): MemoKey {
    return this.latencyClassSensitive(id) ? cls : 'both';
  }

  /** Latency of a request arriving at the component, its synchronous calls included. */
  subtree(id: ComponentId, cls: TrafficClass): Histogram {
    const memo = this.memo(this.subtrees, this.keyFor(id, cls));
    const known = memo.get(id);
    if (known) return known;
    const component = this.inputs.graph.byId.get(id);
    if (!component) return this.zero;
    let total = component.entry ? this.zero : this.inputs.own(component);
    // A saturated tier's own time is unbounded (all its mass in the grid's last bin), and adding anything
    // to it leaves it there: its calls need not be composed.
    if (isUnbounded(total)) {
      memo.set(id, total);
      return total;
    }
    const miss = this.missOnVisit(component, cls);
    if (miss > 0 && miss < 1) total = convolve(this.inputs.grid, total, mixture(this.callsOnMiss(id, cls), miss, this.zero));
    else for (const step of this.steps(id, cls)) total = convolve(this.inputs.grid, total, step.histogram);
    memo.set(id, total);
    return total;
  }

  /** A cache's read miss ratio: its hit or miss is drawn once per visit (1 for every other visit). */
  private missOnVisit(component: ResolvedComponent, cls: TrafficClass): number {
    return component.isCache && cls === 'read' ? 1 - (component.hitRatio ?? 0) : 1;
  }

  /**
   * A cache's steps on a miss: each call by its share of the misses, all composed, so the visit is
   * the mixture of a hit (no calls) and a miss (every call on the miss path) rather than a miss drawn
   * per call. `steps` keeps the calls' unconditional shares for the critical path and the terms.
   */
  private callsOnMiss(id: ComponentId, cls: TrafficClass): Histogram {
    let total = this.zero;
    for (const step of this.steps(id, cls)) {
      const part = step.calls.some((call) => call.branch !== undefined)
        ? this.stepWithAlternatives(step.calls, cls, true)
        : step.calls.map((call) => this.callOnMiss(call, cls)).reduce((a, b) => maxOf(a, b));
      total = convolve(this.inputs.grid, total, part);
    }
    return total;
  }

  /** A cache's call as made on a miss: `callLatency` with the call's share among misses. */
  private callOnMiss(call: ResolvedCall, cls: TrafficClass): Histogram {
    const memo = this.memo(this.calls, this.keyFor(call.from, cls));
    const key = `${call.id}\u0000miss`;
    const known = memo.get(key);
    if (known) return known;
    const fanned = call.branch === undefined ? this.fanned(call, cls) : this.made(call, cls);
    const share = this.shareOnMiss(call, cls);
    const result = share >= 1 ? fanned : mixture(fanned, share, this.zero);
    memo.set(key, result);
    return result;
  }

  /** A call's share among the caller's visits that make calls at all: a cache's misses, else every visit. */
  private shareOnMiss(call: ResolvedCall, cls: TrafficClass): number {
    const caller = this.inputs.graph.byId.get(call.from);
    const miss = caller ? this.missOnVisit(caller, cls) : 1;
    return miss > 0 ? Math.min(1, this.shareCalled(call, cls) / miss) : 0;
  }

  /** A broker taking a message: its own time (service and queueing wait), none of its consumers'. */
  private acknowledgement(id: ComponentId): Histogram {
    const broker = this.inputs.graph.byId.get(id);
    return broker ? this.inputs.own(broker) : this.zero;
  }

  /** The calls a component waits on (`onPath`) grouped into steps: one per call, or one per parallel group. */
  steps(id: ComponentId, cls: TrafficClass): Step[] {
    const memo = this.memo(this.stepMemo, this.keyFor(id, cls));
    const known = memo.get(id);
    if (known) return known;
    const steps = this.computeSteps(id, cls);
    memo.set(id, steps);
    return steps;
  }

  private computeSteps(id: ComponentId, cls: TrafficClass): Step[] {
    const groups = new Map<string, ResolvedCall[]>();
    // The branches of an alternative group are one step, in the parallel group of its first branch.
    let alternatives: Map<string, string> | undefined;
    for (const call of this.inputs.graph.outgoing.get(id) ?? []) {
      if (!onPath(call) || this.shareCalled(call, cls) === 0) continue;
      let key = call.parallelGroup === undefined ? `call:${call.id}` : `group:${call.parallelGroup}`;
      if (call.branch !== undefined) {
        alternatives ??= new Map();
        const known = alternatives.get(call.branch.group);
        if (known === undefined) alternatives.set(call.branch.group, call.parallelGroup === undefined ? `alt:${call.branch.group}` : key);
        key = known ?? (alternatives.get(call.branch.group) as string);
      }
      const list = groups.get(key);
      if (list) list.push(call);
      else groups.set(key, [call]);
    }
    return [...groups.values()].map((calls) => ({
      calls,
      histogram:
        alternatives === undefined
          ? calls.map((call) => this.callLatency(call, cls)).reduce((a, b) => maxOf(a, b))
          : this.stepWithAlternatives(calls, cls),
    }));
  }

  /** A step holding alternatives: each group is one mixture of its branches; the step waits for its slowest part. */
  private stepWithAlternatives(calls: readonly ResolvedCall[], cls: TrafficClass, onMiss = false): Histogram {
    let result: Histogram | null = null;
    const mixed = new Set<string>();
    for (const call of calls) {
      const group = call.branch?.group;
      if (group !== undefined && mixed.has(group)) continue;
      if (group !== undefined) mixed.add(group);
      const part =
        group === undefined
          ? onMiss
            ? this.callOnMiss(call, cls)
            : this.callLatency(call, cls)
          : this.alternativeLatency(calls.filter((other) => other.branch?.group === group), cls, onMiss);
      result = result === null ? part : maxOf(result, part);
    }
    return result ?? this.zero;
  }

  /**
   * An alternative group as the caller sees it: each request takes exactly one branch, so its latency is
   * the mixture of the branches' by the shares routed to them (not a sum, not a max), and the requests
   * that make no call (the group's fraction, a share lost with its target down) take no time here.
   */
  alternativeLatency(branches: readonly ResolvedCall[], cls: TrafficClass, onMiss = false): Histogram {
    let mixed: Histogram | null = null;
    let total = 0;
    for (const call of branches) {
      const share = onMiss ? this.shareOnMiss(call, cls) : this.shareCalled(call, cls);
      if (share <= 0) continue;
      total += share;
      const made = this.made(call, cls);
      mixed = mixed === null ? made : mixture(made, share / total, mixed);
    }
    if (mixed === null) return this.zero;
    return total >= 1 ? mixed : mixture(mixed, total, this.zero);
  }

  /** Share of the caller's requests of this class that make the call (a cache forwards only misses). */
  shareCalled(call: ResolvedCall, cls: TrafficClass): number {
    if (!carries(call, cls)) return 0;
    const caller = this.inputs.graph.byId.get(call.from);
    const miss = caller?.isCache === true && cls === 'read' ? 1 - (caller.hitRatio ?? 0) : 1;
    // A branch of an alternative group is taken by the share of requests routed to it.
    return call.fraction * miss * routedShare(call, cls);
  }

  /** One call as the caller sees it: network hop, callee subtree, timeout and retries, fan-out, fraction. */
  callLatency(call: ResolvedCall, cls: TrafficClass): Histogram {
    const memo = this.memo(this.calls, this.keyFor(call.from, cls));
    const known = memo.get(call.id);
    if (known) return known;
    const fanned = call.branch === undefined ? this.fanned(call, cls) : this.made(call, cls);
    const share = this.shareCalled(call, cls);
    const result = share >= 1 ? fanned : mixture(fanned, share, this.zero);
    memo.set(call.id, result);
    return result;
  }

  /** A call when it is made: its attempts (timeout and retries) and its fan-out. */
  private fanned(call: ResolvedCall, cls: TrafficClass): Histogram {
    let attempt = this.attempt(call, cls);
    if (call.timeoutMs !== undefined) attempt = this.withTimeout(attempt, call.timeoutMs, call.retries);
    return maxOfCopies(attempt, call.callsPerRequest);
  }

  /** `fanned`, memoised for a branch of an alternative group, which both its call and its group's mixture use. */
  private made(call: ResolvedCall, cls: TrafficClass): Histogram {
    const memo = this.memo(this.calls, this.keyFor(call.from, cls));
    const key = `${call.id}\u0000made`;
    let known = memo.get(key);
    if (!known) {
      known = this.fanned(call, cls);
      memo.set(key, known);
    }
    return known;
  }

  /** One attempt of a call: the network hop plus the callee's subtree (its own time alone for an acknowledgement). */
  private attempt(call: ResolvedCall, cls: TrafficClass): Histogram {
    const memo = this.memo(this.attempts, this.keyFor(call.from, cls));
    const known = memo.get(call.id);
    if (known) return known;
    const callee = call.waitsForAck ? this.acknowledgement(call.to) : this.subtree(call.to, cls);
    // Calls from different callers to one callee over the same network tier make the same attempt.
    let byNetwork = this.shifted.get(callee);
    if (!byNetwork) {
      byNetwork = new Map();
      this.shifted.set(callee, byNetwork);
    }
    let result: Histogram | undefined;
    // A spread end: each visit pays the round trip to the instance it meets, a mixture (model/network-mix.ts).
    const mix = call.network ?? [{ ms: call.networkMs, share: 1 }];
    let total = 0;
    for (const part of mix) {
      let shifted = byNetwork.get(part.ms);
      if (!shifted) {
        shifted = convolve(this.inputs.grid, this.point(part.ms), callee);
        byNetwork.set(part.ms, shifted);
      }
      total += part.share;
      result = result === undefined ? shifted : mixture(shifted, part.share / total, result);
    }
    memo.set(call.id, result as Histogram);
    return result as Histogram;
  }

  /**
   * Probability that a synchronous call with a timeout answers in time on some attempt, given its callee
   * is up: (1 − P(attempt > timeout)^(retries + 1))^fan-out. A call that times out on every attempt fails the request.
   */
  inTime(call: ResolvedCall, cls: TrafficClass): number {
    if (call.mode !== 'sync' || call.timeoutMs === undefined) return 1;
    const memo = this.memo(this.inTimes, this.keyFor(call.from, cls));
    const known = memo.get(call.id);
    if (known !== undefined) return known;
    const late = this.late(call, cls);
    // A fan-out of N needs every one of its N calls in time.
    const result = Math.pow(1 - Math.pow(late, call.retries + 1), call.callsPerRequest);
    memo.set(call.id, result);
    return result;
  }

  /**
   * P(one attempt of a synchronous call answers after its timeout), its callee up: the attempt's
   * (network + callee subtree) mass beyond the timeout. 0 for a call without a timeout, or an async one.
   */
  late(call: ResolvedCall, cls: TrafficClass): number {
    if (call.mode !== 'sync' || call.timeoutMs === undefined) return 0;
    const memo = this.memo(this.lates, this.keyFor(call.from, cls));
    const known = memo.get(call.id);
    if (known !== undefined) return known;
    const late = lateAt(this.inputs.grid, this.attempt(call, cls), call.timeoutMs);
    memo.set(call.id, late);
    return late;
  }

  /**
   * A timeout cuts an attempt at t; each retry starts after the previous attempt timed out.
   * Success on attempt k costs (k − 1)·t plus an in-time attempt; after the last retry the caller gives up at (r + 1)·t.
   */
  private withTimeout(attempt: Histogram, timeoutMs: number, retries: number): Histogram {
    const { grid } = this.inputs;
    if (retries === 0) return timeoutOnce(grid, attempt, timeoutMs, this.point(timeoutMs)) ?? attempt;
    const { late, inTime } = splitAt(grid, attempt, timeoutMs);
    if (late <= 0) return attempt;
    const result = emptyHistogram(grid.size);
    let reach = 1;
    for (let k = 0; k <= retries; k++) {
      const shifted = k === 0 ? inTime : convolve(grid, inTime, this.point(k * timeoutMs));
      const weight = reach * (1 - late);
      for (let i = 0; i < result.length; i++) result[i] = (result[i] ?? 0) + weight * (shifted[i] ?? 0);
      reach *= late;
    }
    const givenUp = this.point((retries + 1) * timeoutMs);
    for (let i = 0; i < result.length; i++) result[i] = (result[i] ?? 0) + reach * (givenUp[i] ?? 0);
    return result;
  }

  /**
   * Freshness lag below an asynchronous call: the callee's synchronous work plus, in parallel,
   * whatever it hands on asynchronously (a queue's consumers). It never adds to the request.
   */
  lag(id: ComponentId): Histogram {
    const known = this.lags.get(id);
    if (known) return known;
    const { grid, graph } = this.inputs;
    let total = this.subtree(id, 'write');
    let downstream: Histogram | null = null;
    for (const call of graph.outgoing.get(id) ?? []) {
      if (call.mode !== 'async') continue;
      const next = convolve(grid, this.point(call.networkMs), this.lag(call.to));
      downstream = downstream ? maxOf(downstream, next) : next;
    }
    if (downstream) total = convolve(grid, total, downstream);
    this.lags.set(id, total);
    return total;
  }

  /** p99 of a histogram, memoised: the critical path asks for each call's p99 again in every flow. */
  p99(h: Histogram): number {
    let known = this.p99s.get(h);
    if (known === undefined) {
      known = percentile(this.inputs.grid, h, 0.99);
      this.p99s.set(h, known);
    }
    return known;
  }
}
