// The linter's rule set: the finding type (a tagged union on a stable id, so the app can key on it) and
// one row per finding with its severity, one-line fix and playbook section, and `finding()` that builds
// one from its row. Thresholds live here too, so the README and the rules cannot disagree.
import type { Source } from '@napkin/catalog';
import { GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS } from '@napkin/catalog';
import type { CallId, ComponentId } from '../model/graph';

export type FindingId =
  | 'spof'
  | 'single-load-balancer'
  | 'db-without-replica'
  | 'cache-without-ttl'
  | 'queue-without-dlq'
  | 'wide-sync-fanout'
  | 'sync-cross-region'
  | 'deep-sync-chain'
  | 'budget-hog'
  | 'hot-component'
  | 'saturated'
  | 'over-latency-objective'
  | 'under-availability-objective'
  | 'timeouts-cost-availability'
  | 'retries-without-backoff'
  | 'call-without-timeout'
  | 'no-edge-rate-limit'
  | 'client-to-database'
  | 'sync-cycle'
  | 'unreached-component'
  | 'idle-consumers';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  readonly components: readonly ComponentId[];
  readonly calls: readonly CallId[];
  readonly fix: string;
  readonly source: Source;
}

export interface Rule {
  readonly severity: Severity;
  readonly fix: string;
  readonly source: Source;
}

// Headings come from the catalog's section tables, which its own tests check against the seeds;
// `findings.test.ts` checks every quote below sits inside the section it cites.
const antiPattern = (quote: string): Source => section('antiPatterns', quote);
const section = (name: keyof typeof PLAYBOOK_SECTIONS, quote: string): Source => ({
  seed: SEEDS.playbook,
  section: PLAYBOOK_SECTIONS[name],
  quote,
});

export const THRESHOLDS = {
  /** Σ synchronous calls per request from one component above which fan-out is "wide". */
  wideFanout: 5,
  /** Synchronous hops from the entry point above which a chain is "deep". */
  deepChain: 5,
  /** A component whose own p99 exceeds this share of the flow's budget (50 ms of 200 ms). */
  budgetHogShare: 0.25,
  /** Utilisation above which a component is "hot". The engine's choice: M/M/c waits climb steeply past it. */
  hot: 0.7,
} as const;

export const RULES: Readonly<Record<FindingId, Rule>> = {
  spof: {
    severity: 'warning',
    fix: 'Run at least two instances (in different zones) or make the call optional with a fallback.',
    // "Strategies for high availability:" is a line inside the guide's reliability topic, not a heading.
    source: {
      seed: SEEDS.interviewGuide,
      section: GUIDE_SECTIONS.reliability,
      quote: 'Eliminate single points of failure',
    },
  },
  'single-load-balancer': {
    severity: 'warning',
    fix: 'Run load balancers in pairs (active-passive or active-active).',
    source: antiPattern('Single load balancer. SPOF, often invisible until it isn'),
  },
  'db-without-replica': {
    severity: 'warning',
    fix: 'Add a replica (or replication factor ≥ 2) so a node loss is a failover, not an outage.',
    source: section('replication', 'Replicas serve read traffic and act as failover candidates.'),
  },
  'cache-without-ttl': {
    severity: 'warning',
    fix: 'Give cached entries a TTL or an explicit invalidation path.',
    source: antiPattern('Cache without TTL or invalidation strategy'),
  },
  'queue-without-dlq': {
    severity: 'warning',
    fix: 'Route messages that keep failing to a dead-letter queue and alert on it.',
    source: antiPattern('No DLQ. Failed messages quietly disappear.'),
  },
  'wide-sync-fanout': {
    severity: 'warning',
    fix: 'Fan out asynchronously, hedge requests, or gather only the first N of M answers.',
    source: section('tailLatency', 'tail effects compound when one request fans out to many services'),
  },
  'sync-cross-region': {
    severity: 'warning',
    fix: 'Serve the request from the local region (replicate the data) or make the call asynchronous.',
    source: section(
      'latencyNumbers',
      'Never block a user request on a cross-region call',
    ),
  },
  'deep-sync-chain': {
    severity: 'warning',
    fix: 'Flatten the chain: call services in parallel or move work off the request path.',
    source: section('tailLatency', 'Reduce fan-out depth'),
  },
  'budget-hog': {
    severity: 'warning',
    fix: 'Cache, index or move this work off the request path; it takes more than a quarter of the budget.',
    source: section(
      'latencyNumbers',
      'If any single component eats > 50 ms, scrutinize it.',
    ),
  },
  'hot-component': {
    severity: 'warning',
    fix: 'Add instances or cache in front of it before queueing delay takes over.',
    source: section('capacityWorksheet', 'Compare to a rough capacity per box'),
  },
  saturated: {
    severity: 'error',
    fix: 'Add capacity: more instances, read replicas, a cache in front, or shed load at the edge.',
    source: section('capacityWorksheet', 'Compare to a rough capacity per box'),
  },
  'over-latency-objective': {
    severity: 'error',
    fix: 'Cut the biggest hop on the critical path, parallelise calls, or move work to async.',
    source: section(
      'latencyNumbers',
      'Typical p99 latency budget for a 200 ms web request',
    ),
  },
  'under-availability-objective': {
    severity: 'error',
    fix: 'Improve the weakest link first: redundancy there buys the most.',
    source: section('availability', 'you fix the weakest link'),
  },
  'timeouts-cost-availability': {
    severity: 'warning',
    fix: "Give the late call a timeout past its callee's tail (with retries inside the caller's budget), or hedge it after p95.",
    source: section('tailLatency', 'Hedged requests: after p95 timeout, send to a second replica'),
  },
  'retries-without-backoff': {
    severity: 'warning',
    fix: 'Retry with exponential backoff and jitter, at most ~3 attempts.',
    source: antiPattern('Retries without backoff. Self-DDoS during recovery.'),
  },
  'call-without-timeout': {
    severity: 'info',
    fix: 'Set a timeout shorter than the caller’s own budget.',
    source: section('timeouts', 'Every network call needs a timeout.'),
  },
  'no-edge-rate-limit': {
    severity: 'warning',
    fix: 'Put a rate limiter or an API gateway that limits at the edge of this flow.',
    source: section('rateLimiting', 'Apply at: edge (API gateway, per IP / API key)'),
  },
  'client-to-database': {
    severity: 'error',
    fix: 'Put a service between clients and the database; clients talk to APIs.',
    source: section('defenseInDepth', 'Assume any single layer will fail.'),
  },
  'sync-cycle': {
    severity: 'error',
    fix: 'Break the cycle: one of these calls must become asynchronous or go away.',
    source: {
      seed: SEEDS.principalGuide,
      section: '3. Synchronous vs. Asynchronous Communication',
      quote: 'The producer fires an event and does not wait for or know about downstream consumers.',
    },
  },
  'unreached-component': {
    severity: 'info',
    fix: 'Connect it to a flow or remove it from the board.',
    source: {
      seed: SEEDS.playbook,
      section: PLAYBOOK_SECTIONS.capacityWorksheet,
      note: 'No section names it; a box no flow reaches has no load, so the worksheet has nothing to size.',
    },
  },
  'idle-consumers': {
    severity: 'warning',
    fix: 'Give the stream a partition per consumer, and run no more consumer instances than consumers can work.',
    source: section('kafka', 'one partition consumed by exactly one consumer in a group.'),
  },
};

/** A finding of one rule: its severity, fix and playbook section come from the rule's row. */
export function finding(
  id: FindingId,
  message: string,
  components: readonly ComponentId[],
  calls: readonly CallId[] = [],
): Finding {
  const rule = RULES[id];
  return { id, severity: rule.severity, message, components, calls, fix: rule.fix, source: rule.source };
}
