// How much of a flow's traffic reaches each component, and why: "10 % of requests reach API: CDN's
// 90 % hit ratio". Per traffic class, a request reaches a callee when it reaches a caller and that
// caller makes the call (its fraction, a cache's misses, an alternative's routed share); callers are
// taken as independent, the same assumption the latency composition makes for fractions, so the
// share is 1 − Π over incoming calls (1 − P(caller) × share called). The flow's share weighs the
// classes by the entry's read/write mix. The reason follows the path that brings the most traffic.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { ComponentId, Graph, ResolvedCall, ResolvedEntry, TrafficClass } from '../model/graph';

/** One component's share of a flow's requests. */
export interface ComponentReach {
  readonly component: ComponentId;
  readonly name: string;
  /** P(a request of the flow reaches it), with the sentence that says why as its note. */
  readonly share: Explained;
}

interface ClassReach {
  readonly probability: Map<ComponentId, number>;
  /** The incoming call that brings the most of this class's traffic. */
  readonly via: Map<ComponentId, ResolvedCall>;
  /** pathFactors' memo: each component's thinning is its best caller's plus one call's, so a flow's reasons cost O(components), not O(components × depth). */
  readonly factors: Map<ComponentId, PathFactors>;
}

/** The thinning factors nearest a component (at most MAX_FACTORS) and how many further upstream were left out. */
interface PathFactors {
  readonly nearest: readonly string[];
  readonly upstream: number;
}

/** A reason names the nearest few thinning steps; a deep chain's earlier ones are counted, not listed. */
const MAX_FACTORS = 4;
const NO_FACTORS: PathFactors = { nearest: [], upstream: 0 };

/** Shares of at least this much are "every request" (rounding of fractions that multiply to 1). */
const EVERY = 0.9995;

function classReach(graph: Graph, composer: LatencyComposer, entry: ComponentId, cls: TrafficClass): ClassReach {
  const probability = new Map<ComponentId, number>([[entry, 1]]);
  const miss = new Map<ComponentId, number>();
  const via = new Map<ComponentId, ResolvedCall>();
  const best = new Map<ComponentId, number>();
  for (const id of graph.topoOrder) {
    const p = probability.get(id) ?? 0;
    if (p <= 0) continue;
    for (const call of graph.outgoing.get(id) ?? []) {
      const brought = p * composer.shareCalled(call, cls);
      if (brought <= 0) continue;
      miss.set(call.to, (miss.get(call.to) ?? 1) * (1 - brought));
      probability.set(call.to, 1 - (miss.get(call.to) as number));
      if (brought > (best.get(call.to) ?? 0)) {
        best.set(call.to, brought);
        via.set(call.to, call);
      }
    }
  }
  return { probability, via, factors: new Map() };
}

/** A share as people say it: whole percent from 1 %, two significant figures below, and never "100 %" short of all. */
export function sharePercent(share: number): string {
  const percent = share * 100;
  if (percent >= 99.5 && percent < 100) return `${Math.min(99.9, Math.floor(percent * 10) / 10)} %`;
  if (percent >= 1) return `${Math.round(percent)} %`;
  if (percent <= 0) return '0 %';
  return `${Number(percent.toPrecision(2))} %`;
}

/** What thins a class's traffic on one call: a cache's hits, a fraction, an alternative's share. */
function callFactors(graph: Graph, call: ResolvedCall, cls: TrafficClass): string[] {
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

/** The thinning along the path that brings the class most of its traffic, entry first (memoised per component). */
function pathFactors(graph: Graph, reach: ClassReach, id: ComponentId, cls: TrafficClass): PathFactors {
  const known = reach.factors.get(id);
  if (known !== undefined) return known;
  // Walk up the best callers to the entry or to a component already worked out; a cycle stops the walk.
  const chain: ComponentId[] = [id];
  const seen = new Set<ComponentId>([id]);
  let base = NO_FACTORS;
  for (let call = reach.via.get(id); call !== undefined; call = reach.via.get(call.from)) {
    const above = reach.factors.get(call.from);
    if (above !== undefined) {
      base = above;
      break;
    }
    if (seen.has(call.from)) break;
    seen.add(call.from);
    chain.push(call.from);
  }
  // Fill the memo from the top of the chain down: each one adds its incoming call's factors.
  for (let i = chain.length - 1; i >= 0; i--) {
    const component = chain[i] as ComponentId;
    const call = reach.via.get(component);
    const added = call !== undefined ? callFactors(graph, call, cls) : [];
    const all = [...base.nearest, ...added];
    const dropped = Math.max(0, all.length - MAX_FACTORS);
    base = dropped === 0 && added.length === 0 ? base : { nearest: all.slice(dropped), upstream: base.upstream + dropped };
    reach.factors.set(component, base);
  }
  return base;
}

function factorText(factors: PathFactors): string {
  const listed = factors.nearest.join(', ');
  return factors.upstream === 0 ? listed : `${listed} (and ${factors.upstream} more upstream)`;
}

function reason(
  graph: Graph,
  name: string,
  share: number,
  parts: ReadonlyArray<{ cls: TrafficClass; weight: number; reach: ClassReach; p: number }>,
  id: ComponentId,
): string {
  if (share >= EVERY) return `every request reaches ${name}`;
  if (share <= 0) return `no request of this flow reaches ${name}`;
  const factors: string[] = [];
  const reached = parts.filter((part) => part.p > 0);
  if (reached.length === 1 && parts.length === 2) {
    const only = reached[0] as (typeof reached)[number];
    factors.push(`${only.cls === 'read' ? 'reads' : 'writes'} only (${sharePercent(only.weight)} of requests)`);
  }
  // Each class's thinning along the path that brings it the most; named by class when both reach it.
  for (const part of reached) {
    const along = pathFactors(graph, part.reach, id, part.cls);
    if (along.nearest.length > 0) factors.push(reached.length > 1 ? `${factorText(along)} (${part.cls}s)` : factorText(along));
  }
  const because = factors.length > 0 ? factors.join(', ') : 'the calls that reach it are made by some requests only';
  return `${sharePercent(share)} of requests reach ${name}: ${because}`;
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
  const classes = [
    { cls: 'read' as const, weight: entry.readFraction },
    { cls: 'write' as const, weight: 1 - entry.readFraction },
  ].filter((part) => part.weight > 0);
  const reaches = classes.map((part) => ({ ...part, reach: classReach(graph, composer, entryId, part.cls) }));
  const out = new Map<ComponentId, ComponentReach>();
  // Per flow this visits every component, so an unreached one costs a sum and nothing else (40 flows ×
  // 1,000 components on the bench board): no per-component arrays or objects until a component is reached.
  for (const component of graph.components) {
    if (component.id === entryId) continue;
    let sum = 0;
    for (const part of reaches) sum += part.weight * (part.reach.probability.get(component.id) ?? 0);
    const share = Math.min(1, sum);
    if (share <= 0) continue;
    const parts = reaches.map((part) => ({ ...part, p: part.reach.probability.get(component.id) ?? 0 }));
    const read = parts.find((part) => part.cls === 'read');
    const write = parts.find((part) => part.cls === 'write');
    const inputs = {
      ...(read === undefined ? {} : { readShare: read.weight, readReach: read.p }),
      ...(write === undefined ? {} : { writeShare: write.weight, writeReach: write.p }),
    };
    out.set(component.id, {
      component: component.id,
      name: component.name,
      share: explained(share, 'probability', REACH_FORMULA, inputs, {
        note: reason(graph, component.name, share, parts, component.id),
      }),
    });
  }
  return out;
}
