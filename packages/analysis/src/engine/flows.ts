// Per entry flow: latency percentiles, critical path against the budget, freshness of async work,
// availability with its weakest link, and the capacity estimate.
import type { ExactLimits } from '../availability/exact';
import { flowAvailability } from '../availability/exact';
import { flowMethod, weakestLink } from '../availability/weakest-link';
import { availabilityComposition, availabilityFigures } from '../availability/report';
import { flowCapacity } from '../capacity/estimate';
import { explained, explainedFlag } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { Histogram } from '../latency/distribution';
import { mixture } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { Graph, ResolvedComponent, ResolvedEntry } from '../model/graph';
import type { ComponentId, TrafficClass } from '../model/graph';
import type { FlowResult } from '../result';
import type { ComponentState } from './components';
import { flowPercentiles } from './flow-latency';
import { freshness } from './freshness';
import { timeoutLoss } from './timeout-loss';
import { MAX_HOPS } from './hops';
import { classPaths } from './class-paths';
import { latencyTerms } from './latency-terms';
import { flowReach } from './reach';
import { availabilityTerms } from '../availability/availability-terms';

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

export function analyseFlow(ctx: FlowContext, component: ResolvedComponent, entry: ResolvedEntry): FlowResult {
  const histogram = flowLatency(ctx, component, entry);
  const budget = entry.p99BudgetMs;
  const main: TrafficClass = entry.readFraction >= 0.5 ? 'read' : 'write';
  const { byComponent: reach, list: reachList, passes: reachPasses } = flowReach(ctx.graph, ctx.composer, component.id, entry);
  // Reads and writes each have their own critical path; `criticalPath` is the main class's.
  const paths = classPaths(ctx, component.id, entry, main, budget, reach);
  const path = paths.main;
  const latencyInputs = { readFraction: entry.readFraction, budgetMs: budget };
  const latency = flowPercentiles(ctx, component.id, histogram, main, path.hops, latencyInputs, budget);

  const inputs = {
    graph: ctx.graph,
    up: (id: ComponentId) => ctx.states.get(id)?.up.value ?? 1,
    served: (id: ComponentId) => ctx.states.get(id)?.served ?? 1,
    share: ctx.composer.shareCalled.bind(ctx.composer),
    inTime: ctx.composer.inTime.bind(ctx.composer),
    model: (id: ComponentId) => ctx.states.get(id)?.upModel,
  };
  const parts = classes(entry);
  const sensitive = ctx.composer.classSensitive(component.id);
  const weighted = sensitive ? parts : parts.slice(0, 1).map((part) => ({ ...part, weight: 1 }));
  const perClass = weighted.map((part) => ({
    cls: part.cls,
    weight: part.weight,
    result: flowAvailability(inputs, component.id, part.cls, ctx.limits),
  }));
  const value = perClass.reduce((sum, part) => sum + part.weight * part.result.value, 0);

  const method = flowMethod(perClass);
  const exact = method === 'exact';
  const shared = Math.max(...perClass.map((part) => part.result.sharedVariables), 0);
  const conditioned = Math.max(...perClass.map((part) => part.result.conditionedVariables), 0);
  const figures = availabilityFigures(value, entry.availabilityObjective, availabilityComposition(perClass, method));
  const lostToTimeouts = timeoutLoss(inputs, component.id, weighted, value, entry.availabilityObjective, ctx.limits, {
    exact,
    conditionedVariables: conditioned,
  });

  return {
    entry: component.id,
    name: component.name,
    capacity: flowCapacity(entry),
    latency: {
      p50Ms: latency.p50Ms,
      p95Ms: latency.p95Ms,
      p99Ms: latency.p99Ms,
      saturated: latency.saturated,
      budgetMs: explained(budget, 'ms', 'p99 budget of the entry point (default 200 ms)', { budgetMs: budget }),
      withinBudget: latency.withinBudget,
      criticalPath: path.hops,
      criticalPathTruncated: path.truncated,
      criticalPaths: paths.all,
      terms: latencyTerms({ ...ctx, reach }, component.id, entry, histogram),
      why: {
        withinBudget: latency.whyWithinBudget,
        criticalPathTruncated: explainedFlag(path.truncated, 'hops on the critical path > the most the engine lists', {
          listedHops: path.hops.length,
          maxHops: MAX_HOPS,
        }),
      },
    },
    reach: reachList,
    reachPasses,
    freshness: freshness(ctx, component.id),
    availability: {
      ...figures,
      method,
      sharedVariables: shared,
      conditionedVariables: conditioned,
      why: {
        ...figures.why,
        sharedVariables: explained(
          shared,
          'variables',
          'components and zones the flow reaches by more than one path (or more than once)',
          { trafficClasses: perClass.length },
        ),
        conditionedVariables: explained(
          conditioned,
          'variables',
          'shared variables enumerated: min(shared, 16, log2(work budget / edges)); the rest taken as independent',
          { sharedVariables: shared, maxConditioned: ctx.limits.maxConditioned, maxWork: ctx.limits.maxWork },
          {
            note: exact
              ? 'every shared variable conditioned on: exact'
              : method === 'estimate'
                ? 'some treated as independent: an estimate (alternatives that fail over make it neither a lower nor an upper bound)'
                : 'some treated as independent: a lower bound',
          },
        ),
      },
      weakestLink: weakestLink(ctx.graph, perClass),
      terms: availabilityTerms(
        {
          graph: ctx.graph,
          up: (id) => ctx.states.get(id)?.up,
          model: (id) => ctx.states.get(id)?.upModel,
          reach: (id) => reach.get(id)?.share,
        },
        component.name,
        perClass,
        value,
      ),
      timeoutLoss: lostToTimeouts,
    },
  };
}
