// P(a request of one traffic class reaches each component) from one entry: a pass in topological
// order over the components the class can reach, P(callee) = 1 − Π over incoming calls (1 − P(caller)
// × share of its requests making the call). Every flow runs it once per class (80 passes on the
// 1,000-component bench board), so it works on per-graph index tables and reused typed arrays, and
// touches only the few dozen components a flow reaches, not the board.
import type { LatencyComposer } from '../latency/compose';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';

export interface ClassReachFigures {
  /** Every component the class reaches with a share above 0, the entry (1) included. */
  readonly probability: Map<ComponentId, number>;
  /** The incoming call that brings the most of this class's traffic. */
  readonly via: Map<ComponentId, ResolvedCall>;
}

/** A graph in topological positions, and scratch arrays one pass reuses (passes never nest). */
interface Tables {
  readonly ids: readonly ComponentId[];
  readonly at: ReadonlyMap<ComponentId, number>;
  readonly calls: readonly (readonly ResolvedCall[])[];
  readonly targets: readonly (readonly number[])[];
  readonly miss: Float64Array;
  readonly best: Float64Array;
  readonly via: (ResolvedCall | undefined)[];
  readonly seen: Uint8Array;
  /** Each call's share of its caller's requests, per class, filled on first use (the same in every flow). */
  readonly shares: { read?: readonly (readonly number[])[]; write?: readonly (readonly number[])[] };
}

const tablesByGraph = new WeakMap<Graph, Tables>();

function tables(graph: Graph): Tables {
  const known = tablesByGraph.get(graph);
  if (known) return known;
  const ids = graph.topoOrder;
  const at = new Map(ids.map((id, i) => [id, i]));
  const calls = ids.map((id) => graph.outgoing.get(id) ?? []);
  const targets = calls.map((list) => list.map((call) => at.get(call.to) ?? -1));
  const made: Tables = {
    ids,
    at,
    calls,
    targets,
    miss: new Float64Array(ids.length),
    best: new Float64Array(ids.length),
    via: new Array<ResolvedCall | undefined>(ids.length).fill(undefined),
    seen: new Uint8Array(ids.length),
    shares: {},
  };
  tablesByGraph.set(graph, made);
  return made;
}

function sharesOf(t: Tables, composer: LatencyComposer, cls: TrafficClass): readonly (readonly number[])[] {
  const known = t.shares[cls];
  if (known) return known;
  const made = t.calls.map((calls) => calls.map((call) => composer.shareCalled(call, cls)));
  t.shares[cls] = made;
  return made;
}

/** The positions the class can reach from the entry, sorted (topological order). Leaves `seen` set for them. */
function reachable(t: Tables, shares: readonly (readonly number[])[], entry: number): number[] {
  const found = [entry];
  t.seen[entry] = 1;
  for (let next = 0; next < found.length; next++) {
    const from = found[next] as number;
    const share = shares[from] as readonly number[];
    const targets = t.targets[from] as readonly number[];
    for (let j = 0; j < targets.length; j++) {
      const to = targets[j] as number;
      if (to < 0 || t.seen[to] === 1 || (share[j] as number) <= 0) continue;
      t.seen[to] = 1;
      found.push(to);
    }
  }
  return found.sort((a, b) => a - b);
}

export function classReach(graph: Graph, composer: LatencyComposer, entryId: ComponentId, cls: TrafficClass): ClassReachFigures {
  const probability = new Map<ComponentId, number>([[entryId, 1]]);
  const via = new Map<ComponentId, ResolvedCall>();
  const t = tables(graph);
  const entry = t.at.get(entryId);
  if (entry === undefined) return { probability, via };
  const shares = sharesOf(t, composer, cls);
  const order = reachable(t, shares, entry);
  for (const i of order) {
    t.miss[i] = 1;
    t.best[i] = 0;
    t.via[i] = undefined;
  }
  t.miss[entry] = 0;
  // A cycle's back edge raises a component already passed, not its callees (the graph's order drops it).
  for (const i of order) {
    const p = 1 - (t.miss[i] as number);
    if (p <= 0) continue;
    const calls = t.calls[i] as readonly ResolvedCall[];
    const targets = t.targets[i] as readonly number[];
    const share = shares[i] as readonly number[];
    for (let j = 0; j < calls.length; j++) {
      const call = calls[j] as ResolvedCall;
      const to = targets[j] as number;
      const brought = p * (share[j] as number);
      if (brought <= 0 || to < 0) continue;
      t.miss[to] = (t.miss[to] as number) * (1 - brought);
      if (brought > (t.best[to] as number)) {
        t.best[to] = brought;
        t.via[to] = call;
      }
    }
  }
  for (const i of order) {
    t.seen[i] = 0;
    const id = t.ids[i] as ComponentId;
    const call = t.via[i];
    if (call !== undefined) via.set(id, call);
    if (i !== entry && (t.miss[i] as number) < 1) probability.set(id, 1 - (t.miss[i] as number));
  }
  return { probability, via };
}
