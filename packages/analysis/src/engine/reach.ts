// How much of a flow's traffic reaches each component, and why: "10 % of requests reach API: CDN's
// 90 % hit ratio". Per traffic class, a request reaches a callee when it reaches a caller and that
// caller makes the call (its fraction, a cache's misses, an alternative's routed share); callers are
// taken as independent, the same assumption the latency composition makes for fractions, so the
// share is 1 − Π over incoming calls (1 − P(caller) × share called). The flow's share weighs the
// classes by the entry's read/write mix. The reason follows the path that brings the most traffic.
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
  /** P(a request of the flow reaches it), with the sentence that says why as its note. */
  readonly share: Explained;
}

/** One class's pass and its reasons' memo, by topological position. */
interface ClassReach extends ClassReachFigures {
  /** pathFactors' memo: each component's thinning is its best caller's plus one call's, so a flow's reasons cost O(components), not O(components × depth). */
  readonly factors: (PathFactors | undefined)[];
}

/** The thinning factors nearest a component (at most MAX_FACTORS) and how many further upstream were left out. */
interface PathFactors {
  readonly nearest: readonly string[];
  readonly upstream: number;
  /** `nearest` joined by ", ". */
  readonly listed: string;
  /** The factors as the reason prints them, built once per memo entry. */
  readonly text: string;
}

/** A reason names the nearest few thinning steps; a deep chain's earlier ones are counted, not listed. */
const MAX_FACTORS = 4;
const NO_FACTORS: PathFactors = { nearest: [], upstream: 0, listed: '', text: '' };

/** Shares of at least this much are "every request" (rounding of fractions that multiply to 1). */
const EVERY = 0.9995;

/** Per graph: the reasons' memo arrays (one per slot) and a mark per position for the union of classes. */
interface Scratch {
  readonly factors: [(PathFactors | undefined)[], (PathFactors | undefined)[]];
  readonly marked: Uint8Array;
  /** "every request reaches X" by position, shared by the flows (see everyRequest). */
  readonly every: (string | undefined)[];
}

const scratchByGraph = new WeakMap<Graph, Scratch>();

function scratch(graph: Graph, size: number): Scratch {
  let known = scratchByGraph.get(graph);
  if (!known) {
    const memo = () => new Array<PathFactors | undefined>(size).fill(undefined);
    known = { factors: [memo(), memo()], marked: new Uint8Array(size), every: new Array<string | undefined>(size).fill(undefined) };
    scratchByGraph.set(graph, known);
  }
  return known;
}

/** "every request reaches X", the same in every flow: built once per component and analysis. */
function everyRequest(graph: Graph, at: number, name: string): string {
  const memo = (scratchByGraph.get(graph) as { every: (string | undefined)[] }).every;
  let known = memo[at];
  if (known === undefined) {
    known = `every request reaches ${name}`;
    memo[at] = known;
  }
  return known;
}

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

function callFactors(graph: Graph, call: ResolvedCall, cls: TrafficClass): readonly string[] {
  let memo = factorMemo.get(graph);
  if (!memo) {
    memo = { read: new Map(), write: new Map() };
    factorMemo.set(graph, memo);
  }
  const known = memo[cls].get(call);
  if (known !== undefined) return known;
  const factors = thinning(graph, call, cls);
  memo[cls].set(call, factors);
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

/** The thinning along the path that brings the class most of its traffic, entry first (memoised per position). */
function pathFactors(graph: Graph, reach: ClassReach, at: number, cls: TrafficClass): PathFactors {
  const known = reach.factors[at];
  if (known !== undefined) return known;
  // Most often the best caller is worked out already (the reasons are asked for in board order).
  const first = reach.via[at];
  const parent = first === undefined ? NO_FACTORS : reach.factors[reach.viaFrom[at] as number];
  if (parent !== undefined) {
    const factors = first === undefined ? NO_FACTORS : extend(parent, callFactors(graph, first, cls));
    reach.factors[at] = factors;
    return factors;
  }
  // Walk up the best callers to the entry or to a component already worked out; a cycle stops the walk.
  const chain: number[] = [at];
  const seen = new Set<number>([at]);
  let base = NO_FACTORS;
  for (let from = reach.viaFrom[at] as number; reach.via[at] !== undefined && from >= 0; ) {
    const above = reach.factors[from];
    if (above !== undefined) {
      base = above;
      break;
    }
    if (seen.has(from)) break;
    seen.add(from);
    chain.push(from);
    if (reach.via[from] === undefined) break;
    from = reach.viaFrom[from] as number;
  }
  // Fill the memo from the top of the chain down: each one adds its incoming call's factors.
  for (let i = chain.length - 1; i >= 0; i--) {
    const position = chain[i] as number;
    const call = reach.via[position];
    if (call !== undefined) base = extend(base, callFactors(graph, call, cls));
    reach.factors[position] = base;
  }
  return base;
}

/** A component's factors: its best caller's and its incoming call's, the nearest MAX_FACTORS listed. */
function extend(base: PathFactors, added: readonly string[]): PathFactors {
  if (added.length === 0) return base;
  const all = [...base.nearest, ...added];
  const dropped = Math.max(0, all.length - MAX_FACTORS);
  const nearest = dropped === 0 ? all : all.slice(dropped);
  const upstream = base.upstream + dropped;
  // The caller's list grows by the added factors, its first `dropped` cut off (a slice, not a new join:
  // deep chains drop one at every component, and each join copied ~200 characters).
  const addedText = added.length === 1 ? (added[0] as string) : added.join(', ');
  let listed: string;
  if (base.listed === '' || dropped >= base.nearest.length) listed = nearest.join(', ');
  else if (dropped === 0) listed = `${base.listed}, ${addedText}`;
  else {
    let cut = 0;
    for (let i = 0; i < dropped; i++) cut += (base.nearest[i] as string).length + 2;
    listed = `${base.listed.slice(cut)}, ${addedText}`;
  }
  return { nearest, upstream, listed, text: upstream === 0 ? listed : `${listed} (and ${upstream} more upstream)` };
}

/** One class's reach of the flow, and its share at the component being described (set per component). */
interface ClassPart {
  readonly cls: TrafficClass;
  readonly weight: number;
  readonly reach: ClassReach;
  p: number;
}

function reason(graph: Graph, name: string, share: number, parts: readonly ClassPart[], at: number): string {
  if (share >= EVERY) return everyRequest(graph, at, name);
  if (share <= 0) return `no request of this flow reaches ${name}`;
  // Built as one string, no arrays: an analysis of the 1,000-component bench board writes ~3,000 of these.
  let reachedCount = 0;
  let only: ClassPart | undefined;
  for (const part of parts) {
    if (part.p <= 0) continue;
    reachedCount += 1;
    only = part;
  }
  let because = '';
  if (reachedCount === 1 && parts.length === 2 && only !== undefined) {
    because = `${only.cls === 'read' ? 'reads' : 'writes'} only (${sharePercent(only.weight)} of requests)`;
  }
  // Each class's thinning along the path that brings it the most; named by class when both reach it.
  for (const part of parts) {
    if (part.p <= 0) continue;
    const along = pathFactors(graph, part.reach, at, part.cls);
    if (along.nearest.length === 0) continue;
    const text = reachedCount > 1 ? `${along.text} (${part.cls}s)` : along.text;
    because = because === '' ? text : `${because}, ${text}`;
  }
  if (because === '') because = 'the calls that reach it are made by some requests only';
  // Concatenated, not joined: the factors' text (~200 characters, shared by the flow's reasons through
  // the memo) stays one string the reasons point to, not a copy in each.
  return `${sharePercent(share)} of requests reach ${name}: ${because}`;
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

/** The share of the flow's requests reaching every component it reaches (board order), the entry excluded. */
export function flowReach(
  graph: Graph,
  composer: LatencyComposer,
  entryId: ComponentId,
  entry: ResolvedEntry,
): Map<ComponentId, ComponentReach> {
  const out = new Map<ComponentId, ComponentReach>();
  const t = reachTables(graph);
  const entryAt = t.at.get(entryId);
  if (entryAt === undefined) return out;
  const { factors, marked } = scratch(graph, t.ids.length);
  const readWeight = entry.readFraction;
  const writeWeight = 1 - entry.readFraction;
  const classes: { cls: TrafficClass; weight: number }[] = [];
  if (readWeight > 0) classes.push({ cls: 'read', weight: readWeight });
  if (writeWeight > 0) classes.push({ cls: 'write', weight: writeWeight });
  // When reads and writes take the very same calls (no cache, no class-only call below the entry), one
  // pass serves both and the reason names its factors once, not once per class.
  const same = classes.length === 2 && !composer.classSensitive(entryId);
  const passes = same ? [{ cls: 'read' as const, weight: 1 }] : classes;
  const parts: ClassPart[] = passes.map((part, slot) => {
    const figures = classReach(t, composer, entryAt, part.cls, slot as 0 | 1);
    const reach: ClassReach = {
      order: figures.order,
      probability: figures.probability,
      via: figures.via,
      viaFrom: figures.viaFrom,
      factors: factors[slot] as (PathFactors | undefined)[],
    };
    return { cls: part.cls, weight: part.weight, reach, p: 0 };
  });
  const readPart = parts.find((part) => part.cls === 'read');
  const writePart = same ? readPart : parts.find((part) => part.cls === 'write');
  // Only the components some class reaches, in board order: their board indices, sorted as numbers.
  const reached: number[] = [];
  for (const part of parts) {
    for (const i of part.reach.order) {
      if (i === entryAt || marked[i] === 1 || (part.reach.probability[i] as number) <= 0) continue;
      const index = t.boardIndex[i] as number;
      if (index < 0) continue;
      marked[i] = 1;
      reached.push(index);
    }
  }
  reached.sort((a, b) => a - b);
  for (const index of reached) {
    const component = graph.components[index] as ResolvedComponent;
    const at = t.positionOf[index] as number;
    marked[at] = 0;
    for (const part of parts) part.p = part.reach.probability[at] as number;
    const readP = readPart?.p ?? 0;
    const writeP = writePart?.p ?? 0;
    const share = Math.min(1, (readPart === undefined ? 0 : readWeight * readP) + (writePart === undefined ? 0 : writeWeight * writeP));
    if (share <= 0) continue;
    const inputs = reachInputs(readPart === undefined ? undefined : readWeight, readP, writePart === undefined ? undefined : writeWeight, writeP);
    out.set(component.id, {
      component: component.id,
      name: component.name,
      share: explained(share, 'probability', REACH_FORMULA, inputs, {
        note: reason(graph, component.name, share, parts, at),
      }),
    });
  }
  for (const part of parts) {
    for (const i of part.reach.order) part.reach.factors[i] = undefined;
    releaseReach(part.reach);
  }
  return out;
}
