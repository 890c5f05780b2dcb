// Findings of the anti-pattern linter: a tagged union on a stable id, so the app can key on it.
import type { Source } from '@napkin/catalog';
import type { CallId, ComponentId } from '../model/ids';

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
  | 'retries-without-backoff'
  | 'call-without-timeout'
  | 'no-edge-rate-limit'
  | 'client-to-database'
  | 'sync-cycle'
  | 'unreached-component';

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
