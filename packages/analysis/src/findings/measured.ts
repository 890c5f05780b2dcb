// Findings that need the engine's numbers: utilisation, latency, availability.
import type { ComponentState } from '../engine/components';
import type { Graph } from '../model/graph';
import type { ComponentId } from '../model/ids';
import type { FlowResult } from '../result';
import { THRESHOLDS } from './rules';
import { finding } from './structural';
import type { Finding } from './types';

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;

export function measuredFindings(graph: Graph, states: ReadonlyMap<ComponentId, ComponentState>, flows: readonly FlowResult[]): Finding[] {
  const out: Finding[] = [];
  for (const component of graph.components) {
    const state = states.get(component.id);
    if (!state?.queue) continue;
    const rho = state.traffic.utilisation.value;
    if (state.queue.saturated) {
      out.push(finding('saturated', `${component.name} is at ${pct(rho)}: ${pct(state.queue.droppedShare.value)} of its requests fail`, [component.id]));
    } else if (rho > THRESHOLDS.hot) {
      out.push(finding('hot-component', `${component.name} runs at ${pct(rho)} utilisation`, [component.id]));
    }
  }
  const hogs = new Set<ComponentId>();
  for (const flow of flows) {
    const budget = flow.latency.budgetMs.value;
    if (!flow.latency.withinBudget) {
      out.push(finding('over-latency-objective', `${flow.name}: p99 ${flow.latency.p99Ms.value.toFixed(1)} ms is over the ${budget} ms budget`, [flow.entry]));
    }
    if (!flow.availability.meetsObjective) {
      out.push(
        finding(
          'under-availability-objective',
          `${flow.name}: ${flow.availability.percent.value.toFixed(3)} % is under the ${flow.availability.objective.value} % objective`,
          flow.availability.weakestLink ? [flow.entry, flow.availability.weakestLink.component] : [flow.entry],
        ),
      );
    }
    for (const hop of flow.latency.criticalPath) {
      if (hogs.has(hop.component) || hop.ownP99Ms <= THRESHOLDS.budgetHogShare * budget) continue;
      hogs.add(hop.component);
      out.push(finding('budget-hog', `${hop.name} takes ${hop.ownP99Ms.toFixed(1)} ms at p99 of the ${budget} ms budget`, [hop.component]));
    }
  }
  return out;
}
