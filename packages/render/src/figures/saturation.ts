// Latency past saturation reads as a floor: a saturated component's queue grows without bound, so the
// engine's figure for it (and for a flow crossing it) is the value at its wait cap. Exports print "≥",
// as the board does.
import type { AnalysisResult, Explained, FlowResult } from '@napkin/analysis';

export const SATURATED_NOTE =
  'Saturated: arrivals exceed capacity, so the queue grows without bound; this is the figure at the ' +
  'engine’s queueing-wait cap, and the true latency is larger.';

/** The figure flagged as a lower bound (shown with "≥"), keeping any note it had. */
export function asLowerBound(figure: Explained, note: string = SATURATED_NOTE): Explained {
  if (figure.capped) return figure;
  return { ...figure, capped: true, note: figure.note ? `${figure.note} ${note}` : note };
}

/** The figure as a lower bound when `saturated`, unchanged otherwise. */
export function boundedIf(saturated: boolean, figure: Explained): Explained {
  return saturated ? asLowerBound(figure) : figure;
}

/** Ids of the components the analysis found saturated. */
export function saturatedIds(result: AnalysisResult): ReadonlySet<string> {
  return new Set(result.components.filter((component) => component.saturated).map((component) => component.id as string));
}

/** Whether the flow's critical path crosses a saturated component (its latency is then a floor). */
export function pathSaturated(flow: FlowResult, saturated: ReadonlySet<string>): boolean {
  return flow.latency.criticalPath.some((hop) => saturated.has(hop.component));
}
