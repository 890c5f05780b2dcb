// Resolving a parsed board against the catalog: fill every default, brand ids, drop what cannot be
// analysed (unknown kind, call to a missing component) with an error that says where it is.
import type { KindSpec, NetworkTier, Placement } from '@napkin/catalog';
import { NETWORK_LATENCIES, getKind, networkTier } from '@napkin/catalog';
import type { FormatError } from '../format/parse';
import type { BoardCall, BoardComponent, BoardFile, BoardZone } from '../format/schema';
import type { ComponentId, Graph, ResolvedCall, ResolvedComponent, ResolvedEntry, ResolvedZone, ZoneId } from './graph';
import { callId, componentId, ms, probability, rps, zoneId } from './graph';
import { majority } from '../availability/k-of-n';
import { topology } from './topology';

// What the engine needs from the catalog, as an interface so tests and other hosts can pass their own.
export interface NetworkHop {
  readonly tier: NetworkTier;
  readonly rttMs: number;
}

export interface CatalogPort {
  getKind(id: string): KindSpec | undefined;
  hop(from: Placement, to: Placement): NetworkHop;
}

/** The port backed by `@napkin/catalog`: kind defaults and the playbook's latency table. */
export function defaultCatalog(): CatalogPort {
  return {
    getKind,
    hop(from, to) {
      const tier = networkTier(from, to);
      return { tier, rttMs: NETWORK_LATENCIES[tier].rtt.value };
    },
  };
}

/** Defaults for an entry point's objectives, from analysis-model.md ("The graph"). */
export const DEFAULT_P99_BUDGET_MS = 200;
export const DEFAULT_AVAILABILITY_OBJECTIVE = 0.999;
/** Playbook § 5.3: 5× is the peak factor to assume when the workload is unknown. */
export const DEFAULT_PEAK_FACTOR = 5;
export const DEFAULT_READ_FRACTION = 0.9;
/** Used only when neither the board nor the catalog gives a zone's availability. */
export const FALLBACK_ZONE_AVAILABILITY = 0.9999;

export interface Resolution {
  readonly graph: Graph;
  readonly errors: readonly FormatError[];
}

function resolveZones(zones: readonly BoardZone[], catalog: CatalogPort, errors: FormatError[]) {
  const known = new Set(zones.map((zone) => zone.id));
  const resolved = new Map<ZoneId, ResolvedZone>();
  zones.forEach((zone, index) => {
    let parent: ZoneId | undefined;
    if (zone.parent !== undefined) {
      if (known.has(zone.parent) && zone.parent !== zone.id) parent = zoneId(zone.parent);
      else errors.push({ path: `zones[${index}].parent`, message: `unknown zone "${zone.parent}"; ignored` });
    }
    const kindDefault = catalog.getKind(zone.level)?.defaults.availability.value;
    resolved.set(zoneId(zone.id), {
      id: zoneId(zone.id),
      name: zone.name ?? zone.id,
      level: zone.level,
      availability: zone.availability ?? kindDefault ?? FALLBACK_ZONE_AVAILABILITY,
      parent,
      continent: zone.continent,
    });
  });
  return resolved;
}

/** The zone and its ancestors, innermost first; a parent loop is cut where it repeats. */
function zoneChain(start: ZoneId | undefined, zones: ReadonlyMap<ZoneId, ResolvedZone>): ZoneId[] {
  const chain: ZoneId[] = [];
  let current = start;
  while (current !== undefined && !chain.includes(current)) {
    const zone = zones.get(current);
    if (!zone) break;
    chain.push(current);
    current = zone.parent;
  }
  return chain;
}

function placementOf(id: string, chain: readonly ZoneId[], zones: ReadonlyMap<ZoneId, ResolvedZone>): Placement {
  const placement: { host: string; zone?: string; region?: string; continent?: string } = { host: id };
  for (const zid of chain) {
    const level = zones.get(zid)?.level;
    const continent = zones.get(zid)?.continent;
    if (continent !== undefined && placement.continent === undefined) placement.continent = continent;
    if ((level === 'availability-zone' || level === 'data-centre') && placement.zone === undefined)
      placement.zone = zid;
    if (level === 'region' && placement.region === undefined) placement.region = zid;
  }
  return placement;
}

function resolveEntry(component: BoardComponent, kind: KindSpec): ResolvedEntry | undefined {
  if (component.entry === undefined && kind.traits.entryPoint !== true) return undefined;
  const entry = component.entry ?? {};
  const dau = entry.dau ?? 0;
  const actionsPerUser = entry.actionsPerUser ?? 1;
  const peakFactor = entry.peakFactor ?? DEFAULT_PEAK_FACTOR;
  const fromDau = (dau * actionsPerUser * peakFactor) / 86_400;
  const rpsFrom = entry.rps !== undefined ? 'rps' : entry.dau !== undefined ? 'dau' : 'none';
  return {
    rps: rps(entry.rps ?? fromDau),
    rpsFrom,
    dau,
    actionsPerUser,
    peakFactor,
    readFraction: entry.readFraction ?? DEFAULT_READ_FRACTION,
    p99BudgetMs: ms(entry.p99BudgetMs ?? DEFAULT_P99_BUDGET_MS),
    availabilityObjective: probability(entry.availabilityObjective ?? DEFAULT_AVAILABILITY_OBJECTIVE),
    payloadBytes: entry.payloadBytes ?? 0,
  };
}

function resolveComponent(
  component: BoardComponent,
  kind: KindSpec,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
): ResolvedComponent {
  const params = component.params ?? {};
  const traits = kind.traits;
  const slow = component.whatIf?.slowFactor ?? 1;
  const down = component.whatIf?.down === true;
  const hitRatio = params.hitRatio ?? traits.hitRatio?.value;
  const isCache = hitRatio !== undefined;
  const isQueue =
    kind.family === 'async' &&
    (traits.hasDeadLetterQueue !== undefined || traits.partitions !== undefined) &&
    !kind.id.includes('dead-letter');
  const chain = zoneChain(component.zone === undefined ? undefined : zoneId(component.zone), zones);
  const p50 = params.p50Ms ?? kind.defaults.p50.value;
  const instances = component.instances ?? kind.defaults.instances.value;
  const readReplicas = params.readReplicas ?? traits.readReplicas?.value ?? 0;
  const replicationFactor = params.replicationFactor ?? traits.replicationFactor?.value ?? 1;
  // Copies of a stateful kind's records live on distinct nodes, so they count as nodes (whole ones).
  const replicatedNodes = traits.stateful === true ? Math.floor(replicationFactor) : 1;
  // Unless the kind's availability is its service's SLA, which already covers those copies: then they
  // hold data (storage, linter) but are not voters or failover nodes of their own for availability.
  const availabilityIsServiceLevel = traits.availabilityIsServiceLevel?.value === true;
  const voters = availabilityIsServiceLevel ? instances : Math.max(instances, replicatedNodes);
  return {
    id: componentId(component.id),
    name: component.name ?? component.id,
    kind,
    family: kind.family,
    instances,
    capacityRps: rps(params.capacityRps ?? kind.defaults.capacityRps.value),
    p50Ms: ms(p50 * slow),
    // A p99 below the p50 is a typo; the median wins so the distribution stays well defined.
    p99Ms: ms(Math.max(p50, params.p99Ms ?? kind.defaults.p99.value) * slow),
    availability: probability(down ? 0 : (params.availability ?? kind.defaults.availability.value)),
    hitRatio,
    ttlSeconds: params.ttlSeconds ?? traits.ttlSeconds?.value,
    readReplicas,
    partitions: params.partitions ?? traits.partitions?.value,
    consumers: params.consumers ?? traits.consumers?.value,
    hasDeadLetterQueue: params.hasDeadLetterQueue ?? traits.hasDeadLetterQueue?.value,
    recordBytes: params.recordBytes ?? traits.recordBytes?.value,
    replicationFactor,
    dataCopies: Math.max(instances + readReplicas, replicatedNodes),
    availabilityIsServiceLevel,
    isCache,
    isQueue,
    // A read replica is itself the redundancy of a primary, so it is not "a database without a replica".
    isDatabase: kind.family === 'data' && !isCache && traits.stateful !== false && !kind.id.includes('replica'),
    isLoadBalancer: traits.loadBalancer === true,
    // The catalog's quorum is a majority of its default instances; on the board it is a majority of the
    // board's voters: its instances, or its replicationFactor copies when more (read replicas do not vote).
    quorum: traits.quorum === undefined ? 1 : majority(voters),
    rateLimits: traits.rateLimits === true,
    entry: resolveEntry(component, kind),
    zones: chain,
    placement: placementOf(component.id, chain, zones),
    sources: {
      capacity: kind.defaults.capacityRps.source,
      latency: kind.defaults.p99.source,
      availability: kind.defaults.availability.source,
    },
  };
}

function resolveCall(
  call: BoardCall,
  from: ResolvedComponent,
  to: ResolvedComponent,
  catalog: CatalogPort,
): ResolvedCall {
  const hop = catalog.hop(from.placement, to.placement);
  return {
    id: callId(call.id),
    from: from.id,
    to: to.id,
    mode: call.mode,
    callsPerRequest: call.callsPerRequest ?? 1,
    fraction: call.fraction ?? 1,
    parallelGroup: call.parallelGroup,
    traffic: call.traffic ?? 'all',
    timeoutMs: call.timeoutMs === undefined ? undefined : ms(call.timeoutMs),
    retries: call.retries ?? 0,
    backoff: call.backoff ?? false,
    optional: call.optional ?? false,
    networkMs: ms(hop.rttMs),
    networkTier: hop.tier,
  };
}

function group<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function resolveBoard(board: BoardFile, catalog: CatalogPort): Resolution {
  const errors: FormatError[] = [];
  const zones = resolveZones(board.zones, catalog, errors);
  const components: ResolvedComponent[] = [];
  board.components.forEach((component, index) => {
    const kind = catalog.getKind(component.kind);
    if (!kind) {
      errors.push({
        path: `components[${index}].kind`,
        message: `unknown kind "${component.kind}"; component skipped`,
      });
      return;
    }
    if (component.zone !== undefined && !zones.has(zoneId(component.zone))) {
      errors.push({ path: `components[${index}].zone`, message: `unknown zone "${component.zone}"; ignored` });
    }
    components.push(resolveComponent(component, kind, zones));
  });
  const byId = new Map(components.map((component) => [component.id, component]));
  const calls: ResolvedCall[] = [];
  board.calls.forEach((call, index) => {
    const from = byId.get(componentId(call.from));
    const to = byId.get(componentId(call.to));
    if (!from) errors.push({ path: `calls[${index}].from`, message: `no component "${call.from}"; call skipped` });
    if (!to) errors.push({ path: `calls[${index}].to`, message: `no component "${call.to}"; call skipped` });
    if (from && to) calls.push(resolveCall(call, from, to, catalog));
  });
  const ids = components.map((component) => component.id);
  const topo = topology(ids, calls);
  const acyclic = calls.filter((call) => !topo.backEdges.has(call.id));
  const graph: Graph = {
    components,
    byId,
    calls: acyclic,
    outgoing: group<ComponentId, ResolvedCall>(acyclic, (call) => call.from),
    incoming: group<ComponentId, ResolvedCall>(acyclic, (call) => call.to),
    zones,
    topoOrder: topo.order,
    cycles: topo.cycles,
  };
  return { graph, errors };
}
