// P(a request of one traffic class reaches each component) from one entry: a pass in topological
// order over the components the class can reach, P(callee) = 1 − Π over incoming calls (1 − P(caller)
// × share of its requests making the call). Every flow runs it once per class (80 passes on the
// 1,000-component bench board), so it works on per-graph index tables and typed arrays indexed by
// topological position, touches only the few dozen components a flow reaches, and builds no maps:
// its figures stay in one of two reusable slots (one per class) until the flow releases them.
import type { LatencyComposer } from '../latency/compose';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import { topoPositions } from '../model/graph';

/** One class's pass, by topological position; valid for the positions in `order` until released. */
export interface ClassReachFigures {
  /** The positions the class reaches (the entry first among them by position), sorted. */
  readonly order: readonly number[];
  /** P(reached) by position: 1 at the entry, 0 for a position not reached. */
  readonly probability: Float64Array;
  /** The incoming call that brings the most of this class's traffic, by position. */
  readonly via: (ResolvedCall | undefined)[];
  /** The position of that call's caller (−1 when there is none). */
  readonly viaFrom: Int32Array;
}

/** A graph in topological positions, and the two slots a flow's passes fill (flows never nest). */
export interface ReachTables {
  readonly ids: readonly ComponentId[];
  readonly at: ReadonlyMap<ComponentId, number>;
  /** Each position's place in the board's component list (−1 when not there). */
  readonly boardIndex: Int32Array;
  /** Each board component's topological position (−1 when it has none), the inverse of `boardIndex`. */
  readonly positionOf: Int32Array;
  /** The calls out of position i are edges first[i] … first[i + 1] − 1 (flat: no list per component). */
  readonly first: Int32Array;
  readonly calls: readonly ResolvedCall[];
  /** Each edge's callee position (−1 when it has none). */
  readonly targets: Int32Array;
  readonly best: Float64Array;
  readonly seen: Uint8Array;
  readonly slots: readonly [ClassReachFigures, ClassReachFigures];
  /** Each edge's share of its caller's requests, per class, filled on first use (the same in every flow). */
  readonly shares: { read?: Float64Array; write?: Float64Array };
}

const tablesByGraph = new WeakMap<Graph, ReachTables>();

function emptySlot(size: number): ClassReachFigures {
  return {
    order: [],
    probability: new Float64Array(size),
    via: new Array<ResolvedCall | undefined>(size).fill(undefined),
    viaFrom: new Int32Array(size).fill(-1),
  };
}

export function reachTables(graph: Graph): ReachTables {
  const known = tablesByGraph.get(graph);
  if (known) return known;
  const ids = graph.topoOrder;
  // The graph's own table of positions (freshness and loads read it too), not a copy per analysis.
  const at = topoPositions(graph);
  const boardIndex = new Int32Array(ids.length).fill(-1);
  const positionOf = new Int32Array(graph.components.length).fill(-1);
  graph.components.forEach((component, index) => {
    const position = at.get(component.id);
    if (position === undefined) return;
    boardIndex[position] = index;
    positionOf[index] = position;
  });
  const first = new Int32Array(ids.length + 1);
  const calls: ResolvedCall[] = [];
  ids.forEach((id, i) => {
    for (const call of graph.outgoing.get(id) ?? []) calls.push(call);
    first[i + 1] = calls.length;
  });
  const targets = Int32Array.from(calls, (call) => at.get(call.to) ?? -1);
  const made: ReachTables = {
    ids,
    at,
    boardIndex,
    positionOf,
    first,
    calls,
    targets,
    best: new Float64Array(ids.length),
    seen: new Uint8Array(ids.length),
    slots: [emptySlot(ids.length), emptySlot(ids.length)],
    shares: {},
  };
  tablesByGraph.set(graph, made);
  return made;
}

function sharesOf(t: ReachTables, composer: LatencyComposer, cls: TrafficClass): Float64Array {
  const known = t.shares[cls];
  if (known) return known;
  const made = Float64Array.from(t.calls, (call) => composer.shareCalled(call, cls));
  t.shares[cls] = made;
  return made;
}

/** The positions the class can reach from the entry, sorted (topological order). Clears `seen` after. */
function reachable(t: ReachTables, shares: Float64Array, entry: number): number[] {
  const found = [entry];
  t.seen[entry] = 1;
  for (let next = 0; next < found.length; next++) {
    const from = found[next] as number;
    const stop = t.first[from + 1] as number;
    for (let e = t.first[from] as number; e < stop; e++) {
      const to = t.targets[e] as number;
      if (to < 0 || t.seen[to] === 1 || (shares[e] as number) <= 0) continue;
      t.seen[to] = 1;
      found.push(to);
    }
  }
  // Sorted by reading the marks back in position order (a flow reaches a stretch of the topological
  // order): cheaper than a sort with a comparator, and it clears the marks on the way.
  let lowest = entry;
  let highest = entry;
  for (const i of found) {
    if (i < lowest) lowest = i;
    if (i > highest) highest = i;
  }
  const sorted: number[] = [];
  for (let i = lowest; i <= highest; i++) {
    if (t.seen[i] === 0) continue;
    t.seen[i] = 0;
    sorted.push(i);
  }
  return sorted;
}

/**
 * Fills slot `slot` with the class's reach from the entry (a position). The slot's arrays hold the
 * figures until `releaseReach`; the caller must release it before the slot is filled again.
 */
export function classReach(t: ReachTables, composer: LatencyComposer, entry: number, cls: TrafficClass, slot: 0 | 1): ClassReachFigures {
  const shares = sharesOf(t, composer, cls);
  const order = reachable(t, shares, entry);
  const { probability: miss, via, viaFrom } = t.slots[slot];
  // `probability` holds the share that misses each position during the pass, then P(reached).
  for (const i of order) {
    miss[i] = 1;
    t.best[i] = 0;
  }
  miss[entry] = 0;
  // A cycle's back edge raises a component already passed, not its callees (the graph's order drops it).
  for (const i of order) {
    const p = 1 - (miss[i] as number);
    if (p <= 0) continue;
    const stop = t.first[i + 1] as number;
    for (let e = t.first[i] as number; e < stop; e++) {
      const to = t.targets[e] as number;
      const brought = p * (shares[e] as number);
      if (brought <= 0 || to < 0) continue;
      miss[to] = (miss[to] as number) * (1 - brought);
      if (brought > (t.best[to] as number)) {
        t.best[to] = brought;
        via[to] = t.calls[e];
        viaFrom[to] = i;
      }
    }
  }
  for (const i of order) miss[i] = 1 - (miss[i] as number);
  const figures: ClassReachFigures = { order, probability: miss, via, viaFrom };
  return figures;
}

/** Clears what a pass left in its slot, so positions it reached read 0 in the next flow's pass. */
export function releaseReach(figures: ClassReachFigures): void {
  for (const i of figures.order) {
    figures.probability[i] = 0;
    figures.via[i] = undefined;
    figures.viaFrom[i] = -1;
  }
}
