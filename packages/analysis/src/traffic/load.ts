// Load propagation: offered load flows from entry points along calls, per traffic class, in
// topological order (cycles were already cut). A cache forwards only its misses for reads. Retries
// multiply a call's load by its expected attempts, which count failed **and** late attempts: the late
// share depends on latency, which depends on load, so the engine solves the two together
// (`engine/load-latency.ts`) and hands the late shares in here.
import type { Graph, ResolvedCall, ResolvedComponent } from '../model/graph';
import type { ComponentId, TrafficClass } from '../model/graph';
import { topoPositions } from '../model/graph';
import { routedShare } from '../model/alternatives';

export interface ClassLoad {
  readonly read: number;
  readonly write: number;
}

/** Whether a call carries a traffic class. */
export function carries(call: ResolvedCall, cls: TrafficClass): boolean {
  return call.traffic === 'all' || call.traffic === cls;
}

/**
 * Expected attempts of one call with r retries when each attempt fails with probability p:
 * 1 + p + p² + … + p^r. Retries multiply load exactly when the callee is failing or late.
 */
export function expectedAttempts(retries: number, failure: number): number {
  let total = 0;
  let term = 1;
  for (let attempt = 0; attempt <= retries; attempt++) {
    total += term;
    term *= failure;
  }
  return total;
}

/**
 * Expected attempts when the states hold for the request (traffic/subtree-failure.ts): with probability
 * f the callee's subtree fails it and every attempt is made, 1 + r; otherwise attempts are retried only
 * when late, each independently (a late attempt's retry draws the latency again): 1 + ℓ + … + ℓ^r.
 */
export function heldAttempts(retries: number, subtreeFailure: number, late: number): number {
  return subtreeFailure * (retries + 1) + (1 - subtreeFailure) * expectedAttempts(retries, late);
}

/** Late share of one attempt of a call for a class (0 without a timeout). */
export type LateShares = (call: ResolvedCall, cls: TrafficClass) => number;

/** P(the callee's subtree fails a request of the class): traffic/subtree-failure.ts. */
export type FailureShares = (call: ResolvedCall, cls: TrafficClass) => number;

/** Expected attempts of a call for a class: how many times its callee sees each call the caller makes. */
export type AttemptsOf = (call: ResolvedCall, cls: TrafficClass) => number;

const NEVER_LATE: LateShares = () => 0;

/** Before any subtree is known: the callee's own instance failure rate, the first round's start. */
const INSTANCE_DOWN = (graph: Graph): FailureShares => (call) => 1 - (graph.byId.get(call.to)?.availability ?? 1);

/** Every call made once: the load retries would leave if they were switched off. */
export const ONCE_EACH: AttemptsOf = () => 1;

/** Expected attempts of a call for a class, given its subtree's failure and the late share of its attempts. */
export function callAttempts(
  graph: Graph,
  call: ResolvedCall,
  cls: TrafficClass,
  late: LateShares = NEVER_LATE,
  failures: FailureShares = INSTANCE_DOWN(graph),
): number {
  if (call.retries === 0) return 1;
  return heldAttempts(call.retries, failures(call, cls), late(call, cls));
}

/** Attempts from subtree failures and the given late shares (failures only when none are given). */
export function attemptsWith(graph: Graph, late: LateShares = NEVER_LATE, failures: FailureShares = INSTANCE_DOWN(graph)): AttemptsOf {
  return (call, cls) => callAttempts(graph, call, cls, late, failures);
}

/** Share of a caller's requests of one class that become calls on this edge (misses for caches). */
export function forwardFactor(caller: ResolvedComponent, call: ResolvedCall, cls: TrafficClass): number {
  if (!carries(call, cls)) return 0;
  const miss = caller.isCache && cls === 'read' ? 1 - (caller.hitRatio ?? 0) : 1;
  // A branch of an alternative group carries only the share of requests routed to it (model/alternatives.ts).
  return call.callsPerRequest * call.fraction * miss * routedShare(call, cls);
}

/** The load one call delivers to its callee, per class, given the caller's load. */
export function callLoad(graph: Graph, call: ResolvedCall, callerLoad: ClassLoad, attempts: AttemptsOf = attemptsWith(graph)): ClassLoad {
  const caller = graph.byId.get(call.from);
  if (!caller) return { read: 0, write: 0 };
  return {
    read: callerLoad.read * forwardFactor(caller, call, 'read') * attempts(call, 'read'),
    write: callerLoad.write * forwardFactor(caller, call, 'write') * attempts(call, 'write'),
  };
}

/** Peak load by default; pass `entry.rps / entry.peakFactor` for the daily average (storage estimates). */
export function propagateLoad(
  graph: Graph,
  entryLoad: (component: ResolvedComponent) => number = peakEntryLoad,
): Map<ComponentId, ClassLoad> {
  return propagateLoads(graph, [entryLoad])[0] as Map<ComponentId, ClassLoad>;
}

function peakEntryLoad(component: ResolvedComponent): number {
  return component.entry?.rps ?? 0;
}

/**
 * The calls in the order load crosses them (callers by topological position, then board order), with
 * what each forwards per class before retries: built once per graph (graphs are never mutated), since
 * the load ↔ latency rounds propagate load many times over the same calls, only their attempts changing.
 */
interface EdgeTable {
  readonly calls: readonly ResolvedCall[];
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly readBase: Float64Array;
  readonly writeBase: Float64Array;
  /** 1 where the call retries (its attempts are asked for), else 0 (one attempt each). */
  readonly retries: Uint8Array;
}

const edgeTables = new WeakMap<Graph, EdgeTable>();

function edgeTable(graph: Graph): EdgeTable {
  const known = edgeTables.get(graph);
  if (known) return known;
  const position = topoPositions(graph);
  // Filled in place, sized by the calls out of every position (the bench board's 1,500 calls pushed into
  // six growing lists and then copied left ~1 % of an analysis's allocation behind).
  let most = 0;
  for (const id of graph.topoOrder) most += graph.outgoing.get(id)?.length ?? 0;
  const calls = new Array<ResolvedCall>(most);
  const from = new Int32Array(most);
  const to = new Int32Array(most);
  const readBase = new Float64Array(most);
  const writeBase = new Float64Array(most);
  const retries = new Uint8Array(most);
  let count = 0;
  graph.topoOrder.forEach((id, at) => {
    const caller = graph.byId.get(id);
    for (const call of graph.outgoing.get(id) ?? []) {
      const target = position.get(call.to);
      if (!caller || target === undefined) continue;
      calls[count] = call;
      from[count] = at;
      to[count] = target;
      readBase[count] = forwardFactor(caller, call, 'read');
      writeBase[count] = forwardFactor(caller, call, 'write');
      retries[count] = call.retries > 0 ? 1 : 0;
      count++;
    }
  });
  calls.length = count;
  const table = {
    calls,
    from: from.subarray(0, count),
    to: to.subarray(0, count),
    readBase: readBase.subarray(0, count),
    writeBase: writeBase.subarray(0, count),
    retries: retries.subarray(0, count),
  };
  edgeTables.set(graph, table);
  return table;
}

/**
 * One pass for several entry loads at once (the engine needs peak and daily average): each call's
 * attempts and forward factors are worked out once for all of them. Each load gets the same sums in
 * the same order as a pass of its own. `attempts` defaults to failures only (no late shares known).
 */
export function propagateLoads(
  graph: Graph,
  entryLoads: ReadonlyArray<(component: ResolvedComponent) => number>,
  attempts: AttemptsOf = attemptsWith(graph),
): Array<Map<ComponentId, ClassLoad>> {
  // Per topological position in flat arrays: the same sums in the same order as per id, without a
  // map lookup for every call.
  const position = topoPositions(graph);
  const order = graph.topoOrder;
  const count = entryLoads.length;
  // Load l of position at sits at at × count + l.
  const read = new Float64Array(order.length * count);
  const write = new Float64Array(order.length * count);
  for (const component of graph.components) {
    const entry = component.entry;
    const at = position.get(component.id);
    if (!entry || at === undefined) continue;
    for (let l = 0; l < count; l++) {
      const offered = (entryLoads[l] as (component: ResolvedComponent) => number)(component);
      read[at * count + l] = offered * entry.readFraction;
      write[at * count + l] = offered * (1 - entry.readFraction);
    }
  }
  const edges = edgeTable(graph);
  for (let e = 0; e < edges.calls.length; e++) {
    let readFactor = edges.readBase[e] as number;
    let writeFactor = edges.writeBase[e] as number;
    if (edges.retries[e] === 1) {
      const call = edges.calls[e] as ResolvedCall;
      readFactor *= attempts(call, 'read');
      writeFactor *= attempts(call, 'write');
    }
    const at = edges.from[e] as number;
    const to = edges.to[e] as number;
    for (let l = 0; l < count; l++) {
      const from = at * count + l;
      const into = to * count + l;
      read[into] = (read[into] as number) + (read[from] as number) * readFactor;
      write[into] = (write[into] as number) + (write[from] as number) * writeFactor;
    }
  }
  return entryLoads.map((_, l) => {
    const loads = new Map<ComponentId, ClassLoad>();
    for (const component of graph.components) {
      const at = position.get(component.id);
      const load =
        at === undefined
          ? { read: 0, write: 0 }
          : { read: read[at * count + l] as number, write: write[at * count + l] as number };
      loads.set(component.id, load);
    }
    return loads;
  });
}
