// The linter's rule set: the finding type (a tagged union on a stable id, so the app can key on it) and
// one row per finding with its severity, one-line fix and playbook section, and `finding()` that builds
// one from its row. Thresholds live here too, so the README and the rules cannot disagree.
import type { Citation, Fact, Source } from '@napkin/catalog';
import { fact, GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS, term } from '@napkin/catalog';
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
  | 'retry-storm'
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

// Headings come from the catalog's section tables. Each rule states the fact it rests on in our words;
// `pnpm check:citations` finds each fact's figure inside the section it cites (`CITATIONS` below).
const antiPattern = (stated: Fact): Source => section('antiPatterns', stated);
const section = (name: keyof typeof PLAYBOOK_SECTIONS, stated: Fact): Source => ({
  seed: SEEDS.playbook,
  section: PLAYBOOK_SECTIONS[name],
  fact: stated,
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

/** How loaded a component is, as the linter rates it: `saturated` and `hot-component` fire on the same verdicts. */
export type LoadLevel = 'ok' | 'hot' | 'saturated';

/**
 * The linter's rating of a component's load, for whoever shows it (the board colours its utilisation bar
 * by it): saturated when its queue is (ρ ≥ 1), hot above `THRESHOLDS.hot`, else ok.
 */
export function loadLevel(utilisation: number, saturated: boolean): LoadLevel {
  if (saturated) return 'saturated';
  return utilisation > THRESHOLDS.hot ? 'hot' : 'ok';
}

export const RULES: Readonly<Record<FindingId, Rule>> = {
  spof: {
    severity: 'warning',
    fix: 'Run at least two instances (in different zones) or make the call optional with a fallback.',
    // "Strategies for high availability:" is a line inside the guide's reliability topic, not a heading.
    source: {
      seed: SEEDS.interviewGuide,
      section: GUIDE_SECTIONS.reliability,
      fact: term('single points of failure', 'what high availability removes first: every component redundant'),
    },
  },
  'single-load-balancer': {
    severity: 'warning',
    fix: 'Run two load balancers, one on standby or both serving.',
    source: antiPattern(term('Single load balancer', 'an anti-pattern: a single point of failure nobody notices until it fails')),
  },
  'db-without-replica': {
    severity: 'warning',
    fix: 'Add a replica (or replication factor ≥ 2) so a node loss is a failover, not an outage.',
    source: section('replication', term('failover candidates', 'read replicas, which take over when the primary fails')),
  },
  'cache-without-ttl': {
    severity: 'warning',
    fix: 'Give cached entries a TTL or an explicit invalidation path.',
    source: antiPattern(term('Cache without TTL', 'an anti-pattern: cached entries that never expire and are never invalidated')),
  },
  'queue-without-dlq': {
    severity: 'warning',
    fix: 'Route messages that keep failing to a dead-letter queue and alert on it.',
    source: antiPattern(term('No DLQ', 'an anti-pattern: messages that keep failing are lost without a trace')),
  },
  'wide-sync-fanout': {
    severity: 'warning',
    fix: 'Fan out asynchronously, hedge requests, or gather only the first N of M answers.',
    source: section('tailLatency', term('fans out', 'how tails compound: one request waiting on many services')),
  },
  'sync-cross-region': {
    severity: 'warning',
    fix: 'Serve the request from the local region (replicate the data) or make the call asynchronous.',
    source: section('latencyNumbers', fact('150', 'ms', 'what a cross-region call adds to a user request that waits on it')),
  },
  'deep-sync-chain': {
    severity: 'warning',
    fix: 'Flatten the chain: call services in parallel or move work off the request path.',
    source: section('tailLatency', term('fan-out depth', 'a cure for the tail: fewer hops, since each multiplies it')),
  },
  'budget-hog': {
    severity: 'warning',
    fix: 'Cache, index or move this work off the request path; it takes more than a quarter of the budget.',
    source: section('latencyNumbers', fact('> 50', 'ms', 'the share of a 200 ms budget beyond which one component deserves a hard look')),
  },
  'hot-component': {
    severity: 'warning',
    fix: 'Add instances or cache in front of it before queueing delay takes over.',
    source: section('capacityWorksheet', term('capacity per box', 'the sizing step: peak load against what one box serves')),
  },
  saturated: {
    severity: 'error',
    fix: 'Add capacity: more instances, read replicas, a cache in front, or shed load at the edge.',
    source: section('capacityWorksheet', term('capacity per box', 'the sizing step: peak load against what one box serves')),
  },
  'over-latency-objective': {
    severity: 'error',
    fix: 'Cut the biggest hop on the critical path, parallelise calls, or move work to async.',
    source: section('latencyNumbers', fact('200', 'ms', 'the p99 budget of a typical web request')),
  },
  'under-availability-objective': {
    severity: 'error',
    fix: 'Improve the weakest link first: redundancy there buys the most.',
    source: section('availability', term('weakest link', 'where availability is won: the lowest tier, not more replicas elsewhere')),
  },
  'timeouts-cost-availability': {
    severity: 'warning',
    fix: "Give the late call a timeout past its callee's tail (with retries inside the caller's budget), or hedge it after p95.",
    source: section('tailLatency', term('p95', 'when a hedged request gives up waiting and asks a second replica')),
  },
  'retries-without-backoff': {
    severity: 'warning',
    fix: 'Retry with exponential backoff and jitter, at most ~3 attempts.',
    source: antiPattern(term('Retries without backoff', 'an anti-pattern: clients hammering a service while it recovers')),
  },
  'retry-storm': {
    severity: 'error',
    fix: 'Bound retries with a retry budget or a circuit breaker, and set the timeout past the callee’s p99 under load.',
    source: {
      seed: SEEDS.principalGuide,
      section: '12. Reliability & Resilience',
      fact: term('retry storm', 'retries piling onto a struggling service faster than it can recover'),
    },
  },
  'call-without-timeout': {
    severity: 'info',
    fix: 'Set a timeout shorter than the caller’s own budget.',
    source: section('timeouts', term('Every network call', 'what needs a timeout, shorter than the caller\'s own budget')),
  },
  'no-edge-rate-limit': {
    severity: 'warning',
    fix: 'Put a rate limiter or an API gateway that limits at the edge of this flow.',
    source: section('rateLimiting', term('API gateway', 'the first place to limit rates: at the edge, per IP or key')),
  },
  'client-to-database': {
    severity: 'error',
    fix: 'Put a service between clients and the database; clients talk to APIs.',
    source: section('defenseInDepth', term('input validation', 'a layer of defence a client skips when it reaches the database directly')),
  },
  'sync-cycle': {
    severity: 'error',
    fix: 'Break the cycle: one of these calls must become asynchronous or go away.',
    source: {
      seed: SEEDS.principalGuide,
      section: '3. Synchronous vs. Asynchronous Communication',
      fact: term('Event-driven', 'systems whose producers do not wait for their consumers, which no call cycle can block'),
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
    source: section('kafka', term('consumer groups', 'Kafka: each partition read by one consumer of a group, so spare consumers idle')),
  },
};

/** Every rule's citation, named "finding.<id>"; `pnpm check:citations` reads this export. */
export const CITATIONS: readonly Citation[] = Object.entries(RULES).map(([id, rule]) => ({ label: `finding.${id}`, source: rule.source }));

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
