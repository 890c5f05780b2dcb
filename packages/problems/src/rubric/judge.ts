// Judges each rubric point from the board and its analysis: met, missing, or not judgeable (a point the
// interviewer scores alone). Pure and cheap, so the interviewer's screen re-runs it on every analysis. It
// holds no problem's material: the web app imports it (`@napkin/problems/rubric`) and judges the points
// the relay served, so the bundle stays free of rubric text.
import type { AnalysisResult, FlowResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import type { RubricCheck, RubricEvidence, RubricPoint, RubricResult } from '../types';

type Verdict = Omit<RubricResult, 'pointId'>;

const CACHE_KINDS: readonly string[] = ['in-memory-cache', 'cdn'];
/** Findings that name a component whose loss takes a required flow down. */
const SINGLE_POINTS: readonly string[] = ['spof', 'single-load-balancer'];

const met = (evidence: RubricEvidence | null): Verdict => ({ status: 'met', evidence });
const missing = (evidence: RubricEvidence | null = null): Verdict => ({ status: 'missing', evidence });
const rounded = (value: number): string => Math.round(value).toLocaleString('en-US');

/** The component of these kinds that carries the most traffic; met when it carries any. */
function serves(kinds: readonly string[], analysis: AnalysisResult): Verdict {
  const candidates = analysis.components.filter((component) => kinds.includes(component.kind));
  const busiest = [...candidates].sort((a, b) => b.traffic.totalRps.value - a.traffic.totalRps.value)[0];
  if (busiest === undefined) return missing();
  const evidence = { componentId: busiest.id, figure: `${rounded(busiest.traffic.totalRps.value)} req/s` };
  return busiest.traffic.totalRps.value > 0 ? met(evidence) : missing(evidence);
}

function asyncInto(kinds: readonly string[], board: BoardFile): Verdict {
  const kindOf = new Map(board.components.map((component) => [component.id, component.kind]));
  const call = board.calls.find((candidate) => candidate.mode === 'async' && kinds.includes(kindOf.get(candidate.to) ?? ''));
  return call === undefined ? missing() : met({ componentId: call.to, figure: `${call.from} → ${call.to}, async` });
}

function requirementsStated(board: BoardFile): Verdict {
  const entries = board.components.filter((component) => component.entry !== undefined);
  if (entries.length === 0) return missing();
  const unstated = entries.find(({ entry }) => (entry?.rps === undefined && entry?.dau === undefined) || entry?.p99BudgetMs === undefined || entry?.availabilityObjective === undefined);
  if (unstated !== undefined) return missing({ componentId: unstated.id });
  const first = entries[0]!;
  const objective = first.entry?.availabilityObjective ?? 0;
  return met({ componentId: first.id, figure: `p99 ≤ ${first.entry?.p99BudgetMs} ms, ${(objective * 100).toFixed(2).replace(/\.?0+$/, '')} %` });
}

function noSinglePoint(analysis: AnalysisResult): Verdict {
  if (analysis.flows.length === 0) return missing();
  const finding = analysis.findings.find((candidate) => SINGLE_POINTS.includes(candidate.id));
  if (finding === undefined) return met(null);
  return missing({ ...(finding.components[0] === undefined ? {} : { componentId: finding.components[0] }), figure: finding.message });
}

function everyFlow(analysis: AnalysisResult, holds: (flow: FlowResult) => boolean, figure: (flow: FlowResult) => string): Verdict {
  if (analysis.flows.length === 0) return missing();
  const failing = analysis.flows.find((flow) => !holds(flow));
  const shown = failing ?? analysis.flows[0]!;
  const evidence = { componentId: shown.entry, figure: figure(shown) };
  return failing === undefined ? met(evidence) : missing(evidence);
}

const latencyFigure = (flow: FlowResult): string =>
  flow.latency.p99Ms === null ? `p99 unbounded (${flow.latency.saturated?.name ?? 'a tier'} saturated)` : `p99 ${rounded(flow.latency.p99Ms.value)} ms of ${rounded(flow.latency.budgetMs.value)} ms`;
const availabilityFigure = (flow: FlowResult): string =>
  `${flow.availability.percent.value.toFixed(3)} % against ${flow.availability.objective.value} ${flow.availability.objective.unit}`;

function judge(check: RubricCheck, board: BoardFile, analysis: AnalysisResult): Verdict {
  switch (check.type) {
    case 'serves':
      return serves(check.kinds, analysis);
    case 'async-into':
      return asyncInto(check.kinds, board);
    case 'requirements-stated':
      return requirementsStated(board);
    case 'cache-on-read-path':
      return serves(CACHE_KINDS, analysis);
    case 'no-spof':
      return noSinglePoint(analysis);
    case 'within-latency-budget':
      return everyFlow(analysis, (flow) => flow.latency.withinBudget, latencyFigure);
    case 'meets-availability':
      return everyFlow(analysis, (flow) => flow.availability.meetsObjective, availabilityFigure);
  }
}

/** Each point's verdict, in the points' order. */
export function judgePoints(points: readonly RubricPoint[], board: BoardFile, analysis: AnalysisResult): RubricResult[] {
  return points.map((point) => ({
    pointId: point.id,
    ...(point.check === null ? { status: 'not-judgeable' as const, evidence: null } : judge(point.check, board, analysis)),
  }));
}
