// A flow's latency percentiles as the result gives them: a figure, a figure flagged as a cap, or null
// when unbounded. A saturated tier that does not shed load has a queue that grows without bound; its
// distribution sits past the grid's last bin (~100 s), where every composition keeps it, so a
// percentile that lands there is unbounded when such a tier is what the request waits on, and is only
// the engine's ceiling otherwise. A timeout in front of the tier cuts the wait (the caller gives up after
// its attempts, and the request fails), so then the figures stay numbers.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { Histogram } from '../latency/distribution';
import { percentile } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import { GRID_MAX_MS } from '../latency/grid';
import type { ComponentId, Graph, TrafficClass } from '../model/graph';
import type { Hop, SaturatedTier } from '../result';
import type { ComponentState } from './components';
import { saturatedTier } from './components';

export interface FlowLatencyContext {
  readonly graph: Graph;
  readonly grid: Grid;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
}

export interface FlowPercentiles {
  readonly p50Ms: Explained | null;
  readonly p95Ms: Explained | null;
  readonly p99Ms: Explained | null;
  readonly saturated: SaturatedTier | null;
  readonly withinBudget: boolean;
  readonly whyWithinBudget: Explained;
}

const FORMULA = 'percentile of the composed call tree (sequence ⊕, parallel max, fraction mixture, fan-out CDF^N)';

/** Mass of the flow's latency below the grid's last bin, the one that holds everything past ~100 s. */
function massBeforeLastBin(histogram: Histogram): number {
  let total = 0;
  for (let k = 0; k < histogram.length - 1; k++) total += histogram[k] as number;
  return total;
}

/** Whether any tier's wait is not a plain figure (unbounded, or capped), per set of states: most boards have none. */
const waitsOfNote = new WeakMap<ReadonlyMap<ComponentId, ComponentState>, boolean>();

function anyWaitOfNote(states: ReadonlyMap<ComponentId, ComponentState>): boolean {
  let known = waitsOfNote.get(states);
  if (known === undefined) {
    known = false;
    for (const state of states.values()) if (state.unbounded || state.queue?.wait.capped) known = true;
    waitsOfNote.set(states, known);
  }
  return known;
}

/**
 * The tiers the flow's requests wait on (synchronous calls they make): the busiest one whose queue is
 * unbounded, and the first whose wait is only the engine's cap (near saturation, or shedding load).
 */
function tiersReached(
  ctx: FlowLatencyContext,
  entry: ComponentId,
  cls: TrafficClass,
): { unbounded: ComponentState | null; capped: ComponentState | null } {
  let unbounded: ComponentState | null = null;
  let capped: ComponentState | null = null;
  const seen = new Set<ComponentId>([entry]);
  const pending: ComponentId[] = [entry];
  while (pending.length > 0) {
    const id = pending.pop() as ComponentId;
    const state = ctx.states.get(id);
    if (state?.unbounded && (unbounded === null || state.traffic.utilisation.value > unbounded.traffic.utilisation.value)) unbounded = state;
    else if (state?.queue?.wait.capped && !state.unbounded) capped ??= state;
    for (const call of ctx.graph.outgoing.get(id) ?? []) {
      if (call.mode !== 'sync' || seen.has(call.to) || ctx.composer.shareCalled(call, cls) === 0) continue;
      seen.add(call.to);
      pending.push(call.to);
    }
  }
  return { unbounded, capped };
}

export function flowPercentiles(
  ctx: FlowLatencyContext,
  entry: ComponentId,
  histogram: Histogram,
  cls: TrafficClass,
  hops: readonly Hop[],
  inputs: Record<string, number | string>,
  budgetMs: number,
): FlowPercentiles {
  const below = massBeforeLastBin(histogram);
  const reached = anyWaitOfNote(ctx.states) ? tiersReached(ctx, entry, cls) : { unbounded: null, capped: null };
  // The tier named is the first saturated one on the critical path, else the busiest the flow reaches.
  const onPath = hops.find((hop) => hop.saturated !== null)?.saturated ?? null;
  const saturated = below < 0.99 ? (onPath ?? (reached.unbounded ? saturatedTier(reached.unbounded) : null)) : null;
  const cappedNote = reached.capped?.queue?.meanWaitMs.note;
  const figure = (q: number): Explained | null => {
    const value = percentile(ctx.grid, histogram, q);
    if (below < q) {
      if (saturated) return null;
      return explained(value, 'ms', FORMULA, inputs, {
        capped: true,
        note: `beyond ${GRID_MAX_MS / 1000} s, the engine's ceiling: the true figure is larger`,
      });
    }
    if (reached.capped === null) return explained(value, 'ms', FORMULA, inputs);
    return explained(value, 'ms', FORMULA, inputs, {
      capped: true,
      note: `includes ${reached.capped.component.name}'s queueing wait, ${cappedNote ?? 'which is the engine’s cap'}`,
    });
  };
  const p50Ms = figure(0.5);
  const p95Ms = figure(0.95);
  const p99Ms = figure(0.99);
  const unbounded = p50Ms === null || p95Ms === null || p99Ms === null ? saturated : null;
  const withinBudget = p99Ms !== null && p99Ms.value <= budgetMs;
  return {
    p50Ms,
    p95Ms,
    p99Ms,
    saturated: unbounded,
    withinBudget,
    whyWithinBudget: explainedFlag(
      withinBudget,
      'p99 ≤ p99 budget',
      { p99Ms: p99Ms?.value ?? 'unbounded', budgetMs },
      unbounded ? { note: `${unbounded.name} is saturated: its queue, and so the p99, grows without bound` } : {},
    ),
  };
}
