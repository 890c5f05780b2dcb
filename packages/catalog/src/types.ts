// The contract between the catalog (data) and the analysis engine and app (consumers).
// Plain data only: no React, Yjs, ws or DOM. Every default names the playbook section it comes from.

/** Branded units keep milliseconds, rates and probabilities from being mixed up. */
export type Millis = number & { readonly __unit: 'ms' };
export type Rps = number & { readonly __unit: 'req/s' };
/** A probability in [0, 1]; 0.9995 is "99.95 %". */
export type Probability = number & { readonly __unit: 'probability' };
export type Bytes = number & { readonly __unit: 'bytes' };

export const ms = (n: number) => n as Millis;
export const rps = (n: number) => n as Rps;
export const probability = (n: number) => n as Probability;
export const bytes = (n: number) => n as Bytes;

/** Units a cited figure can be in. A closed list, so a fact's unit is one the app knows how to print. */
export type FactUnit =
  | '%'
  | 'ms'
  | 'µs'
  | 's'
  | 'req/s'
  | 'queries/s'
  | 'writes/s'
  | 'msg/s'
  | 'ops/s'
  | 'MB/s'
  | 'KB'
  | 'copies'
  | 'nodes'
  | 'consumers'
  | 'partitions'
  | 'instances'
  | '×';

/**
 * What a cited section says that a default relies on, in Napkin's own words: never the text's sentence.
 * `check:citations` finds `figure` inside the cited section, so the fact cannot drift from the text.
 */
export interface Fact {
  /**
   * The figure as the text prints it, without its unit ("99.99", "50K+", "10-60"; ASCII "-" and "x"
   * where the text has a dash, an arrow or a times sign). For a qualitative fact, the term the section
   * uses ("DLQ", "Raft"), with no unit.
   */
  readonly figure: string;
  /** The figure's unit; absent when `figure` is a term rather than a number. */
  readonly unit?: FactUnit;
  /** What the figure is about, as a short phrase of our own: "one load balancer on the worked request path". */
  readonly appliesTo: string;
}

/** Where a number comes from: a playbook text (a file among the playbook texts) and its section. */
export interface Source {
  /** File name of the text among the playbook texts, e.g. "002_d2e8851c35a8764a.txt". */
  readonly seed: string;
  /** The section's number and title as the text prints them, e.g. "5.4 Availability in Numbers". */
  readonly section: string;
  /** The figure the default uses from that section. Absent when the text gives none (the note says why). */
  readonly fact?: Fact;
  /** How the number was read or derived, in our words; says so plainly when the text gives no figure. */
  readonly note?: string;
}

/** One citation with a name to report it by ("relational-primary.p99", "finding.spof"). */
export interface Citation {
  readonly label: string;
  readonly source: Source;
}

/** A default value together with its provenance. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: Source;
}

export type Family =
  | 'client-edge'
  | 'compute'
  | 'data'
  | 'async'
  | 'coordination'
  | 'external'
  | 'zone';

/** Network tiers between two placements, cheapest first. */
export type NetworkTier = 'same-host' | 'same-zone' | 'cross-zone' | 'cross-region' | 'cross-continent';

/** Per-instance defaults the engine uses when the board does not override them. */
export interface InstanceDefaults {
  /** Requests per second one instance serves at 100 % utilisation. */
  readonly capacityRps: Sourced<Rps>;
  /** Unloaded service latency percentiles of one instance. */
  readonly p50: Sourced<Millis>;
  readonly p99: Sourced<Millis>;
  /** Probability one instance is up. */
  readonly availability: Sourced<Probability>;
  /** Instances placed by default on the board. */
  readonly instances: Sourced<number>;
}

/**
 * Kind-specific traits the analysis reads. All optional: a kind carries the ones that apply.
 * Keys are stable: the board format's per-component `params` use the same names.
 */
export interface Traits {
  readonly stateful?: boolean;
  /** Cache: fraction of reads served without calling downstream. */
  readonly hitRatio?: Sourced<number>;
  /** Cache: time to live in seconds; 0 means "no TTL" (a finding). */
  readonly ttlSeconds?: Sourced<number>;
  /** Relational/replicated stores: read replicas that also serve reads. */
  readonly readReplicas?: Sourced<number>;
  /** Queues and streams. */
  readonly partitions?: Sourced<number>;
  readonly consumers?: Sourced<number>;
  readonly hasDeadLetterQueue?: Sourced<boolean>;
  /**
   * Brokers (queues, streams, pub/sub): a call into the kind is asynchronous unless the board says
   * otherwise. The caller waits for the broker's acknowledgement only; what the consumers do is lag.
   */
  readonly asyncByDefault?: Sourced<boolean>;
  /**
   * A replica kind: the id of the kind it copies. A call from that kind (or from the same kind) into
   * this one is replication, not a request call (`defaultCallMode`).
   */
  readonly replicaOf?: Sourced<string>;
  /** Stores: bytes of one record, for the storage estimate. */
  readonly recordBytes?: Sourced<Bytes>;
  /** Stores whose writes cost more than reads: writes/s one instance sustains. */
  readonly writeCapacityRps?: Sourced<Rps>;
  /** Stores: copies kept of each record (replication factor). */
  readonly replicationFactor?: Sourced<number>;
  /**
   * Managed services and vendors: the default availability is the whole service's SLA, which already
   * covers its own redundancy (its replicationFactor copies, its zones). The engine then takes the
   * figure as it is: the copies still count for storage and as replicas for the linter, but not again
   * as independent nodes for availability. Absent means the figure is one node's, as for self-run stores.
   */
  readonly availabilityIsServiceLevel?: Sourced<boolean>;
  /**
   * Consensus-backed kinds: instances that must be up for the kind to serve (a majority of the
   * default instances). Absent means any one instance suffices.
   */
  readonly quorum?: Sourced<number>;
  /** Edge: whether the kind enforces rate limiting. */
  readonly rateLimits?: boolean;
  /** Whether the kind is a load balancer (single-LB finding). */
  readonly loadBalancer?: boolean;
  /** Entry points (clients) originate load and are not servers. */
  readonly entryPoint?: boolean;
  /** Zones are frames that contain components and fail as a unit. */
  readonly zoneLevel?: 'availability-zone' | 'region' | 'data-centre';
}

export interface KindSpec {
  /** Stable id used in board files, e.g. "relational-primary". */
  readonly id: string;
  readonly label: string;
  readonly family: Family;
  /** One line for the palette's tooltip. */
  readonly summary: string;
  /** Words the palette search also matches ("postgres", "mysql"). */
  readonly aliases: readonly string[];
  /** Name of an icon the app draws (the app maps names to glyphs). */
  readonly icon: string;
  readonly defaults: InstanceDefaults;
  readonly traits: Traits;
}

export interface NetworkLatency {
  readonly tier: NetworkTier;
  /** Round-trip time of one call across this tier. */
  readonly rtt: Sourced<Millis>;
}
