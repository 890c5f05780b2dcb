// The report's content: the summary, then per flow its hop-by-hop latency and availability table, capacity
// and headroom per tier, the findings with their playbook sections, the what-if marks in force, and the
// formulas behind the headline figures. Every figure is formatted by ../format, as on the board.
import type { AnalysisResult, ComponentResult, Explained, FlowResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { formatBudgetShare, formatFigure, formatInput, formatNumber, formatValue } from '../format';
import { utilisationText } from '../figures/badges';
import { latencyText, saturatedTierName } from '../figures/latency';
import { boundedIf, pathSaturated, saturatedIds } from '../figures/saturation';
import { bottleneckSummary, flowSummaries, sortedFindings } from '../figures/summary';
import type { Block, Report } from './model';

const HOP_HEADER = ['Hop', 'Network', 'Own p50', 'Own p99', 'Visited by', 'Share of p99 budget', 'Availability'];

function flowBlocks(flow: FlowResult, result: AnalysisResult, saturated: ReadonlySet<string>): Block[] {
  const figures = new Map(result.components.map((component) => [component.id, component]));
  const bounded = pathSaturated(flow, saturated);
  const { latency, availability } = flow;
  const tier = saturatedTierName(latency);
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: `Flow: ${flow.name}` },
    {
      kind: 'paragraph',
      text:
        `${formatFigure(flow.capacity.peakRps)} at peak. Latency p50 ${latencyText(latency.p50Ms, bounded, tier)}, ` +
        `p95 ${latencyText(latency.p95Ms, bounded, tier)}, p99 ${latencyText(latency.p99Ms, bounded, tier)}: ` +
        `${latency.withinBudget ? 'within' : 'over'} the p99 budget of ${formatFigure(latency.budgetMs)}.`,
    },
    {
      kind: 'paragraph',
      text:
        `Availability ${formatFigure(availability.percent)} (${formatFigure(availability.nines)}, ${availability.method === 'exact' ? 'exact' : 'a lower bound'}): ` +
        `${availability.meetsObjective ? 'meets' : 'misses'} the objective of ${formatFigure(availability.objective)}. ` +
        `Downtime ${formatFigure(availability.downtimeMinutesPerYear)} a year, ${formatFigure(availability.downtimeMinutesPerMonth)} a month; ` +
        `error budget used: ${formatBudgetShare(availability.errorBudgetUsed)}.` +
        (availability.weakestLink ? ` Weakest link: ${availability.weakestLink.name} (+${formatFigure(availability.weakestLink.gain)} if it never failed).` : ''),
    },
    { kind: 'heading', level: 3, text: 'Hop by hop (critical path)' },
    {
      kind: 'table',
      header: HOP_HEADER,
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: latency.criticalPath.map((hop) => {
        const component = figures.get(hop.component);
        const floor = saturated.has(hop.component);
        const hopTier = saturatedTierName(hop) === null ? null : 'saturated';
        return [
          `${'  '.repeat(hop.depth)}${hop.name}`,
          formatValue(hop.networkMs, 'ms'),
          hopTier === null ? latencyText(hop.why.ownP50Ms, floor, null) : 'unbounded (saturated)',
          hopTier === null ? latencyText(hop.why.ownP99Ms, floor, null) : 'unbounded (saturated)',
          formatValue(hop.visitProbability, 'ratio'),
          hop.budgetShare === null ? latencyText(null, floor, null) : formatBudgetShare(boundedIf(floor, hop.budgetShare)),
          component ? formatFigure(component.up) : '—',
        ];
      }),
    },
  ];
  if (latency.criticalPathTruncated) blocks.push({ kind: 'paragraph', text: 'The critical path is longer than the engine lists; the table stops where it does.' });
  if (flow.freshness.length > 0) {
    blocks.push({
      kind: 'list',
      items: flow.freshness.map((lag) => `Asynchronous call to ${figures.get(lag.target)?.name ?? lag.target}: data is fresh after p50 ${formatFigure(lag.p50Ms)}, p99 ${formatFigure(lag.p99Ms)}.`),
    });
  }
  return blocks;
}

/** Capacity over load as a multiple: how far today's load can grow before this tier saturates. */
function headroomText(component: ComponentResult): string {
  const utilisation = component.traffic.utilisation.value;
  if (utilisation <= 0) return '—';
  return formatValue(1 / utilisation, '×');
}

function capacityBlocks(result: AnalysisResult): Block[] {
  const servers = result.components.filter((component) => !component.isEntry);
  return [
    { kind: 'heading', level: 2, text: 'Capacity and headroom per tier' },
    {
      kind: 'table',
      header: ['Component', 'Kind', 'Instances', 'Capacity each', 'Load', 'Utilisation', 'Headroom', 'Availability'],
      align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: servers.map((component) => [
        component.name,
        component.kind,
        formatNumber(component.inputs.instances.value),
        formatValue(component.inputs.capacityRps.value, 'req/s'),
        formatFigure(component.traffic.totalRps),
        `${utilisationText(component.traffic.utilisation.value)}${component.saturated ? ' (saturated)' : ''}`,
        headroomText(component),
        formatFigure(component.up),
      ]),
    },
  ];
}

function findingBlocks(result: AnalysisResult): Block[] {
  const findings = sortedFindings(result.findings);
  return [
    { kind: 'heading', level: 2, text: `Findings (${findings.length})` },
    findings.length === 0
      ? { kind: 'paragraph', text: 'None.' }
      : {
          kind: 'list',
          items: findings.map((finding) => `[${finding.severity}] ${finding.id}: ${finding.message} Fix: ${finding.fix} (playbook: ${finding.source.section})`),
        },
  ];
}

function whatIfBlocks(file: BoardFile): Block[] {
  const marks: string[] = [];
  for (const component of file.components) {
    const name = component.name ?? component.id;
    if (component.whatIf?.down === true) marks.push(`${name} is down.`);
    else if (component.whatIf?.slowFactor !== undefined && component.whatIf.slowFactor > 1) marks.push(`${name} is ${formatNumber(component.whatIf.slowFactor)}× slower.`);
    if (component.whatIf?.trafficFactor !== undefined && component.whatIf.trafficFactor > 1) marks.push(`${name} sends ${formatNumber(component.whatIf.trafficFactor)}× its traffic.`);
  }
  for (const zone of file.zones) if (zone.down === true) marks.push(`Zone ${zone.name ?? zone.id} is down (everything in it is lost).`);
  return [
    { kind: 'heading', level: 2, text: 'What-if marks in force' },
    marks.length === 0 ? { kind: 'paragraph', text: 'None: the figures are for the design as drawn.' } : { kind: 'list', items: marks },
  ];
}

function formula(label: string, figure: Explained): Block {
  const inputs = Object.entries(figure.inputs).map(([name, value]) => `${name} = ${formatInput(value)}`).join(', ');
  return { kind: 'formula', label, formula: figure.formula, inputs, value: formatFigure(figure) };
}

function formulaBlocks(result: AnalysisResult): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'How the headline figures are computed' }];
  for (const flow of result.flows) {
    if (flow.latency.p99Ms !== null) blocks.push(formula(`${flow.name}: p99 latency`, flow.latency.p99Ms));
    blocks.push(formula(`${flow.name}: availability`, flow.availability.percent));
  }
  const bottleneck = result.bottleneck;
  if (bottleneck.component !== null) blocks.push(formula('Headroom before the first component saturates', bottleneck.headroom));
  return blocks;
}

export function buildReport(file: BoardFile, result: AnalysisResult): Report {
  const title = (file.title ?? result.title) || 'Napkin board';
  const saturated = saturatedIds(result);
  const summaries = flowSummaries(result);
  const summary: Block[] = [
    { kind: 'heading', level: 2, text: 'Summary' },
    summaries.length === 0
      ? { kind: 'paragraph', text: 'No entry point: nothing offers load, so there is no flow to follow.' }
      : {
          kind: 'list',
          items: summaries.map(
            (flow) =>
              `${flow.name} (${flow.load}): p50 ${flow.p50}, p99 ${flow.p99} ${flow.withinBudget ? 'within' : 'over'} budget ${flow.budget}; ` +
              `availability ${flow.availability} ${flow.meetsObjective ? 'meets' : 'misses'} objective ${flow.objective}.`,
          ),
        },
    { kind: 'paragraph', text: `Bottleneck: ${bottleneckSummary(result).sentence}` },
  ];
  return {
    title,
    blocks: [
      { kind: 'heading', level: 1, text: title },
      { kind: 'diagram' },
      ...summary,
      ...result.flows.flatMap((flow) => flowBlocks(flow, result, saturated)),
      ...capacityBlocks(result),
      ...findingBlocks(result),
      ...whatIfBlocks(file),
      ...formulaBlocks(result),
    ],
  };
}
