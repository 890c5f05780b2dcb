// The flow summary beside the diagram: each flow's latency p50/p99 against its budget and availability
// against its objective (green when met, red when not), where the system breaks first and at what load,
// and the findings, most severe first (the first few; the report lists them all).
import type { AnalysisResult, Finding } from '@napkin/analysis';
import type { FlowSummary } from '../figures/summary';
import { bottleneckSummary, flowSummaries, sortedFindings } from '../figures/summary';
import { BAD, GOOD, INK, MUTED, NODE_BORDER, SEVERITY_COLOUR } from './palette';
import { TextColumn } from './textFlow';
import type { GroupItem, SceneItem } from './types';

export const PANEL_WIDTH = 360;
const PAD = 14;
/** Findings shown in the picture; the PDF and Markdown reports list every one. */
const FINDINGS_SHOWN = 8;

function flowGroup(flow: FlowSummary, entry: string, x: number, top: number): { group: GroupItem; bottom: number } {
  const column = new TextColumn(x, top, PANEL_WIDTH - 2 * PAD);
  column.paragraph(`${flow.name} · ${flow.load}`, 12, INK, { bold: true, role: 'flow-name' });
  const latencyColour = flow.withinBudget ? GOOD : BAD;
  column.runs(
    [
      { text: 'Latency p50 ', colour: MUTED },
      { text: flow.p50, colour: INK, role: 'flow-p50' },
      { text: ' · p99 ', colour: MUTED },
      { text: flow.p99, colour: latencyColour, bold: true, role: 'flow-p99' },
      { text: flow.withinBudget ? ' within budget ' : ' over budget ', colour: latencyColour },
      { text: flow.budget, colour: INK, role: 'flow-budget' },
    ],
    11,
  );
  const availabilityColour = flow.meetsObjective ? GOOD : BAD;
  column.runs(
    [
      { text: 'Availability ', colour: MUTED },
      { text: flow.availability, colour: availabilityColour, bold: true, role: 'flow-availability' },
      { text: flow.meetsObjective ? ' meets objective ' : ' misses objective ', colour: availabilityColour },
      { text: flow.objective, colour: INK, role: 'flow-objective' },
      ...(flow.method === 'exact' ? [] : [{ text: ' (lower bound)', colour: MUTED }]),
    ],
    11,
  );
  return { group: { kind: 'group', id: `flow-${entry}`, className: 'flow', data: { flow: flow.name }, children: column.items }, bottom: column.bottom };
}

function findingsGroup(findings: readonly Finding[], x: number, top: number): { group: GroupItem; bottom: number } {
  const column = new TextColumn(x, top, PANEL_WIDTH - 2 * PAD);
  column.paragraph(`Findings (${findings.length})`, 12, INK, { bold: true });
  if (findings.length === 0) column.paragraph('None: the linter has nothing to say about this design.', 10, MUTED);
  for (const finding of findings.slice(0, FINDINGS_SHOWN)) {
    column.paragraph(`● ${finding.message}`, 10, SEVERITY_COLOUR[finding.severity], { role: `finding-${finding.severity}` });
  }
  if (findings.length > FINDINGS_SHOWN) column.paragraph(`+ ${findings.length - FINDINGS_SHOWN} more in the report`, 10, MUTED);
  return { group: { kind: 'group', id: 'findings', className: 'findings', children: column.items }, bottom: column.bottom };
}

/** The panel at (x, top); its height follows its content. */
export function summaryPanel(result: AnalysisResult, findings: readonly Finding[], x: number, top: number): { group: GroupItem; height: number } {
  const inner = x + PAD;
  const children: SceneItem[] = [];
  const heading = new TextColumn(inner, top + 4, PANEL_WIDTH - 2 * PAD);
  heading.paragraph('Flow summary', 14, INK, { bold: true });
  children.push(...heading.items);
  let y = heading.bottom + 4;
  const summaries = flowSummaries(result);
  if (summaries.length === 0) {
    const none = new TextColumn(inner, y, PANEL_WIDTH - 2 * PAD);
    none.paragraph('No entry point: nothing offers load, so there is no flow to follow.', 11, MUTED);
    children.push(...none.items);
    y = none.bottom;
  }
  summaries.forEach((summary, index) => {
    const made = flowGroup(summary, result.flows[index]?.entry ?? String(index), inner, y);
    children.push(made.group);
    y = made.bottom + 8;
  });
  const bottleneck = bottleneckSummary(result);
  const limit = new TextColumn(inner, y, PANEL_WIDTH - 2 * PAD);
  limit.paragraph('Bottleneck', 12, INK, { bold: true });
  limit.paragraph(bottleneck.sentence, 11, INK, { role: 'bottleneck' });
  children.push({ kind: 'group', id: 'bottleneck', className: 'bottleneck', data: bottleneck.name === null ? {} : { component: bottleneck.name }, children: limit.items });
  const made = findingsGroup(sortedFindings(findings), inner, limit.bottom + 8);
  children.push(made.group);
  const height = made.bottom + PAD - top;
  return {
    group: {
      kind: 'group',
      id: 'flow-summary',
      className: 'summary',
      children: [{ kind: 'rect', x, y: top, width: PANEL_WIDTH, height, radius: 8, fill: '#ffffff', stroke: NODE_BORDER, strokeWidth: 1 }, ...children],
    },
    height,
  };
}
