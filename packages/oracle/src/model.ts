// The board as the simulator walks it: components and calls by index, every value filled in, each
// component's synchronous calls grouped into the steps a request takes one after another.
import type { ZoneTable } from './zones';

export type TrafficClass = 'read' | 'write';

export interface OracleEntry {
  /** Offered peak load, requests per second. */
  readonly rps: number;
  readonly readFraction: number;
}

export interface OracleComponent {
  readonly index: number;
  readonly id: string;
  readonly kind: string;
  /** Entry points offer load; they are always up and take no time themselves. */
  readonly entry: OracleEntry | undefined;
  /** Per instance, requests per second. */
  readonly capacityRps: number;
  /** Service time of one visit, already multiplied by the what-if slow factor. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Per instance; 0 when the what-if marks the component down. */
  readonly availability: number;
  /** The zone each instance runs in (-1: none); its length is the instance count. */
  readonly instanceZones: readonly number[];
  /**
   * Instances left in the what-if world (the component not marked down, their zones not marked down):
   * the survivors that carry its load, so its ρ, k and queue are theirs. 0 when it is down there.
   */
  readonly servingInstances: number;
  /** Share of reads a cache answers itself; 0 for anything that is not a cache. */
  readonly hitRatio: number;
  readonly isCache: boolean;
  /** The kind enforces rate limits (a component behind it sheds load, see `shedsLoad`). */
  readonly rateLimits: boolean;
  /** Past its capacity it serves what it can and rejects the rest, instead of queueing. */
  readonly shedsLoad: boolean;
  /**
   * The zones a visit's instance is drawn from, uniformly (for its calls' round trips): the serving
   * instances' (every instance's when none serves). The time follows the board as marked, so random
   * failures do not move it.
   */
  readonly visitZones: readonly number[];
  /** Whether `visitZones` holds more than one zone (a draw is needed). */
  readonly spreadOut: boolean;
}

export interface OracleCall {
  readonly index: number;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly mode: 'sync' | 'async';
  readonly callsPerRequest: number;
  readonly fraction: number;
  readonly traffic: 'all' | 'read' | 'write';
  readonly parallelGroup: string | undefined;
  readonly timeoutMs: number | undefined;
  readonly retries: number;
  readonly optional: boolean;
  readonly alternative: string | undefined;
  readonly share: number | undefined;
  readonly failover: boolean;
}

/** One thing a request does at a step: a call, or a choice of exactly one branch of an alternative group. */
export type Unit =
  | { readonly kind: 'call'; readonly call: OracleCall }
  | {
      readonly kind: 'choice';
      readonly group: string;
      readonly branches: readonly OracleCall[];
      /** The branches' shares as weights that sum to 1. */
      readonly weights: readonly number[];
      /** Per class, the branches that carry it and their weights renormalised among them. */
      readonly byClass: Readonly<Record<TrafficClass, Choice>>;
      /** Share of requests that make the choice at all (the first branch's fraction). */
      readonly fraction: number;
    };

/** The branches a request of one class chooses among, with their weights (summing to 1). */
export interface Choice {
  readonly branches: readonly OracleCall[];
  readonly weights: readonly number[];
}

/** Units run in parallel (the request waits for the slowest); steps run one after another. */
export interface Step {
  readonly units: readonly Unit[];
}

export interface OracleModel {
  readonly components: readonly OracleComponent[];
  readonly byId: ReadonlyMap<string, number>;
  readonly calls: readonly OracleCall[];
  readonly zones: ZoneTable;
  /** Round trip between instances in two zones (see `roundTrips` in zones.ts). */
  readonly roundTrips: Float64Array;
  /** Per component: the synchronous steps in board order of their first call. */
  readonly steps: ReadonlyArray<readonly Step[]>;
  /** Per component: its asynchronous units (off the request's critical path). */
  readonly asyncUnits: ReadonlyArray<readonly Unit[]>;
  /** What the board said that the oracle ignored or could not use, each with where it is. */
  readonly errors: readonly string[];
}

export function carries(call: OracleCall, cls: TrafficClass): boolean {
  return call.traffic === 'all' || call.traffic === cls;
}
