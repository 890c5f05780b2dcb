// The engine's output: plain, JSON-safe data (no Maps, no NaN, no Infinity), one entry per flow and per component.
import type { AvailabilityFigures } from './availability/report';
import type { WeakestLink } from './availability/weakest-link';
import type { CallRouting, ComponentPlacement } from './availability/routing-result';
import type { FlowCapacity } from './capacity/estimate';
import type { Explained } from './explain/explained';
import type { Term } from './explain/terms';
import type { ComponentReach, ReachPass } from './engine/reach';
import type { Finding } from './findings/rules';
import type { FormatError } from './format/parse';
import type { Source } from '@napkin/catalog';
import type { CallId, ComponentId, ZoneId } from './model/graph';
import type { CallInputs, ComponentInputs, EntryInputs, ZoneInputs } from './model/inputs';
import type { QueueResult } from './queueing/mmc';
import type { ConsumerGroup } from './traffic/consumers';
import type { Bottleneck, ComponentTraffic } from './traffic/utilisation';

export const RESULT_FORMAT = 'napkin-analysis';
export const RESULT_VERSION = 1;

/**
 * A tier whose queue grows without bound: ρ ≥ 1 and it does not shed load. A latency percentile that such
 * a tier makes unbounded is null, never a number, and the latency says which tier it is.
 */
export interface SaturatedTier {
  readonly component: ComponentId;
  readonly name: string;
  /** Its ρ = load / capacity (≥ 1), the same figure as its `traffic.utilisation`. */
  readonly utilisation: Explained;
}

export interface ComponentReplication {
  readonly replicaOf: ComponentId | null;
  readonly replicatedTo: readonly ComponentId[];
  readonly readReplicas: number;
}

export interface ComponentResult {
  readonly id: ComponentId;
  readonly name: string;
  readonly kind: string;
  readonly isEntry: boolean;
  readonly traffic: ComponentTraffic;
  /** Null for entry points, which originate load rather than serve it. */
  readonly queue: Omit<QueueResult, 'wait'> | null;
  readonly saturated: boolean;
  /**
   * One visit: service time plus queueing wait. When the component is saturated and does not shed
   * load its wait is unbounded: `saturated` names it and both percentiles are null.
   */
  readonly latency: {
    readonly p50Ms: Explained | null;
    readonly p99Ms: Explained | null;
    readonly saturated: SaturatedTier | null;
  };
  readonly up: Explained;
  readonly storagePerYear: Explained | null;
  /** For a queue or stream with consumers: how many work at once, how many sit idle; else null. */
  readonly consumerGroup: ConsumerGroup | null;
  /** Where a spread component's instances run, zone by zone, and how many run; null for a component in one place. */
  readonly placement: ComponentPlacement | null;
  /**
   * Replication (issue 15), for a store wired to replica boxes or a replica box; null otherwise.
   * `readReplicas` is what the engine counted for the store (its own `readReplicas` or its folded boxes'
   * instances, whichever is more); a replica box names the store it copies.
   */
  readonly replication: ComponentReplication | null;
  /** Explanations of the plain fields above, under the same keys. */
  readonly why: { readonly saturated: Explained };
  /** What the engine used for each parameter, and whether the board, the catalog or the engine gave it. */
  readonly inputs: ComponentInputs;
  /** The same for an entry point's load and objectives; null for other components. */
  readonly entryInputs: EntryInputs | null;
}

/** A call's resolved inputs (every call that resolved, the back edges of cycles too). */
export interface CallResult {
  readonly id: CallId;
  readonly inputs: CallInputs;
  /** For a branch of an alternative group: its weight, the share of requests it takes, its failover; else null. */
  readonly routing: CallRouting | null;
  /**
   * Expected attempts per call when it retries (1 + q + … + q^r, q = the share of attempts that fail or
   * answer after the timeout, at the load ↔ latency solution); null for a call without retries.
   */
  readonly attempts: Explained | null;
}

export interface ZoneResult {
  readonly id: ZoneId;
  readonly inputs: ZoneInputs;
}

export interface Hop {
  readonly component: ComponentId;
  readonly name: string;
  /** The call that reached this hop (the entry point is not a hop: it originates the request and costs nothing). */
  readonly via: CallId;
  /** Calls from the entry point to the hop: 1 for the entry's own callees. */
  readonly depth: number;
  readonly networkMs: number;
  /**
   * The hop's own time per request that reaches it: one visit, or the slowest of its visits when calls
   * fan out to it (the request waits for all of them). Null when the hop is a saturated tier that does
   * not shed load: its own time is unbounded.
   */
  readonly ownP50Ms: number | null;
  readonly ownP99Ms: number | null;
  /** Probability that a request of the flow's main class visits this hop (fractions, cache misses). */
  readonly visitProbability: number;
  /** Share of the flow's requests (both classes) that reach the component (the flow's `reach` entry's; its reason: `reachReason`). */
  readonly reach: Explained;
  /**
   * (own time at the flow's p99 + network) / budget, where the own time at the flow's p99 is its quantile
   * 1 − 1 %/v for the share v of requests reaching it (its p99 when every request does; 0 when 1 % or
   * fewer do); null when its own p99 is unbounded.
   */
  readonly budgetShare: Explained | null;
  /** Set when the hop is a saturated tier that does not shed load (ownP50Ms, ownP99Ms and budgetShare are then null). */
  readonly saturated: SaturatedTier | null;
  /** Explanations of the plain numbers above, under the same keys. */
  readonly why: {
    readonly networkMs: Explained;
    readonly ownP50Ms: Explained | null;
    readonly ownP99Ms: Explained | null;
    readonly visitProbability: Explained;
  };
}

/** One traffic class's critical path ('all' when reads and writes take the same calls). */
export interface ClassPath {
  readonly traffic: 'read' | 'write' | 'all';
  /** The class's share of the flow's requests (1 for 'all'). */
  readonly share: Explained;
  readonly hops: readonly Hop[];
  readonly truncated: boolean;
  readonly why: { readonly truncated: Explained };
}

export interface Freshness {
  readonly call: CallId;
  readonly target: ComponentId;
  readonly p50Ms: Explained;
  readonly p99Ms: Explained;
}

/** What a flow loses to calls answering after their timeout (engine/timeout-loss.ts). */
export interface TimeoutLoss {
  /** Percentage points of availability lost to late answers: (A(no call late) − A) × 100. */
  readonly points: Explained;
  /** (1 − A(no call late)) × 100: what component failures alone cost, in percentage points. */
  readonly failurePoints: Explained;
  /** The call reached by the flow that is late most often (its late share is in `points.inputs`). */
  readonly latestCall: CallId;
}

export interface FlowResult {
  readonly entry: ComponentId;
  readonly name: string;
  readonly capacity: FlowCapacity;
  readonly latency: {
    /**
     * Null when unbounded: more than 1 − q of the flow's requests wait on a saturated tier that does not
     * shed load (with no timeout cutting the wait), so no finite figure is that percentile. `saturated`
     * then names the tier. A figure that is only the engine's ceiling (past ~100 s) is flagged `capped`.
     */
    readonly p50Ms: Explained | null;
    readonly p95Ms: Explained | null;
    readonly p99Ms: Explained | null;
    /** The tier that makes the null percentiles unbounded; null when every percentile is a figure. */
    readonly saturated: SaturatedTier | null;
    readonly budgetMs: Explained;
    readonly withinBudget: boolean;
    readonly criticalPath: readonly Hop[];
    /** True when the critical path was longer than the engine lists. */
    readonly criticalPathTruncated: boolean;
    /** The critical path of each traffic class (reads, writes), or one for both when they take the same calls. */
    readonly criticalPaths: readonly ClassPath[];
    /** The terms the p99 is made of (classes, hops, the rule combining them), for the headline's "why?". */
    readonly terms: Term;
    readonly why: { readonly withinBudget: Explained; readonly criticalPathTruncated: Explained };
  };
  /** Every component the flow's requests reach, board order, with the share that does (why: `reachReason`). */
  readonly reach: readonly ComponentReach[];
  /** Each traffic class's best callers along `reach`, what `reachReason` words the reasons from. */
  readonly reachPasses: readonly ReachPass[];
  readonly freshness: readonly Freshness[];
  readonly availability: AvailabilityFigures & {
    /** 'estimate' when shared parts were treated as independent on a flow whose alternatives fail over (no bound holds). */
    readonly method: 'exact' | 'lower-bound' | 'estimate';
    readonly sharedVariables: number;
    readonly conditionedVariables: number;
    /** The component or zone whose perfection gains the most (`kind` says which; `component` is its id). */
    readonly weakestLink: WeakestLink | null;
    /** Set on a flow that misses its objective when late answers may be the larger part of the loss. */
    readonly timeoutLoss: TimeoutLoss | null;
    /** The terms the availability is made of (classes, parts, zones, their costs), for the headline's "why?". */
    readonly terms: Term;
    readonly why: AvailabilityFigures['why'] & {
      readonly sharedVariables: Explained;
      readonly conditionedVariables: Explained;
    };
  };
}

export interface CycleResult {
  readonly calls: readonly CallId[];
  readonly components: readonly ComponentId[];
  readonly allSync: boolean;
}

/** How the load ↔ latency fixed point of the retrying calls settled (`engine/load-latency.ts`). */
export interface RetrySettlement {
  /** Latency trees the engine built: 1 when no call retries on a timeout. */
  readonly rounds: Explained;
  /** False when the retries' load and the latency had not settled after the most rounds the engine runs. */
  readonly converged: boolean;
  readonly why: { readonly converged: Explained };
}

export interface AnalysisResult {
  readonly format: typeof RESULT_FORMAT;
  readonly version: typeof RESULT_VERSION;
  readonly title: string;
  readonly errors: readonly FormatError[];
  readonly components: readonly ComponentResult[];
  readonly flows: readonly FlowResult[];
  readonly bottleneck: Bottleneck;
  readonly retries: RetrySettlement;
  readonly cycles: readonly CycleResult[];
  readonly findings: readonly Finding[];
  readonly calls: readonly CallResult[];
  readonly zones: readonly ZoneResult[];
  /** Where each default named by the inputs comes from (text, section, fact), by its citation id. */
  readonly citations: Readonly<Record<string, Source>>;
}
