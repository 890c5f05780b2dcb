// Findings grouped by rule, so a big board's hundreds of findings read as a dozen lines with counts:
// worst severity first, then the most frequent. Each group still lists its findings, and knows every
// component they name, so one click can show them all on the canvas.
import type { Finding, FindingId, Severity } from '@napkin/analysis';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** A short name per rule for its group's heading (the findings' own messages name the components). */
export const RULE_TITLES: Readonly<Record<FindingId, string>> = {
  spof: 'Single points of failure',
  'single-load-balancer': 'A single load balancer',
  'db-without-replica': 'Databases without a replica',
  'cache-without-ttl': 'Caches without a TTL',
  'queue-without-dlq': 'Queues without a dead-letter queue',
  'wide-sync-fanout': 'Wide synchronous fan-out',
  'sync-cross-region': 'Synchronous calls across regions',
  'deep-sync-chain': 'Deep synchronous chains',
  'budget-hog': 'Hops eating the latency budget',
  'hot-component': 'Components near saturation',
  saturated: 'Saturated components',
  'over-latency-objective': 'Flows over their latency objective',
  'under-availability-objective': 'Flows under their availability objective',
  'timeouts-cost-availability': 'Timeouts costing availability',
  'retries-without-backoff': 'Retries without backoff',
  'retry-storm': 'Retry storms',
  'call-without-timeout': 'Calls without a timeout',
  'no-edge-rate-limit': 'No rate limit at the edge',
  'client-to-database': 'Clients calling a database',
  'sync-cycle': 'Synchronous cycles',
  'unreached-component': 'Components no flow reaches',
  'idle-consumers': 'Idle consumers',
};

export interface FindingGroup {
  readonly rule: FindingId;
  readonly title: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
  /** Every component the group's findings name, once each, in order of first mention. */
  readonly components: readonly string[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<FindingId, Finding[]>();
  for (const finding of findings) byRule.set(finding.id, [...(byRule.get(finding.id) ?? []), finding]);
  const groups = [...byRule].map(([rule, members]): FindingGroup => {
    const severity = SEVERITY_ORDER.find((level) => members.some((finding) => finding.severity === level)) ?? 'info';
    const ordered = [...members].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    return { rule, title: RULE_TITLES[rule] ?? rule, severity, findings: ordered, components: [...new Set(ordered.flatMap((finding) => finding.components))] };
  });
  return groups.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
}
