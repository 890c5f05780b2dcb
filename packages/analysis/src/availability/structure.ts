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

/** A caller's outgoing calls for a class: plain required calls, and its alternative groups (board order). */
function callsOf(inputs: AvailabilityInputs, id: ComponentId, cls: TrafficClass) {
  const plain: Array<{ call: ResolvedCall; share: number }> = [];
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
  const chosen: Array<{ calls: ResolvedCall[]; share: number }> = [];
  for (const members of groups?.values() ?? []) {
    const first = members[0] as ResolvedCall;
    const share = requestShare(inputs.graph.byId.get(id), first, cls);
    // A group of optional branches only cannot fail the request.
    if (share > 0 && members.some((call) => !call.optional)) chosen.push({ calls: members, share });
  }
  return { plain, chosen };
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
  const outgoing: Array<ReturnType<typeof callsOf> | undefined> = [];
  const reached: number[] = [];
  const visit = (call: ResolvedCall, sync: boolean, visits: number) => {
    const to = position.get(call.to);
    if (to === undefined) return;
    const target = sync ? occV : occU;
    target[to] = Math.min(1e9, (target[to] as number) + visits);
  };
  if (start !== undefined) {
    occV[start] = 1;
    for (let i = start; i < order.length; i++) {
      const visits = occV[i] as number;
      if (visits === 0) {
        if ((occU[i] as number) > 0) {
          reached.push(i);
          outgoing.push(undefined);
        }
        continue;
      }
      reached.push(i);
      const calls = callsOf(inputs, order[i] as ComponentId, cls);
      for (const { call } of calls.plain) visit(call, call.mode === 'sync', visits);
      for (const group of calls.chosen) for (const call of group.calls) visit(call, needsOf(call) === 'v', visits);
      outgoing.push(calls);
    }
  }
  return assemble(inputs, graph, entry, cls, order, reached, outgoing);
}

function assemble(
  inputs: AvailabilityInputs,
  graph: Graph,
  entry: ComponentId,
  cls: TrafficClass,
  order: readonly ComponentId[],
  reached: readonly number[],
  outgoing: ReadonlyArray<ReturnType<typeof callsOf> | undefined>,
): Structure {
  const nodes = reached.map((i) => order[i] as ComponentId);
  const index = new Map(nodes.map((id, i) => [id, i]));
  const occurrences = new Float64Array(nodes.length);
  const zoneOccurrences = new Map<ZoneId, number>();
  const targets = new Uint8Array(nodes.length);
  let work = 0;
  const groups: Array<readonly GroupEdge[]> = [];
  const edges = nodes.map((id, i) => {
    const at = reached[i] as number;
    occurrences[i] = id === entry ? 0 : (syncVisits[at] as number) + (asyncVisits[at] as number);
    for (const zone of zonesOf(graph, id)) zoneOccurrences.set(zone, (zoneOccurrences.get(zone) ?? 0) + (occurrences[i] ?? 0));
    const calls = outgoing[i];
    const plain = (calls?.plain ?? []).map(({ call, share }) => ({
      to: index.get(call.to) ?? 0,
      share,
      inTime: inputs.inTime(call, cls),
      sync: call.mode === 'sync',
    }));
    const chosen = (calls?.chosen ?? []).map(({ calls: members, share }) => {
      const weights = classWeights(members);
      const branches = members.map((call, j) => {
        const to = index.get(call.to) ?? 0;
        targets[to] = 1;
        return { to, weight: weights[j] ?? 0, failover: call.branch?.failover ?? true, inTime: inputs.inTime(call, cls), needs: needsOf(call) };
      });
      work += (1 << branches.length) * branches.length;
      return { share, branches };
    });
    groups.push(chosen);
    work += plain.length + 1;
    return plain;
  });
  for (const at of reached) syncVisits[at] = asyncVisits[at] = 0;
  return { nodes, index, edges, groups, targets, occurrences, zoneOccurrences, work };
}

/** Every zone a component fails with: its zone chain, or the zones of all the parts of its spread. */
export function zonesOf(graph: Graph, id: ComponentId): readonly ZoneId[] {
  const component = graph.byId.get(id);
  if (!component) return [];
  if (component.spread === undefined) return component.zones;
  const zones: ZoneId[] = [];
  for (const part of component.spread) for (const zone of part.chain) if (!zones.includes(zone)) zones.push(zone);
  return zones;
}
