// Per entry flow: latency percentiles, critical path against the budget, freshness of async work,
// availability with its weakest link, and the capacity estimate.
import type { ExactLimits } from '../availability/exact';
import { flowAvailability } from '../availability/exact';
import { availabilityFigures } from '../availability/report';
import { flowCapacity } from '../capacity/estimate';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { Histogram } from '../latency/distribution';
import { mixture, percentile } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import { GRID_MAX_MS } from '../latency/grid';
import type { Graph, ResolvedComponent, ResolvedEntry } from '../model/graph';
import type { ComponentId, TrafficClass } from '../model/graph';
import type { FlowResult, Freshness, Hop } from '../result';
import type { ComponentState } from './components';

/** The critical path lists at most this many hops; deep diamonds would otherwise repeat forever. */
export const MAX_HOPS = 64;

export interface FlowContext {
  readonly graph: Graph;
  readonly grid: Grid;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
  readonly limits: ExactLimits;
}

function classes(entry: ResolvedEntry): Array<{ cls: TrafficClass; weight: number }> {
  return [
    { cls: 'read' as const, weight: entry.readFraction },
    { cls: 'write' as const, weight: 1 - entry.readFraction },
  ].filter((item) => item.weight > 0);
}

function flowLatency(ctx: FlowContext, component: ResolvedComponent, entry: ResolvedEntry): Histogram {
  const parts = classes(entry);
  const first = parts[0];
  if (!first) return ctx.composer.subtree(component.id, 'read');
  if (parts.length === 1 || !ctx.composer.classSensitive(component.id))
    return ctx.composer.subtree(component.id, first.cls);
  return mixture(
    ctx.composer.subtree(component.id, 'read'),
    entry.readFraction,
    ctx.composer.subtree(component.id, 'write'),
  );
}

function criticalPath(ctx: FlowContext, entryId: ComponentId, cls: TrafficClass, budgetMs: number) {
  const hops: Hop[] = [];
  let truncated = false;
  const visit = (id: ComponentId, via: Hop['via'], networkMs: number, probability: number, depth: number) => {
    if (hops.length >= MAX_HOPS) {
      truncated = true;
      return;
    }
    const state = ctx.states.get(id);
    if (!state) return;
    const isEntry = state.component.entry !== undefined && depth === 0;
    const ownP99 = isEntry ? 0 : state.ownP99;
    hops.push({
      component: id,
      name: state.component.name,
      via,
      depth,
      networkMs,
      ownP50Ms: isEntry ? 0 : state.ownP50,
      ownP99Ms: ownP99,
      visitProbability: probability,
      budgetShare: explained((ownP99 + networkMs) / budgetMs, 'ratio', '(own p99 + network) / p99 budget', {
        ownP99Ms: ownP99,
        networkMs,
        budgetMs,
      }),
    });
    for (const step of ctx.composer.steps(id, cls)) {
      // In a parallel group the request waits for the slowest call, so that one is on the critical path.
      let slowest = step.calls[0];
      let slowestP99 = -1;
      for (const call of step.calls) {
        const p99 = ctx.composer.p99(ctx.composer.callLatency(call, cls));
        if (p99 > slowestP99) {
          slowest = call;
          slowestP99 = p99;
        }
      }
      if (slowest)
        visit(
          slowest.to,
          slowest.id,
          slowest.networkMs,
          probability * ctx.composer.shareCalled(slowest, cls),
          depth + 1,
        );
    }
  };
  visit(entryId, null, 0, 1, 0);
  return { hops, truncated };
}

function freshness(ctx: FlowContext, entryId: ComponentId): Freshness[] {
  // Async calls made anywhere the flow reaches synchronously, in topological order.
  const reached = new Set<ComponentId>([entryId]);
  const out: Freshness[] = [];
  for (const id of ctx.graph.topoOrder) {
    if (!reached.has(id)) continue;
    for (const call of ctx.graph.outgoing.get(id) ?? []) {
      if (call.mode === 'sync') {
        reached.add(call.to);
        continue;
      }
      const lag = ctx.composer.lag(call.to);
      const inputs = { networkMs: call.networkMs };
      out.push({
        call: call.id,
        target: call.to,
        p50Ms: explained(
          call.networkMs + percentile(ctx.grid, lag, 0.5),
          'ms',
          'network + queue wait + consumer time (off the request path)',
          inputs,
        ),
        p99Ms: explained(
          call.networkMs + percentile(ctx.grid, lag, 0.99),
          'ms',
          'network + queue wait + consumer time (off the request path)',
          inputs,
        ),
      });
    }
  }
  return out;
}

export function analyseFlow(ctx: FlowContext, component: ResolvedComponent, entry: ResolvedEntry): FlowResult {
  const histogram = flowLatency(ctx, component, entry);
  const budget = entry.p99BudgetMs;
  const main: TrafficClass = entry.readFraction >= 0.5 ? 'read' : 'write';
  const path = criticalPath(ctx, component.id, main, budget);
  const latencyInputs = { readFraction: entry.readFraction, budgetMs: budget };
  const formula = 'percentile of the composed call tree (sequence ⊕, parallel max, fraction mixture, fan-out CDF^N)';
  const p50 = percentile(ctx.grid, histogram, 0.5);
  const p95 = percentile(ctx.grid, histogram, 0.95);
  const p99 = percentile(ctx.grid, histogram, 0.99);
  // Past the grid's ceiling the true value is larger than the engine can say: report the ceiling, flagged.
  const ceiling = (value: number) =>
    value >= GRID_MAX_MS * 0.999
      ? { capped: true, note: `beyond ${GRID_MAX_MS / 1000} s: a saturated component on the path` }
      : {};

  const inputs = {
    graph: ctx.graph,
    up: (id: ComponentId) => ctx.states.get(id)?.up.value ?? 1,
    served: (id: ComponentId) => ctx.states.get(id)?.served ?? 1,
    share: ctx.composer.shareCalled.bind(ctx.composer),
    inTime: ctx.composer.inTime.bind(ctx.composer),
  };
  const parts = classes(entry);
  const sensitive = ctx.composer.classSensitive(component.id);
  const perClass = (sensitive ? parts : parts.slice(0, 1).map((part) => ({ ...part, weight: 1 }))).map((part) => ({
    weight: part.weight,
    result: flowAvailability(inputs, component.id, part.cls, ctx.limits),
  }));
  const value = perClass.reduce((sum, part) => sum + part.weight * part.result.value, 0);
  const gains = new Map<ComponentId, number>();
  for (const part of perClass) {
    for (const [id, gain] of part.result.gainIfPerfect) gains.set(id, (gains.get(id) ?? 0) + part.weight * gain);
  }
  let weakest: { id: ComponentId; gain: number } | null = null;
  for (const [id, gain] of gains) if (gain > 1e-15 && (weakest === null || gain > weakest.gain)) weakest = { id, gain };
  const exact = perClass.every((part) => part.result.method === 'exact');
  const weakestName = weakest ? (ctx.graph.byId.get(weakest.id)?.name ?? weakest.id) : '';

  return {
    entry: component.id,
    name: component.name,
    capacity: flowCapacity(entry),
    latency: {
      p50Ms: explained(p50, 'ms', formula, latencyInputs, ceiling(p50)),
      p95Ms: explained(p95, 'ms', formula, latencyInputs, ceiling(p95)),
      p99Ms: explained(p99, 'ms', formula, latencyInputs, ceiling(p99)),
      budgetMs: explained(budget, 'ms', 'p99 budget of the entry point (default 200 ms)', { budgetMs: budget }),
      withinBudget: p99 <= budget,
      criticalPath: path.hops,
      criticalPathTruncated: path.truncated,
    },
    freshness: freshness(ctx, component.id),
    availability: {
      ...availabilityFigures(value, entry.availabilityObjective),
      method: exact ? 'exact' : 'lower-bound',
      sharedVariables: Math.max(...perClass.map((part) => part.result.sharedVariables), 0),
      conditionedVariables: Math.max(...perClass.map((part) => part.result.conditionedVariables), 0),
      weakestLink: weakest
        ? {
            component: weakest.id,
            name: weakestName,
            gain: explained(weakest.gain * 100, 'percentage points', 'A(component perfect) − A = (1 − p) × ∂A/∂p', {
              component: weakestName,
            }),
          }
        : null,
    },
  };
}
