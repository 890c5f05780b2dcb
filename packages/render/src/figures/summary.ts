// The flow summary every export leads with: per flow, latency p50/p99 against the p99 budget and
// availability against the objective; then where the system breaks first and at what load; then the
// findings, most severe first. Plain strings, so the SVG panel, the PDF and the Markdown print the same.
import type { AnalysisResult, Finding, FlowResult } from '@napkin/analysis';
import { formatFigure, formatValue } from '../format';
import { latencyText, saturatedTierName } from './latency';
import { pathSaturated, saturatedIds } from './saturation';

export interface FlowSummary {
  readonly name: string;
  /** "1,000 req/s at peak" */
  readonly load: string;
  readonly p50: string;
  readonly p99: string;
  readonly budget: string;
  readonly withinBudget: boolean;
  readonly availability: string;
  readonly objective: string;
  readonly meetsObjective: boolean;
  /** "exact" or "lower bound" */
  readonly method: string;
}

export interface BottleneckSummary {
  /** Null when nothing carries load. */
  readonly name: string | null;
  /** "the App tier breaks first, at 2.3× today's load (4,600 req/s offered)" or why nothing limits growth. */
  readonly sentence: string;
}

export function flowSummary(flow: FlowResult, saturated: ReadonlySet<string>): FlowSummary {
  const bounded = pathSaturated(flow, saturated);
  const { latency, availability } = flow;
  return {
    name: flow.name,
    load: `${formatFigure(flow.capacity.peakRps)} at peak`,
    p50: latencyText(latency.p50Ms, bounded, saturatedTierName(latency)),
    p99: latencyText(latency.p99Ms, bounded, saturatedTierName(latency)),
    budget: formatFigure(latency.budgetMs),
    withinBudget: latency.withinBudget,
    availability: formatFigure(availability.percent),
    objective: formatFigure(availability.objective),
    meetsObjective: availability.meetsObjective,
    method: availability.method === 'exact' ? 'exact' : 'lower bound',
  };
}

export function flowSummaries(result: AnalysisResult): FlowSummary[] {
  const saturated = saturatedIds(result);
  return result.flows.map((flow) => flowSummary(flow, saturated));
}

/** Total load the entry points offer today, in req/s. */
function offeredRps(result: AnalysisResult): number {
  return result.flows.reduce((sum, flow) => sum + flow.capacity.peakRps.value, 0);
}

export function bottleneckSummary(result: AnalysisResult): BottleneckSummary {
  const { bottleneck } = result;
  if (bottleneck.component === null || bottleneck.headroom.capped) {
    return { name: null, sentence: 'No component carries load yet, so nothing limits growth.' };
  }
  const name = result.components.find((component) => component.id === bottleneck.component)?.name ?? bottleneck.component;
  const { headroom } = bottleneck;
  const breaksAt = formatValue(headroom.value * offeredRps(result), 'req/s');
  if (headroom.value < 1) {
    return { name, sentence: `${name} is already past its capacity: it can serve only ${formatFigure(headroom)} today's load (${breaksAt} offered at the entry points).` };
  }
  return { name, sentence: `${name} breaks first, at ${formatFigure(headroom)} today's load (${breaksAt} offered at the entry points).` };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings most severe first, board order within a severity. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
