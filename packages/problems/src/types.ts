// What a problem of the interview library is made of, split by who may read it: the prompt is public
// (the library page and the candidate see it); the rubric and the reference design are interviewer
// material, exported only from `@napkin/problems/interviewer` so the web app's bundle never holds them.

/** A size the candidate estimates with, as a number and its unit ("a short URL record is 500 B"). */
export interface DataSize {
  readonly what: string;
  readonly value: number;
  readonly unit: 'B' | 'KB' | 'MB' | 'GB' | 'TB' | 'PB';
}

/**
 * The numbers the estimator and the client's load start from: peak req/s =
 * dailyActiveUsers × requestsPerUserPerDay / 86,400 × peakFactor; reads are readsPerWrite / (readsPerWrite + 1) of it.
 */
export interface ScaleAssumptions {
  readonly dailyActiveUsers: number;
  readonly requestsPerUserPerDay: number;
  readonly peakFactor: number;
  /** Reads per write (100 means 100:1); 0 for a write-only workload. */
  readonly readsPerWrite: number;
  readonly dataSizes: readonly DataSize[];
}

export interface NonFunctionalRequirements {
  /** The p99 a user request must stay under, end to end. */
  readonly p99BudgetMs: number;
  /** The share of requests that must succeed, as a fraction (0.999 is three nines). */
  readonly availabilityObjective: number;
  /** Consistency, durability, freshness and the like, in words. */
  readonly other: readonly string[];
}

/** The public part of a problem: what the library page lists and the candidate reads. */
export interface ProblemPrompt {
  /** Stable and url-safe ("url-shortener"): links, sessions and the server name problems by it. */
  readonly id: string;
  readonly title: string;
  /** The task in Napkin's own words, two or three sentences. */
  readonly prompt: string;
  readonly scale: ScaleAssumptions;
  readonly functional: readonly string[];
  readonly nonFunctional: NonFunctionalRequirements;
}

/** How the board can judge a point by itself; a point without a check is scored by the interviewer alone. */
export type RubricCheck =
  /** Some component of one of these kinds carries traffic (evidence: the busiest one, its req/s). */
  | { readonly type: 'serves'; readonly kinds: readonly string[] }
  /** Some asynchronous call reaches a component of one of these kinds (work queued, not waited on). */
  | { readonly type: 'async-into'; readonly kinds: readonly string[] }
  /** Every entry point states its load, p99 budget and availability objective as numbers. */
  | { readonly type: 'requirements-stated' }
  /** A cache (in-memory cache or CDN) answers part of the reads of some flow. */
  | { readonly type: 'cache-on-read-path' }
  /** The analysis finds no single point of failure. */
  | { readonly type: 'no-spof' }
  /** Every flow's p99 is within its budget. */
  | { readonly type: 'within-latency-budget' }
  /** Every flow meets its availability objective. */
  | { readonly type: 'meets-availability' };

export interface RubricPoint {
  /** Unique within its problem ("general.no-spof", "url-shortener.analytics-async"). */
  readonly id: string;
  /** What a strong answer covers, in a line. */
  readonly title: string;
  /** Whether it is one of the general points every problem shares. */
  readonly general: boolean;
  /** Null: not judgeable from the board; the interviewer scores it. */
  readonly check: RubricCheck | null;
  /** The playbook section the point comes from (its heading as the text prints it). */
  readonly section: string;
}

/** Where on the board a point's verdict comes from: a component to highlight, a figure to show. */
export interface RubricEvidence {
  readonly componentId?: string;
  readonly figure?: string;
}

export interface RubricResult {
  readonly pointId: string;
  readonly status: 'met' | 'missing' | 'not-judgeable';
  /** Null for a point the board cannot judge, and for a missing point with nothing to point at. */
  readonly evidence: RubricEvidence | null;
}
