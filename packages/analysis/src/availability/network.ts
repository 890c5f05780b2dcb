// A flow's structure flattened into typed arrays for the enumeration: the plain network enumerate.ts
// runs four assignments at a time, or the general one (alternatives, spread components) for
// enumerate-general.ts. Zones conditioned on become mask bits; the others multiply into static factors.
import type { ComponentId, Graph, ZoneId } from '../model/graph';
import type { GeneralNetwork } from './enumerate-general';
import type { Network } from './enumerate';
import type { GroupTable } from './groups';
import { groupTable } from './groups';
import type { SpreadModel, SpreadTables } from './spread-tables';
import { spreadTables } from './spread-tables';
import type { Structure } from './structure';
import type { Conditioning, NodeParts } from './variables';

/** Per node: the conditioned zones it needs up (a mask), and the product of the others' availabilities. */
export interface ZoneFactors {
  readonly mask: Int32Array;
  readonly zoneFactor: Float64Array;
  /** Per node: its zones not conditioned on and not up for sure, for their gains. */
  readonly free: ReadonlyArray<readonly ZoneId[]>;
}

/** The product of a node's zone availabilities but one (its zones not conditioned on). */
export function zoneFactorWithout(
  zones: readonly ZoneId[],
  zoneBit: ReadonlyMap<ZoneId, number>,
  left: ZoneId,
  zoneUp: (zone: ZoneId) => number,
): number {
  let factor = 1;
  for (const zone of zones) if (zone !== left && !zoneBit.has(zone)) factor *= zoneUp(zone);
  return factor;
}

const NO_ZONES: readonly ZoneId[] = [];

export function zoneFactors(
  graph: Graph,
  s: Structure,
  entry: ComponentId,
  zoneBit: ReadonlyMap<ZoneId, number>,
  zoneUp: (zone: ZoneId) => number,
): ZoneFactors {
  const n = s.nodes.length;
  const mask = new Int32Array(n);
  const zoneFactor = new Float64Array(n).fill(1);
  const free: Array<readonly ZoneId[]> = [];
  s.nodes.forEach((id, i) => {
    let mine: ZoneId[] | undefined;
    free.push(NO_ZONES);
    const component = graph.byId.get(id);
    // A spread component's zones are in its tables (spread-tables.ts), not in one mask.
    if (id === entry || component?.spread !== undefined) return;
    for (const zone of component?.zones ?? []) {
      const bit = zoneBit.get(zone);
      if (bit !== undefined) {
        mask[i] = (mask[i] as number) | (1 << bit);
        continue;
      }
      const q = zoneUp(zone);
      zoneFactor[i] = (zoneFactor[i] as number) * q;
      // A zone down for sure (what-if) has a gain too: what bringing it back would give.
      if (q < 1) {
        if (mine === undefined) {
          mine = [];
          free[i] = mine;
        }
        mine.push(zone);
      }
    }
  });
  return { mask, zoneFactor, free };
}

/** Plain edges (required calls) per node in flat arrays; `groupEdges` adds each alternative group as one more factor. */
function flatEdges(s: Structure, groupEdges: boolean) {
  const n = s.nodes.length;
  const edgeStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    edgeStart[i + 1] = (edgeStart[i] as number) + (s.edges[i]?.length ?? 0) + (groupEdges ? (s.groups[i]?.length ?? 0) : 0);
  const count = edgeStart[n] as number;
  // u (the node itself up) and v (it and everything it needs) share one array, u at i and v at n + i,
  // so an edge reads the callee's v (sync) or u (async) without a branch.
  const edgeFrom = new Int32Array(count);
  const edgeSkip = new Float64Array(count);
  const edgeScale = new Float64Array(count);
  const edgeGroup = new Int32Array(count).fill(-1);
  const groups: GroupTable[] = [];
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    let e = edgeStart[i] as number;
    maxDegree = Math.max(maxDegree, (edgeStart[i + 1] as number) - e);
    for (const edge of s.edges[i] ?? []) {
      edgeFrom[e] = edge.sync ? n + edge.to : edge.to;
      // 1 − share: the caller's requests that do not make the call; share × in-time: how much of the callee's success reaches it.
      edgeSkip[e] = 1 - edge.share;
      edgeScale[e] = edge.share * edge.inTime;
      e += 1;
    }
    if (!groupEdges) continue;
    for (const group of s.groups[i] ?? []) {
      edgeGroup[e] = groups.length;
      groups.push(groupTable(group));
      edgeSkip[e] = 1 - group.share;
      edgeScale[e] = group.share;
      e += 1;
    }
  }
  return { edgeStart, edgeFrom, edgeSkip, edgeScale, edgeGroup, groups, maxDegree };
}

/** The values, with 1 for a spread node (its tables give its parts). */
function unlessSpread(values: Float64Array, spread: Uint8Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = spread[i] === 1 ? 1 : (values[i] as number);
  return out;
}

/** Per node: its served share × the availabilities of its zones not conditioned on. */
function staticFactors(served: Float64Array, zones: ZoneFactors): Float64Array {
  const out = new Float64Array(served.length);
  for (let i = 0; i < served.length; i++) out[i] = (served[i] as number) * (zones.zoneFactor[i] as number);
  return out;
}

export function plainNetwork(
  s: Structure,
  entry: ComponentId,
  parts: NodeParts,
  served: Float64Array,
  zones: ZoneFactors,
  conditioning: Conditioning,
): Network {
  const n = s.nodes.length;
  const { edgeStart, edgeFrom, edgeSkip, edgeScale, maxDegree } = flatEdges(s, false);
  return {
    n,
    m: conditioning.bits,
    root: s.index.get(entry) ?? 0,
    p: parts.serve,
    nodeBit: conditioning.serveBit,
    zoneMask: zones.mask,
    staticFactor: staticFactors(served, zones),
    edgeStart,
    edgeFrom,
    edgeSkip,
    edgeScale,
    maxDegree,
    conditionedP: Float64Array.from(conditioning.probability),
  };
}

export function generalNetwork(
  s: Structure,
  entry: ComponentId,
  parts: NodeParts,
  served: Float64Array,
  zones: ZoneFactors,
  conditioning: Conditioning,
  spreadModel: (node: number) => SpreadModel | null,
): GeneralNetwork {
  const n = s.nodes.length;
  const flat = flatEdges(s, true);
  const spread: Array<SpreadTables | null> = s.nodes.map((_, i) => {
    const model = parts.spread[i] === 1 ? spreadModel(i) : null;
    return model ? spreadTables(model, conditioning.zoneBit) : null;
  });
  return {
    n,
    m: conditioning.bits,
    root: s.index.get(entry) ?? 0,
    serveOwn: unlessSpread(parts.serve, parts.spread),
    serveBit: conditioning.serveBit,
    healthOwn: unlessSpread(parts.health, parts.spread),
    healthBit: conditioning.healthBit,
    zoneMask: zones.mask,
    staticFactor: staticFactors(served, zones),
    zoneFactor: zones.zoneFactor,
    spread,
    dependent: conditioning.dependent,
    isTarget: s.targets,
    ...flat,
    conditionedP: Float64Array.from(conditioning.probability),
    dependentOf: Int32Array.from(conditioning.dependentOf),
    dependentHealth: Uint8Array.from(conditioning.dependentHealth),
  };
}
