// How much of a flow's traffic reaches each component, and why: "10 % of requests reach API: CDN's
// 90 % hit ratio". Per traffic class, a request reaches a callee when it reaches a caller and that
// caller makes the call (its fraction, a cache's misses, an alternative's routed share); callers are
// taken as independent, the same assumption the latency composition makes for fractions, so the
// share is 1 − Π over incoming calls (1 − P(caller) × share called). The flow's share weighs the
// classes by the entry's read/write mix. The reason follows the path that brings the most traffic;
// the engine records that path and `reachReason` (explain/reach-reason.ts) words it when asked.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { ComponentId, Graph, ResolvedCall, ResolvedComponent, ResolvedEntry, TrafficClass } from '../model/graph';
import type { ClassReachFigures } from './class-reach';
import { classReach, reachTables, releaseReach } from './class-reach';

/** One component's share of a flow's requests. */
export interface ComponentReach {
  readonly component: ComponentId;
  readonly name: string;
  /** P(a request of the flow reaches it); the sentence that says why is `reachReason` (explain/reach-reason.ts). */
  readonly share: Explained;
}

/**
 * One traffic class's pass over the flow (or one pass for both when they take the same calls), with
 * what `reachReason` needs to say why a component gets the share it gets, aligned with the flow's `reach`.
 */
export interface ReachPass {
  /** 'read' for a pass serving both classes (its share's inputs give each class's weight). */
  readonly cls: TrafficClass;
  /** Per reached component: the index in `reach` of the caller bringing this class the most; −1 for the entry point or none. */
  readonly via: readonly number[];
  /** Per reached component: what thins this class on that caller's call (a cache's hits, a fraction, a routed share). */
  readonly thinning: readonly (readonly string[])[];
}

/** A component's reach in the flow being analysed (undefined for the entry and what it does not reach). */
export interface ReachLookup {
  get(id: ComponentId): ComponentReach | undefined;
}

/** A flow's reach: the share at every component it reaches (board order), and the passes' paths. */
export interface FlowReach {
  /** Valid while the flow is analysed: the next flow's pass refills the table behind it. */
  readonly byComponent: ReachLookup;
  /** The same, as the result lists them. */
  readonly list: ComponentReach[];
  readonly passes: readonly ReachPass[];
}

/** One class's pass, by topological position. */
type ClassReach = ClassReachFigures;

const NO_THINNING: readonly string[] = Object.freeze([]);

/**
 * Per graph: a mark per board index for the union of classes, each position's index in the flow's
 * `reach`, and the flow's reach by position (what `byComponent` reads; a map per flow cost ~300 inserts
 * and its growth on each large flow of the 1,000-component bench board).
 */
interface Scratch {
  readonly marked: Uint8Array;
  readonly index: Int32Array;
  readonly reached: (ComponentReach | undefined)[];
  /** The positions the last flow filled in `reached`, cleared when the next flow starts. */
  filled: number[];
  /** Which flow's figures `reached` holds, so a lookup kept past its flow fails loudly. */
  flow: number;
}

const scratchByGraph = new WeakMap<Graph, Scratch>();

function scratch(graph: Graph, size: number): Scratch {
  let known = scratchByGraph.get(graph);
  if (!known) {
    known = { marked: new Uint8Array(size), index: new Int32Array(size).fill(-1), reached: new Array<ComponentReach | undefined>(size).fill(undefined), filled: [], flow: 0 };
    scratchByGraph.set(graph, known);
  }
  return known;
}

/** `byComponent` of one flow: the graph's positions into the scratch table that flow filled. */
class ReachByPosition implements ReachLookup {
  constructor(
    private readonly at: ReadonlyMap<ComponentId, number>,
    private readonly table: Scratch,
    private readonly flow: number,
  ) {}

  get(id: ComponentId): ComponentReach | undefined {
    if (this.table.flow !== this.flow) throw new Error("internal: a flow's reach read after the next flow's pass");
    const at = this.at.get(id);
    return at === undefined ? undefined : this.table.reached[at];
  }
}

const NOTHING_REACHED: ReachLookup = { get: () => undefined };

/** A share as people say it: whole percent from 1 %, two significant figures below, and never "100 %" short of all. */
export function sharePercent(share: number): string {
  const percent = share * 100;
  if (percent >= 99.5 && percent < 100) return `${Math.min(99.9, Math.floor(percent * 10) / 10)} %`;
  if (percent >= 1) return `${Math.round(percent)} %`;
  if (percent <= 0) return '0 %';
  return `${Number(percent.toPrecision(2))} %`;
}

/** callFactors' memo per graph and class: a call's factors are the same in every flow that takes it. */
const factorMemo = new WeakMap<Graph, Record<TrafficClass, Map<ResolvedCall, readonly string[]>>>();

/** The graph's memo of one class's factors, looked up once per flow's pass (not once per component). */
function factorsOf(graph: Graph, cls: TrafficClass): Map<ResolvedCall, readonly string[]> {
  let memo = factorMemo.get(graph);
  if (!memo) {
    memo = { read: new Map(), write: new Map() };
    factorMemo.set(graph, memo);
  }
  return memo[cls];
}

function callFactors(graph: Graph, memo: Map<ResolvedCall, readonly string[]>, call: ResolvedCall, cls: TrafficClass): readonly string[] {
  const known = memo.get(call);
  if (known !== undefined) return known;
  const found = thinning(graph, call, cls);
  // Most calls thin nothing: they share one empty list (the flows' `reachPasses` point at these).
  const factors = found.length === 0 ? NO_THINNING : found;
  memo.set(call, factors);
  return factors;
}

/** What thins a class's traffic on one call: a cache's hits, a fraction, an alternative's share. */
function thinning(graph: Graph, call: ResolvedCall, cls: TrafficClass): string[] {
  const out: string[] = [];
  const caller = graph.byId.get(call.from);
  const callee = graph.byId.get(call.to);
  if (caller?.isCache === true && cls === 'read' && (caller.hitRatio ?? 0) > 0)
    out.push(`${caller.name}'s ${sharePercent(caller.hitRatio ?? 0)} hit ratio`);
  if (call.fraction < 1) out.push(`${caller?.name ?? call.from} calls ${callee?.name ?? call.to} for ${sharePercent(call.fraction)} of its requests`);
  const routed = call.branch?.routed[cls];
  if (routed !== undefined && routed < 1) out.push(`${caller?.name ?? call.from} routes ${sharePercent(routed)} to it`);
  return out;
}

/** The figure's inputs, one fixed shape per mix of classes (a weight is undefined for a class the flow has none of). */
function reachInputs(readShare: number | undefined, readReach: number, writeShare: number | undefined, writeReach: number): Record<string, number> {
  if (readShare !== undefined && writeShare !== undefined) return { readShare, readReach, writeShare, writeReach };
  if (readShare !== undefined) return { readShare, readReach };
  if (writeShare !== undefined) return { writeShare, writeReach };
  return {};
}

const REACH_FORMULA =
  'Σ over classes: class share × P(reach); P(reach) = 1 − Π over incoming calls (1 − P(caller) × share of its requests making the call)';

/** One pass's figures while the flow is worked out, and its share at the component being filled in. */
interface ClassPart {
  readonly cls: TrafficClass;
  readonly reach: ClassReach;
  p: number;
}

/**
 * The share of the flow's requests reaching every component it reaches (board order), the entry excluded,
 * and each pass's best callers and their calls' thinning, from which `reachReason` words the reason
 * when a reader asks (an analysis of the 1,000-component bench board reaches ~3,000 components; their
 * sentences, built and kept by every analysis, were ~15 % of its time).
 */
export function flowReach(graph: Graph, composer: LatencyComposer, entryId: ComponentId, entry: ResolvedEntry): FlowReach {
  const t = reachTables(graph);
  const entryAt = t.at.get(entryId);
  if (entryAt === undefined) return { byComponent: NOTHING_REACHED, list: [], passes: [] };
  const table = scratch(graph, Math.max(t.ids.length, graph.components.length));
  const { marked, index: indexAt, reached } = table;
  for (const at of table.filled) reached[at] = undefined;
  table.flow++;
  const readWeight = entry.readFraction;
  const writeWeight = 1 - entry.readFraction;
  const classes: { cls: TrafficClass; weight: number }[] = [];
  if (readWeight > 0) classes.push({ cls: 'read', weight: readWeight });
  if (writeWeight > 0) classes.push({ cls: 'write', weight: writeWeight });
  // When reads and writes take the very same calls (no cache, no class-only call below the entry), one
  // pass serves both and the reason names its factors once, not once per class.
  const same = classes.length === 2 && !composer.classSensitive(entryId);
  const passes = same ? [{ cls: 'read' as const, weight: 1 }] : classes;
  const parts: ClassPart[] = passes.map((part, slot) => ({
    cls: part.cls,
    reach: classReach(t, composer, entryAt, part.cls, slot as 0 | 1),
    p: 0,
  }));
  const readPart = parts.find((part) => part.cls === 'read');
  const writePart = same ? readPart : parts.find((part) => part.cls === 'write');
  // Only the components some class reaches, in board order: marked by board index, read back in order.
  let lowest = Infinity;
  let highest = -1;
  let marks = 0;
  for (const part of parts) {
    for (const i of part.reach.order) {
      if (i === entryAt || (part.reach.probability[i] as number) <= 0) continue;
      const index = t.boardIndex[i] as number;
      if (index < 0 || marked[index] === 1) continue;
      marked[index] = 1;
      marks++;
      if (index < lowest) lowest = index;
      if (index > highest) highest = index;
    }
  }
  // Positions of the components listed, in `reach` order (a share of 0 leaves one out).
  // Sized up front (a large flow lists ~300): growing them by pushes left copies for the collector.
  const listed: number[] = new Array<number>(marks);
  const list: ComponentReach[] = new Array<ComponentReach>(marks);
  let count = 0;
  for (let index = lowest; index <= highest; index++) {
    if (marked[index] === 0) continue;
    marked[index] = 0;
    const component = graph.components[index] as ResolvedComponent;
    const at = t.positionOf[index] as number;
    for (const part of parts) part.p = part.reach.probability[at] as number;
    const readP = readPart?.p ?? 0;
    const writeP = writePart?.p ?? 0;
    const share = Math.min(1, (readPart === undefined ? 0 : readWeight * readP) + (writePart === undefined ? 0 : writeWeight * writeP));
    if (share <= 0) continue;
    const inputs = reachInputs(readPart === undefined ? undefined : readWeight, readP, writePart === undefined ? undefined : writeWeight, writeP);
    indexAt[at] = count;
    listed[count] = at;
    const reach: ComponentReach = {
      component: component.id,
      name: component.name,
      share: explained(share, 'probability', REACH_FORMULA, inputs),
    };
    reached[at] = reach;
    list[count++] = reach;
  }
  listed.length = count;
  list.length = count;
  const paths: ReachPass[] = parts.map((part) => {
    const memo = factorsOf(graph, part.cls);
    const via: number[] = new Array<number>(count);
    const thinning: (readonly string[])[] = new Array<readonly string[]>(count);
    for (let k = 0; k < count; k++) {
      const at = listed[k] as number;
      const call = part.reach.via[at];
      const from = part.reach.viaFrom[at] as number;
      if (call === undefined || (part.reach.probability[at] as number) <= 0) {
        via[k] = -1;
        thinning[k] = NO_THINNING;
      } else {
        via[k] = from >= 0 ? (indexAt[from] as number) : -1;
        thinning[k] = callFactors(graph, memo, call, part.cls);
      }
    }
    return { cls: part.cls, via, thinning };
  });
  for (const at of listed) indexAt[at] = -1;
  table.filled = listed;
  for (const part of parts) releaseReach(part.reach);
  return { byComponent: new ReachByPosition(t.at, table, table.flow), list, passes: paths };
}
