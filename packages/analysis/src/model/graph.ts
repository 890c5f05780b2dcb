// The resolved board: every number filled in from the catalog, ids branded, bad parts already dropped.
import type { Family, KindSpec, Millis, Placement, Probability, Rps, Source } from '@napkin/catalog';
import { ms, probability, rps } from '@napkin/catalog';
import type { CallMode, TrafficSelector, ZoneLevel } from '../format/schema';
import type { CallInputs, ComponentInputs, EntryInputs, ZoneInputs } from './inputs';

export type ComponentId = string & { readonly __brand: 'ComponentId' };
export type CallId = string & { readonly __brand: 'CallId' };
export type ZoneId = string & { readonly __brand: 'ZoneId' };

export const componentId = (value: string) => value as ComponentId;
export const callId = (value: string) => value as CallId;
export const zoneId = (value: string) => value as ZoneId;

export type { Millis, Probability, Rps };
export { ms, probability, rps };

/** Traffic classes that flow separately: a read and a write can take different paths. */
export type TrafficClass = 'read' | 'write';
export const TRAFFIC_CLASSES: readonly TrafficClass[] = ['read', 'write'];

export interface ResolvedEntry {
  /** Offered peak load in requests per second, times the what-if `trafficFactor`. */
  readonly rps: Rps;
  /** The shared what-if's surge on this entry point (1 without one). */
  readonly trafficFactor: number;
  /** How rps was obtained, for the explanation. */
  readonly rpsFrom: 'rps' | 'dau' | 'none';
  readonly dau: number;
  readonly actionsPerUser: number;
  readonly peakFactor: number;
  readonly readFraction: number;
  readonly p99BudgetMs: Millis;
  readonly availabilityObjective: Probability;
  readonly payloadBytes: number;
  /** Each of the above as the board gave it or the default the engine applied, with its source. */
  readonly inputs: EntryInputs;
}

/** One zone of a component's spread: the zone and its ancestors (innermost first), and the instances placed there. */
export interface SpreadPart {
  readonly zone: ZoneId;
  readonly chain: readonly ZoneId[];
  readonly instances: number;
}

/** A call's place in its alternative group (model/alternatives.ts has the routing rule). */
export interface AlternativeBranch {
  /** The group's name, unique per caller. */
  readonly group: string;
  /** Normalised weight over the whole group (the board's shares read as weights). */
  readonly weight: number;
  /** Whether this branch's share moves to the surviving branches when its target is down. */
  readonly failover: boolean;
  /**
   * Share of the caller's requests of each class (among those that make the group's call) that take
   * this branch in the board's state: the weights of the branches carrying the class, after the shares
   * of branches whose target is down (what-if marks, zones down) have failed over or failed.
   */
  readonly routed: { readonly read: number; readonly write: number };
}

export interface ResolvedComponent {
  readonly id: ComponentId;
  readonly name: string;
  readonly kind: KindSpec;
  readonly family: Family;
  /** Instances that run: the board's, less those in zones marked down (what-if) when the component is spread. */
  readonly instances: number;
  /** The instances the board gives (the counts of a spread, when it sets them). */
  readonly configuredInstances: number;
  /** Where the instances run when the board spreads them over zones; undefined for a component in one place. */
  readonly spread: readonly SpreadPart[] | undefined;
  /** Every zone whose failure takes instances of it down: `zones`, or the zones of all the parts of its spread. */
  readonly failureZones: readonly ZoneId[];
  /**
   * Certainly down in the board's state: marked down, or every instance in a zone that is down. An
   * alternative whose target is down fails over (or fails) in load, latency and availability alike.
   */
  readonly down: boolean;
  /**
   * Past its capacity it serves what it can and rejects the rest (1/ρ of requests succeed) instead of
   * queueing until they time out (none do): `params.shedsLoad`, or every caller is a rate limiter.
   */
  readonly shedsLoad: boolean;
  /** Why it sheds load, for the explanation; undefined when it does not. */
  readonly shedsBecause: 'shedsLoad' | 'rate-limiter' | undefined;
  /** Per instance. */
  readonly capacityRps: Rps;
  /** Per instance, for a store whose writes cost more than reads (the catalog's figure); else undefined. */
  readonly writeCapacityRps: Rps | undefined;
  readonly p50Ms: Millis;
  readonly p99Ms: Millis;
  /** Per instance; 0 when the what-if mark says the component is down. */
  readonly availability: Probability;
  readonly hitRatio: number | undefined;
  readonly ttlSeconds: number | undefined;
  readonly readReplicas: number;
  readonly partitions: number | undefined;
  readonly consumers: number | undefined;
  readonly hasDeadLetterQueue: boolean | undefined;
  readonly recordBytes: number | undefined;
  readonly replicationFactor: number;
  /**
   * Nodes that hold the component's data, which availability and the linter both count:
   * instances + readReplicas, or a stateful kind's whole replicationFactor when that is more (a store
   * keeping every record on three nodes is three nodes, however the board draws it). The extra copies
   * take over when a serving node fails; they add no capacity.
   */
  readonly dataCopies: number;
  /**
   * The catalog's `availabilityIsServiceLevel`: `availability` is the whole managed service's SLA, which
   * already covers its replicationFactor copies. Those copies still count for storage and for the linter
   * (`dataCopies`), but not again for availability: the service is up with `availability`, per instance
   * the board draws (each a separate deployment).
   */
  readonly availabilityIsServiceLevel: boolean;
  readonly isCache: boolean;
  readonly isQueue: boolean;
  readonly isDatabase: boolean;
  readonly isLoadBalancer: boolean;
  /**
   * Replication (model/replication.ts): the store this box is a replica of, wired by a `replication`
   * call. It is a copy of that store, never a step of a request: no finding asks it for a second
   * instance or for traffic of its own.
   */
  readonly replicaOf: ComponentId | undefined;
  /** The replica boxes this store replicates into (its `readReplicas` count the ones no request calls directly). */
  readonly replicatedTo: readonly ComponentId[];
  /**
   * Its read replicas are parts of `spread`, placed in their replica boxes' zones (model/replica-zones.ts):
   * a spread's running count then counts them as copies beside the instances, and `instances` +
   * `readReplicas` are the copies whose zones are up (a replica promoted when the primaries' zone is lost).
   */
  readonly replicasInSpread: boolean;
  /** Copies that must be up to serve: for consensus-backed kinds a majority of max(instances, replicationFactor), else 1. */
  readonly quorum: number;
  readonly rateLimits: boolean;
  readonly entry: ResolvedEntry | undefined;
  /** The board's parameters with the catalog's or the engine's defaults filled in, each with its source. */
  readonly inputs: ComponentInputs;
  /** Innermost zone first, then its parents. */
  readonly zones: readonly ZoneId[];
  readonly placement: Placement;
  /** The playbook sections of the kind's defaults, for findings and explanations. */
  readonly sources: { readonly capacity: Source; readonly latency: Source; readonly availability: Source };
}

export interface ResolvedCall {
  readonly id: CallId;
  readonly from: ComponentId;
  readonly to: ComponentId;
  readonly mode: CallMode;
  readonly callsPerRequest: number;
  readonly fraction: number;
  readonly parallelGroup: string | undefined;
  readonly traffic: TrafficSelector;
  readonly timeoutMs: Millis | undefined;
  readonly retries: number;
  readonly backoff: boolean;
  readonly optional: boolean;
  /**
   * An asynchronous call into a broker (the kind's `asyncByDefault`: queue, stream, pub/sub topic): the
   * caller waits for the broker's acknowledgement, i.e. the network hop and the broker's own time, and
   * nothing below it (the consumers are freshness lag). Other asynchronous calls are fire and forget.
   */
  readonly waitsForAck: boolean;
  /** Set when the call is a branch of an alternative group (each request takes exactly one branch). */
  readonly branch: AlternativeBranch | undefined;
  readonly inputs: CallInputs;
  /** Round trip of the network hop between the two ends (the mean of `network` when an end is spread). */
  readonly networkMs: Millis;
  /** Its tier (the one most visits take when an end is spread). */
  readonly networkTier: string;
  /** When an end is spread over zones: the round trips its visits meet, by tier (model/network-mix.ts). */
  readonly network?: readonly NetworkShare[];
}

export interface ResolvedZone {
  readonly id: ZoneId;
  readonly name: string;
  readonly level: ZoneLevel;
  /** 0 when the zone or one of its parents is marked down (what-if). */
  readonly availability: number;
  /** Marked down (what-if), itself or through a parent: everything inside is down. */
  readonly down: boolean;
  readonly parent: ZoneId | undefined;
  readonly continent: string | undefined;
  readonly inputs: ZoneInputs;
}

export interface Graph {
  /** In board order, which is also the tie-break order everywhere (determinism). */
  readonly components: readonly ResolvedComponent[];
  readonly byId: ReadonlyMap<ComponentId, ResolvedComponent>;
  /** Calls that survived validation, minus the back edges of cycles (reported separately). */
  readonly calls: readonly ResolvedCall[];
  readonly outgoing: ReadonlyMap<ComponentId, readonly ResolvedCall[]>;
  readonly incoming: ReadonlyMap<ComponentId, readonly ResolvedCall[]>;
  readonly zones: ReadonlyMap<ZoneId, ResolvedZone>;
  /** Components in an order where every caller comes before its callees. */
  readonly topoOrder: readonly ComponentId[];
  readonly cycles: readonly Cycle[];
}

export interface Cycle {
  /** The calls around the cycle; the last one is the back edge the engine ignores. */
  readonly calls: readonly CallId[];
  readonly components: readonly ComponentId[];
  readonly allSync: boolean;
}

/** Each component's place in the graph's topological order, built once per graph (graphs are never mutated). */
const positions = new WeakMap<Graph, ReadonlyMap<ComponentId, number>>();

export function topoPositions(graph: Graph): ReadonlyMap<ComponentId, number> {
  let known = positions.get(graph);
  if (!known) {
    known = new Map(graph.topoOrder.map((id, i) => [id, i]));
    positions.set(graph, known);
  }
  return known;
}

/** One network tier a spread call's visits meet (model/network-mix.ts works the mix out). */
export interface NetworkShare {
  readonly tier: string;
  readonly ms: Millis;
  /** Share of the call's visits that pay this round trip. */
  readonly share: number;
}
