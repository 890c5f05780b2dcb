// One flow's dependency structure for availability: the components a request of one class can reach
// from its entry point, how many times each is reached (a component or zone reached more than once is a
// shared variable the exact evaluation conditions on), and per component the calls that can fail it —
// plain required calls, and alternative groups, whose branches are chosen among (groups.ts).
import type { Graph, ResolvedCall } from '../model/graph';
import type { ComponentId, TrafficClass, ZoneId } from '../model/graph';
import { topoPositions } from '../model/graph';
import { carriesClass, classWeights, requestShare } from '../model/alternatives';
import type { AvailabilityInputs } from './flow-inputs';

/** A required call: the caller's requests succeed only when the callee's part does (t = 1 − share + share × inTime × callee). */
export interface PlainEdge {
  readonly to: number;
  readonly share: number;
  readonly inTime: number;
  /** Sync calls need the callee and what it needs (v); async ones only the callee accepting (u). */
  readonly sync: boolean;
  /** Arrivals at the callee per call made (fan-out): a tier that sheds admits each one apart. */
  readonly arrivals: number;
}

/** What a chosen branch needs of its target: all it needs (v), the target accepting (u, async), or nothing but being chosen (h, optional). */
export type BranchNeeds = 'v' | 'u' | 'h';

export interface Branch {
  readonly to: number;
  /** Weight among the branches that carry the class (sums to 1). */
  readonly weight: number;
  readonly failover: boolean;
  readonly inTime: number;
  readonly needs: BranchNeeds;
  readonly arrivals: number;
}

/** An alternative group: `share` of the caller's requests make it, and each of those takes one branch. */
export interface GroupEdge {
  readonly share: number;
  readonly branches: readonly Branch[];
}

export interface Structure {
  readonly nodes: ComponentId[];
  readonly index: Map<ComponentId, number>;
  readonly edges: Array<readonly PlainEdge[]>;
  readonly groups: Array<readonly GroupEdge[]>;
  /** Per node: whether a group's health check reads it (then its health and its serving part are apart). */
  readonly targets: Uint8Array;
  readonly occurrences: Float64Array;
  readonly zoneOccurrences: Map<ZoneId, number>;
  /** Edge visits of one evaluation (a group counts its health states × branches), for the work budget. */
  readonly work: number;
}

/** Visits per topological position (sync and async), zero between calls; grown to the largest board seen. */
let syncVisits = new Float64Array(0);
let asyncVisits = new Float64Array(0);

function needsOf(call: ResolvedCall): BranchNeeds {
  return call.optional ? 'h' : call.mode === 'sync' ? 'v' : 'u';
}

type Chosen = ReadonlyArray<{ readonly calls: ResolvedCall[]; readonly share: number }>;
/** Shared by every caller without alternatives, so the plain case allocates nothing for them. */
const NO_GROUPS: Chosen = [];
const NO_GROUP_EDGES: readonly GroupEdge[] = [];
/** A node reached only asynchronously: its own calls are not needed. */
const NO_CALLS: Plain = [];

type Plain = Array<{ call: ResolvedCall; share: number }>;

/**
 * A caller's outgoing calls for a class: plain required calls, and its alternative groups (board order),
 * pushed onto the walk's lists (one entry per reached caller in each).
 */
function callsOf(inputs: AvailabilityInputs, id: ComponentId, cls: TrafficClass, plainOut: Plain[], chosenOut: Chosen[]): void {
  const plain: Plain = [];
  plainOut.push(plain);
  let groups: Map<string, ResolvedCall[]> | undefined;
  for (const call of inputs.graph.outgoing.get(id) ?? []) {
    if (call.branch !== undefined) {
      if (!carriesClass(call, cls)) continue;
      groups ??= new Map();
      const members = groups.get(call.branch.group);
      if (members) members.push(call);
      else groups.set(call.branch.group, [call]);
      continue;
    }
    const share = inputs.share(call, cls);
    if (call.optional || share <= 0) continue;
    plain.push({ call, share });
  }
  if (groups === undefined) {
    chosenOut.push(NO_GROUPS);
    return;
  }
  const chosen: Array<{ calls: ResolvedCall[]; share: number }> = [];
  for (const members of groups.values()) {
    const first = members[0] as ResolvedCall;
    const share = requestShare(inputs.graph.byId.get(id), first, cls);
    // A group of optional branches only cannot fail the request.
    if (share > 0 && members.some((call) => !call.optional)) chosen.push({ calls: members, share });
  }
  chosenOut.push(chosen);
}

export function structure(inputs: AvailabilityInputs, entry: ComponentId, cls: TrafficClass): Structure {
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
  const plainOut: Plain[] = [];
  const chosenOut: Chosen[] = [];
  const reached: number[] = [];
  if (start !== undefined) {
    occV[start] = 1;
    for (let i = start; i < order.length; i++) {
      const visits = occV[i] as number;
      if (visits === 0) {
        if ((occU[i] as number) > 0) {
          reached.push(i);
          plainOut.push(NO_CALLS);
          chosenOut.push(NO_GROUPS);
        }
        continue;
      }
      reached.push(i);
      callsOf(inputs, order[i] as ComponentId, cls, plainOut, chosenOut);
      for (const { call } of plainOut[plainOut.length - 1] as Plain) visit(position, call, call.mode === 'sync', visits);
      for (const group of chosenOut[chosenOut.length - 1] as Chosen)
        for (const call of group.calls) visit(position, call, needsOf(call) === 'v', visits);
    }
  }
  return assemble(inputs, graph, entry, cls, order, reached, plainOut, chosenOut);
}

/** Passes a caller's visits on to a callee: sync visits walk on from it, async ones only reach it. */
function visit(position: ReadonlyMap<ComponentId, number>, call: ResolvedCall, sync: boolean, visits: number): void {
  const to = position.get(call.to);
  if (to === undefined) return;
  const target = sync ? syncVisits : asyncVisits;
  target[to] = Math.min(1e9, (target[to] as number) + visits);
}

/**
 * A cache draws its hit or miss once per visit, and on a miss makes all its calls: its calls hang off a
 * node of its own (this suffix on the cache's id, never failing, no zones), reached from the cache with
 * the miss ratio, so the cache succeeds with hit + miss × Π calls rather than with Π (1 − miss × f + …),
 * which would draw the miss once per call. Only reads miss; only a cache with calls that can fail needs it.
 */
export const MISS_NODE = '\u0000miss';

export function isMissNode(id: string): boolean {
  return id.endsWith(MISS_NODE);
}

/** The read miss ratio of a cache whose misses call on (0 < miss < 1), else undefined. */
function missOf(graph: Graph, id: ComponentId, cls: TrafficClass, plain: Plain, chosen: Chosen): number | undefined {
  const component = graph.byId.get(id);
  if (cls !== 'read' || component?.isCache !== true || (plain.length === 0 && chosen.length === 0)) return undefined;
  const miss = 1 - (component.hitRatio ?? 0);
  return miss > 0 && miss < 1 ? miss : undefined;
}

function assemble(
  inputs: AvailabilityInputs,
  graph: Graph,
  entry: ComponentId,
  cls: TrafficClass,
  order: readonly ComponentId[],
  reached: readonly number[],
  plainOut: readonly Plain[],
  chosenOut: readonly Chosen[],
): Structure {
  const nodes: ComponentId[] = [];
  // Per reached node: its miss ratio when its calls go through a miss node (placed right after it).
  const misses = reached.map((at, i) => {
    const id = order[at] as ComponentId;
    nodes.push(id);
    const miss = missOf(graph, id, cls, plainOut[i] as Plain, chosenOut[i] as Chosen);
    if (miss !== undefined) nodes.push(`${id}${MISS_NODE}` as ComponentId);
    return miss;
  });
  const index = new Map(nodes.map((id, i) => [id, i]));
  const occurrences = new Float64Array(nodes.length);
  const zoneOccurrences = new Map<ZoneId, number>();
  const targets = new Uint8Array(nodes.length);
  let work = 0;
  const groups: Array<readonly GroupEdge[]> = [];
  const edges: Array<readonly PlainEdge[]> = [];
  reached.forEach((at, i) => {
    const id = order[at] as ComponentId;
    const slot = index.get(id) as number;
    occurrences[slot] = id === entry ? 0 : (syncVisits[at] as number) + (asyncVisits[at] as number);
    for (const zone of zonesOf(graph, id)) zoneOccurrences.set(zone, (zoneOccurrences.get(zone) ?? 0) + (occurrences[slot] ?? 0));
    const miss = misses[i];
    // The calls' shares count the miss ratio (a cache forwards only misses); behind the miss node they are per miss.
    const per = miss ?? 1;
    const plain = (plainOut[i] as Plain).map(({ call, share }) => ({
      to: index.get(call.to) ?? 0,
      share: share / per,
      inTime: inputs.inTime(call, cls),
      sync: call.mode === 'sync',
      arrivals: call.callsPerRequest,
    }));
    const groupsHere = chosenOut[i] as Chosen;
    const chosen = groupsHere.length === 0 ? NO_GROUP_EDGES : groupsHere.map(({ calls: members, share }) => {
      const weights = classWeights(members);
      const branches = members.map((call, j) => {
        const to = index.get(call.to) ?? 0;
        targets[to] = 1;
        return { to, weight: weights[j] ?? 0, failover: call.branch?.failover ?? true, inTime: inputs.inTime(call, cls), needs: needsOf(call), arrivals: call.callsPerRequest };
      });
      work += (1 << branches.length) * branches.length;
      return { share: share / per, branches };
    });
    work += plain.length + 1;
    if (miss === undefined) {
      edges.push(plain);
      groups.push(chosen);
      return;
    }
    edges.push([{ to: slot + 1, share: miss, inTime: 1, sync: true, arrivals: 1 }], plain);
    groups.push(NO_GROUP_EDGES, chosen);
    occurrences[slot + 1] = occurrences[slot] as number;
    work += 1;
  });
  for (const at of reached) syncVisits[at] = asyncVisits[at] = 0;
  return { nodes, index, edges, groups, targets, occurrences, zoneOccurrences, work };
}

/** Every zone a component fails with: its zone chain, or the zones of all the parts of its spread. */
export function zonesOf(graph: Graph, id: ComponentId): readonly ZoneId[] {
  return graph.byId.get(id)?.failureZones ?? [];
}
