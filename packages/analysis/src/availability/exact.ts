// Flow availability with shared dependencies treated exactly. A component or zone reached by more
// than one path is a shared variable: the engine conditions on every shared variable's state
// (enumerating them) and, given those, every other variable appears once, so the rest multiplies out
// exactly. The gradient of the same evaluation (reverse mode) gives each component's weakest-link gain.
import type { Graph, ResolvedCall } from '../model/graph';
import type { ComponentId, TrafficClass, ZoneId } from '../model/graph';
import { topoPositions } from '../model/graph';
import { enumerateAssignments } from './enumerate';

export interface AvailabilityInputs {
  readonly graph: Graph;
  /** P(component up) from its instances and the load it must carry; zones not included. */
  readonly up: (id: ComponentId) => number;
  /** Share of requests a saturated component still serves (1 below saturation). */
  readonly served: (id: ComponentId) => number;
  /** Share of the caller's requests of this class that make the call. */
  readonly share: (call: ResolvedCall, cls: TrafficClass) => number;
  /** Probability a call answers before its timeout (retries included) when its callee is up; 1 without a timeout. */
  readonly inTime: (call: ResolvedCall, cls: TrafficClass) => number;
}

export interface FlowAvailabilityResult {
  readonly value: number;
  /** 'exact' when every shared variable was conditioned on, else a lower bound (see README). */
  readonly method: 'exact' | 'lower-bound';
  readonly sharedVariables: number;
  readonly conditionedVariables: number;
  /** A(component perfect) − A for every component the flow needs. */
  readonly gainIfPerfect: ReadonlyMap<ComponentId, number>;
}

export interface ExactLimits {
  readonly maxConditioned: number;
  /** Upper bound on assignments × edges for one flow and traffic class. */
  readonly maxWork: number;
}

/**
 * Exact up to 16 shared variables when the board is small; `analyze` splits a whole-board work budget
 * between flows (see `limitsPerFlow`) so a large board stays interactive and says "lower bound" instead.
 */
export const DEFAULT_LIMITS: ExactLimits = { maxConditioned: 16, maxWork: 1 << 18 };

/** Each flow and traffic class gets an equal share of the board's budget, never less than 2^12. */
export function limitsPerFlow(board: ExactLimits, flowClasses: number): ExactLimits {
  return {
    maxConditioned: board.maxConditioned,
    maxWork: Math.max(1 << 12, Math.floor(board.maxWork / Math.max(1, flowClasses))),
  };
}

interface Structure {
  readonly nodes: ComponentId[];
  readonly index: Map<ComponentId, number>;
  /** Per node: required calls as [callee index, share, sync]. */
  readonly edges: Array<Array<{ to: number; share: number; inTime: number; sync: boolean }>>;
  readonly occurrences: Float64Array;
  readonly zoneOccurrences: Map<ZoneId, number>;
  readonly edgeCount: number;
}

/** Visits per topological position (sync and async), zero between calls; grown to the largest board seen. */
let syncVisits = new Float64Array(0);
let asyncVisits = new Float64Array(0);

function structure(inputs: AvailabilityInputs, entry: ComponentId, cls: TrafficClass): Structure {
  const { graph } = inputs;
  const order = graph.topoOrder;
  const position = topoPositions(graph);
  const start = position.get(entry);
  if (syncVisits.length < order.length) {
    syncVisits = new Float64Array(order.length);
    asyncVisits = new Float64Array(order.length);
  }
  const occV = syncVisits;
  const occU = asyncVisits;
  // In topological order from the entry: every component reached gets its visits, then passes them on.
  // Only positions from the entry's on can be reached; a component is in the flow when it has visits.
  const required: Array<Array<{ call: ResolvedCall; share: number }>> = [];
  const reached: number[] = [];
  if (start !== undefined) {
    occV[start] = 1;
    for (let i = start; i < order.length; i++) {
      const visits = occV[i] as number;
      if (visits === 0) {
        if ((occU[i] as number) > 0) {
          reached.push(i);
          required.push([]);
        }
        continue;
      }
      reached.push(i);
      const list: Array<{ call: ResolvedCall; share: number }> = [];
      for (const call of graph.outgoing.get(order[i] as ComponentId) ?? []) {
        const share = inputs.share(call, cls);
        if (call.optional || share <= 0) continue;
        list.push({ call, share });
        const to = position.get(call.to);
        if (to === undefined) continue;
        const target = call.mode === 'sync' ? occV : occU;
        target[to] = Math.min(1e9, (target[to] as number) + visits);
      }
      required.push(list);
    }
  }
  const nodes = reached.map((i) => order[i] as ComponentId);
  const index = new Map(nodes.map((id, i) => [id, i]));
  const occurrences = new Float64Array(nodes.length);
  const zoneOccurrences = new Map<ZoneId, number>();
  let edgeCount = 0;
  const edges = nodes.map((id, i) => {
    const at = reached[i] as number;
    occurrences[i] = id === entry ? 0 : (occV[at] as number) + (occU[at] as number);
    for (const zone of graph.byId.get(id)?.zones ?? []) {
      zoneOccurrences.set(zone, (zoneOccurrences.get(zone) ?? 0) + (occurrences[i] ?? 0));
    }
    const out = (required[i] ?? []).map(({ call, share }) => ({
      to: index.get(call.to) ?? 0,
      share,
      inTime: inputs.inTime(call, cls),
      sync: call.mode === 'sync',
    }));
    edgeCount += out.length + 1;
    return out;
  });
  for (const at of reached) occV[at] = occU[at] = 0;
  return { nodes, index, edges, occurrences, zoneOccurrences, edgeCount };
}

type Variable = { kind: 'component'; node: number; p: number } | { kind: 'zone'; zone: ZoneId; p: number };

export function flowAvailability(
  inputs: AvailabilityInputs,
  entry: ComponentId,
  cls: TrafficClass,
  limits: ExactLimits = DEFAULT_LIMITS,
): FlowAvailabilityResult {
  const { graph } = inputs;
  const s = structure(inputs, entry, cls);
  const n = s.nodes.length;
  const p = new Float64Array(n);
  s.nodes.forEach((id, i) => (p[i] = id === entry ? 1 : inputs.up(id)));

  // Shared variables, most-shared first; certain ones (p = 0 or 1) need no conditioning.
  const uncertain = (q: number) => q > 0 && q < 1;
  const shared: Array<Variable & { weight: number }> = [];
  s.nodes.forEach((_, i) => {
    const occ = s.occurrences[i] ?? 0;
    if (occ > 1 + 1e-9 && uncertain(p[i] ?? 1)) shared.push({ kind: 'component', node: i, p: p[i] ?? 1, weight: occ });
  });
  for (const [zone, occ] of s.zoneOccurrences) {
    const q = graph.zones.get(zone)?.availability ?? 1;
    if (occ > 1 + 1e-9 && uncertain(q)) shared.push({ kind: 'zone', zone, p: q, weight: occ });
  }
  shared.sort((a, b) => b.weight - a.weight);
  const affordable = Math.floor(Math.log2(Math.max(1, limits.maxWork / Math.max(1, s.edgeCount))));
  const m = Math.max(0, Math.min(shared.length, limits.maxConditioned, affordable));
  const conditioned = shared.slice(0, m);

  const nodeBit = new Int32Array(n).fill(-1);
  const zoneBit = new Map<ZoneId, number>();
  conditioned.forEach((variable, bit) => {
    if (variable.kind === 'component') nodeBit[variable.node] = bit;
    else zoneBit.set(variable.zone, bit);
  });

  // Flat arrays: the loops below run 2^m times over every edge, so they must not allocate.
  const edgeStart = new Int32Array(n + 1);
  s.edges.forEach((edges, i) => (edgeStart[i + 1] = (edgeStart[i] ?? 0) + edges.length));
  const edgeCount = edgeStart[n] ?? 0;
  // u (the node itself up) and v (it and everything it needs) share one array, u at i and v at n + i,
  // so an edge reads the callee's v (sync) or u (async) without a branch.
  const edgeFrom = new Int32Array(edgeCount);
  // 1 − share: the caller's requests that do not make the call.
  const edgeSkip = new Float64Array(edgeCount);
  // share × in-time: how much of the callee's success reaches the caller (t = 1 − share + scale × callee).
  const edgeScale = new Float64Array(edgeCount);
  let maxDegree = 0;
  s.edges.forEach((edges, i) => {
    maxDegree = Math.max(maxDegree, edges.length);
    edges.forEach((edge, k) => {
      const e = (edgeStart[i] ?? 0) + k;
      edgeFrom[e] = edge.sync ? n + edge.to : edge.to;
      edgeSkip[e] = 1 - edge.share;
      edgeScale[e] = edge.share * edge.inTime;
    });
  });
  // Per node: served share × the zones not conditioned on (they occur once), and a mask of the conditioned zones.
  const staticFactor = new Float64Array(n);
  const zoneMask = new Int32Array(n);
  s.nodes.forEach((id, i) => {
    if (id === entry) {
      staticFactor[i] = 1;
      return;
    }
    let factor = inputs.served(id);
    let mask = 0;
    for (const zone of graph.byId.get(id)?.zones ?? []) {
      const bit = zoneBit.get(zone);
      if (bit === undefined) factor *= graph.zones.get(zone)?.availability ?? 1;
      else mask |= 1 << bit;
    }
    staticFactor[i] = factor;
    zoneMask[i] = mask;
  });

  const root = s.index.get(entry) ?? 0;
  const conditionedP = Float64Array.from(conditioned, (variable) => variable.p);
  const { total, gradient, conditionedGradient } = enumerateAssignments({
    n,
    m,
    root,
    p,
    nodeBit,
    zoneMask,
    staticFactor,
    edgeStart,
    edgeFrom,
    edgeSkip,
    edgeScale,
    maxDegree,
    conditionedP,
  });

  const gainIfPerfect = new Map<ComponentId, number>();
  s.nodes.forEach((id, i) => {
    if (id === entry) return;
    const bit = nodeBit[i] ?? -1;
    const derivative = bit >= 0 ? (conditionedGradient[bit] ?? 0) : (gradient[i] ?? 0);
    gainIfPerfect.set(id, Math.max(0, (1 - (p[i] ?? 1)) * derivative));
  });
  return {
    value: Math.min(1, Math.max(0, total)),
    method: m === shared.length ? 'exact' : 'lower-bound',
    sharedVariables: shared.length,
    conditionedVariables: m,
    gainIfPerfect,
  };
}
