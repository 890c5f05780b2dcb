// The readable report `napkin analyze` prints: flows with their latency budgets and availability,
// the bottleneck, per-component load, and the findings, most severe first. Availability and budget
// shares read through the one formatter of `@napkin/analysis`, as on the board and in every export.
import { formatBudgetShare, formatFigure, formatPercent, reachReason, sharePercent } from '@napkin/analysis';
import type { AnalysisResult, ComponentResult, Explained, FlowResult, FormatError, SaturatedTier } from '@napkin/analysis';

const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
/** A latency figure: "≥" before one that is only the engine's cap, "saturated" where it has no bound. */
const latencyFigure = (figure: Explained | null) =>
  figure === null ? 'saturated' : `${figure.capped ? '≥ ' : ''}${ms(figure.value)}`;
const saturatedTier = (tier: SaturatedTier) =>
  `${tier.name} is saturated (ρ ${tier.utilisation.value.toFixed(2)}, not shedding load): its queue grows without bound`;

function duration(minutes: number): string {
  if (minutes < 1) return `${(minutes * 60).toFixed(1)} s`;
  if (minutes < 120) return `${minutes.toFixed(1)} min`;
  if (minutes < 2 * 1440) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} days`;
}

function flowSection(flow: FlowResult): string[] {
  const lines: string[] = [];
  const latency = flow.latency;
  const a = flow.availability;
  lines.push(`Flow "${flow.name}"  (${flow.capacity.peakRps.value.toFixed(1)} req/s at peak)`);
  lines.push(
    `  latency   p50 ${latencyFigure(latency.p50Ms)}  p95 ${latencyFigure(latency.p95Ms)}  p99 ${latencyFigure(latency.p99Ms)}` +
      `  budget ${ms(latency.budgetMs.value)}  ${latency.withinBudget ? 'OK' : 'OVER BUDGET'}`,
  );
  if (latency.saturated) lines.push(`  unbounded: ${saturatedTier(latency.saturated)}`);
  // One path per traffic class when reads and writes take different calls; the share is of the flow's requests.
  for (const path of latency.criticalPaths) {
    const which = path.traffic === 'all' ? '' : ` for ${path.traffic}s (${sharePercent(path.share.value)} of requests)`;
    lines.push(`  critical path${which} (own p99 + network, share of budget):`);
    for (const hop of path.hops) {
      const indent = '  '.repeat(hop.depth + 1);
      const reach = hop.reach.value < 0.9995 ? `  (${reachReason(flow, hop.component) ?? `${sharePercent(hop.reach.value)} of requests`})` : '';
      const share = hop.budgetShare === null ? 'unbounded' : formatBudgetShare(hop.budgetShare);
      const own = hop.ownP99Ms === null ? 'saturated' : ms(hop.ownP99Ms);
      lines.push(`${indent}${hop.name}: ${own} + ${ms(hop.networkMs)}  ${share}${reach}`);
    }
    if (path.truncated) lines.push('    … (critical path truncated)');
  }
  for (const lag of flow.freshness)
    lines.push(
      `  async ${lag.call} → ${lag.target}: freshness lag p50 ${ms(lag.p50Ms.value)}, p99 ${ms(lag.p99Ms.value)}`,
    );
  lines.push(
    `  availability ${formatFigure(a.percent)} (${formatFigure(a.nines)}, ${a.method === 'lower-bound' ? 'lower bound' : a.method})` +
      `  objective ${formatFigure(a.objective)}  ${a.meetsObjective ? 'OK' : 'MISSED'}`,
  );
  lines.push(
    `  downtime ${duration(a.downtimeMinutesPerYear.value)}/year, ${duration(a.downtimeMinutesPerMonth.value)}/month;` +
      ` error budget used: ${formatBudgetShare(a.errorBudgetUsed)}`,
  );
  if (a.weakestLink)
    lines.push(`  weakest link: ${a.weakestLink.kind === 'zone' ? 'zone ' : ''}${a.weakestLink.name} (+${a.weakestLink.gain.value.toPrecision(2)} points if perfect)`);
  if (a.timeoutLoss)
    lines.push(
      `  lost to timeouts: ${a.timeoutLoss.points.value.toPrecision(2)} points, to failures ${a.timeoutLoss.failurePoints.value.toPrecision(2)}` +
        ` (most often late: ${String(a.timeoutLoss.points.inputs.latestCall)}, ${(Number(a.timeoutLoss.points.inputs.latestCallLateShare) * 100).toPrecision(2)} % of the requests making it)`,
    );
  return lines;
}

/** A queue's or stream's consumer group: how many consumers work at once, and how many sit idle. */
function consumers(component: ComponentResult): string {
  const group = component.consumerGroup;
  if (!group) return '';
  const idle = group.idleConsumers.value > 0 ? `, ${group.idleConsumers.value} idle` : '';
  return `  (${group.activeConsumers.value} consumers at once${idle})`;
}

export function renderErrors(errors: readonly FormatError[]): string[] {
  return errors.map((error) => `  ${error.path}: ${error.message}`);
}

export function renderReport(result: AnalysisResult): string {
  const lines: string[] = [];
  lines.push(result.title ? `Napkin analysis: ${result.title}` : 'Napkin analysis');
  if (result.errors.length > 0) {
    lines.push('', `Problems in the board (${result.errors.length}), skipped:`);
    lines.push(...renderErrors(result.errors));
  }
  for (const flow of result.flows) lines.push('', ...flowSection(flow));
  if (result.flows.length === 0) lines.push('', 'No entry points: add a client with an `entry` to get flows.');
  const bottleneck = result.components.find((component) => component.id === result.bottleneck.component);
  lines.push('');
  if (bottleneck) {
    const headroom = result.bottleneck.headroom.value;
    lines.push(
      `Bottleneck: ${bottleneck.name} at ${(result.bottleneck.utilisation.value * 100).toFixed(1)} % utilisation;` +
        (headroom >= 1 ? ` it saturates at ${headroom.toFixed(1)}× today's load.` : ' it is already saturated.'),
    );
  } else lines.push('Bottleneck: none (no load).');
  if (!result.retries.converged)
    lines.push('', `Retries: load and latency did not settle in ${result.retries.rounds.value} rounds (a retry storm; see the findings).`);
  lines.push('', 'Components (load, utilisation, visit p99, P(up)):');
  for (const component of result.components) {
    if (component.isEntry) continue;
    lines.push(
      `  ${component.name.padEnd(24)} ${component.traffic.totalRps.value.toFixed(1).padStart(10)} req/s` +
        `  ${(component.traffic.utilisation.value * 100).toFixed(1).padStart(6)} %  ${latencyFigure(component.latency.p99Ms).padStart(10)}` +
        `  ${formatPercent(component.up.value * 100)}${component.saturated ? '  SATURATED' : ''}${consumers(component)}`,
    );
  }
  lines.push('', `Findings (${result.findings.length}):`);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  for (const finding of findings) {
    lines.push(`  [${finding.severity}] ${finding.id}: ${finding.message}`);
    lines.push(`      fix: ${finding.fix}  (${finding.source.section})`);
  }
  return lines.join('\n');
}
