// Resolving a parsed board against the catalog: fill every default, brand ids, drop what cannot be
// analysed (unknown kind, call to a missing component) with an error that says where it is.
import type { KindSpec, NetworkTier, Placement, Source } from '@napkin/catalog';
import { NETWORK_LATENCIES, getKind, networkTier } from '@napkin/catalog';
import { suggestKind } from '../format/kinds';
import type { FormatError } from '../format/parse';
import type { BoardCall, BoardComponent, BoardFile, BoardZone } from '../format/schema';
import type { ComponentId, Graph, ResolvedCall, ResolvedComponent, ResolvedEntry, ResolvedZone, ZoneId } from './graph';
import { callId, componentId, ms, probability, rps, zoneId } from './graph';
import { majority } from '../availability/k-of-n';
import { placement, rateLimitedCallees, zoneChain } from './placement';
import { aliveInstances, anyZoneLost, spreadZones } from './spread';
import { withAlternatives } from './resolve-alternatives';
import { withReplication } from './replication';
import type { KindsUsed } from './inputs';
import { callInputs, componentInputs, entryInputs, kindsUsed, zoneInputs } from './inputs';
import { topology } from './topology';
import { networkMix } from './network-mix';

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

export interface Resolution {
  readonly graph: Graph;
  readonly errors: readonly FormatError[];
  /** Every call that resolved, in board order, with the back edges of cycles the graph leaves out. */
  readonly calls: readonly ResolvedCall[];
  /** The citation of every default the inputs name, by id: the engine's, then each kind's in board order. */
  readonly citations: Readonly<Record<string, Source>>;
}

function resolveZones(zones: readonly BoardZone[], catalog: CatalogPort, errors: FormatError[], kinds: KindsUsed) {
  const known = new Set(zones.map((zone) => zone.id));
  const resolved = new Map<ZoneId, ResolvedZone>();
  zones.forEach((zone, index) => {
    let parent: ZoneId | undefined;
    if (zone.parent !== undefined) {
      if (known.has(zone.parent) && zone.parent !== zone.id) parent = zoneId(zone.parent);
      else errors.push({ path: `zones[${index}].parent`, message: `unknown zone "${zone.parent}"; ignored` });
    }
    const level = catalog.getKind(zone.level);
    const inputs = zoneInputs(zone, level && kinds.use(level));
    resolved.set(zoneId(zone.id), {
      id: zoneId(zone.id),
      name: zone.name ?? zone.id,
      level: zone.level,
      availability: zone.down === true ? 0 : inputs.availability.value,
      down: zone.down === true,
      parent,
      continent: zone.continent,
      inputs,
    });
  });
  // A zone marked down takes the zones inside it down with it (the what-if covers the whole frame).
  for (const [id, zone] of resolved) {
    if (zone.down) continue;
    if (zoneChain(zone.parent, resolved).some((parent) => resolved.get(parent)?.down === true))
      resolved.set(id, { ...zone, availability: 0, down: true });
  }
  return resolved;
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
  const inputs = entryInputs(entry);
  const trafficFactor = component.whatIf?.trafficFactor ?? 1;
  return {
    rps: rps(inputs.rps.value * trafficFactor),
    trafficFactor,
    rpsFrom: entry.rps !== undefined ? 'rps' : entry.dau !== undefined ? 'dau' : 'none',
    dau: inputs.dau.value,
    actionsPerUser: inputs.actionsPerUser.value,
    peakFactor: inputs.peakFactor.value,
    readFraction: inputs.readFraction.value,
    p99BudgetMs: ms(inputs.p99BudgetMs.value),
    availabilityObjective: probability(inputs.availabilityObjective.value),
    payloadBytes: inputs.payloadBytes.value,
    inputs,
  };
}

function resolveComponent(
  component: BoardComponent,
  kind: KindSpec,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  kinds: KindsUsed,
  index: number,
  errors: FormatError[],
  rateLimited: ReadonlySet<string>,
): ResolvedComponent {
  const inputs = componentInputs(component, kinds.use(kind));
  // Most components are in one place: no placement object for them (resolution runs on every edit).
  const placed = component.spread === undefined ? undefined : placement(component, inputs.instances.value, zones, index, errors);
  const configured = placed?.instances ?? inputs.instances.value;
  const shedsBecause =
    component.params?.shedsLoad === true ? 'shedsLoad' : rateLimited.has(component.id) ? 'rate-limiter' : undefined;
  const traits = kind.traits;
  const slow = component.whatIf?.slowFactor ?? 1;
  const markedDown = component.whatIf?.down === true;
  const hitRatio = inputs.hitRatio?.value;
  const isCache = hitRatio !== undefined;
  const isQueue =
    kind.family === 'async' &&
    (traits.hasDeadLetterQueue !== undefined || traits.partitions !== undefined) &&
    !kind.id.includes('dead-letter');
  const spread = placed?.spread;
  // A spread places the component by its first zone (for the network tier of its calls); failures follow every part.
  const chain = spread ? (spread[0]?.chain ?? []) : zoneChain(component.zone === undefined ? undefined : zoneId(component.zone), zones);
  const alive = spread ? aliveInstances(spread, zones) : configured;
  const down = markedDown || (spread ? alive === 0 : anyZoneLost(chain, zones));
  // Capacity and P(up) count the instances that run; when all are lost the component is down, with its count kept.
  const instances = alive > 0 ? alive : configured;
  const readReplicas = inputs.readReplicas.value;
  const replicationFactor = inputs.replicationFactor.value;
  // Copies of a stateful kind's records live on distinct nodes, so they count as nodes (whole ones).
  const replicatedNodes = traits.stateful === true ? Math.floor(replicationFactor) : 1;
  // Unless the kind's availability is its service's SLA, which already covers those copies: then they
  // hold data (storage, linter) but are not voters or failover nodes of their own for availability.
  const availabilityIsServiceLevel = traits.availabilityIsServiceLevel?.value === true;
  // A consensus group's majority is of the voters it is configured with, however many a lost zone takes.
  const voters = availabilityIsServiceLevel ? configured : Math.max(configured, replicatedNodes);
  return {
    id: componentId(component.id),
    name: component.name ?? component.id,
    kind,
    family: kind.family,
    instances,
    configuredInstances: configured,
    spread,
    failureZones: spread ? spreadZones(spread) : chain,
    down,
    shedsLoad: shedsBecause !== undefined,
    shedsBecause,
    capacityRps: rps(inputs.capacityRps.value),
    writeCapacityRps: inputs.writeCapacityRps && rps(inputs.writeCapacityRps.value),
    p50Ms: ms(inputs.p50Ms.value * slow),
    // The inputs keep p99 ≥ p50 (a lower p99 is a typo), so the distribution stays well defined.
    p99Ms: ms(inputs.p99Ms.value * slow),
    availability: probability(markedDown ? 0 : inputs.availability.value),
    hitRatio,
    ttlSeconds: inputs.ttlSeconds?.value,
    readReplicas,
    partitions: inputs.partitions?.value,
    consumers: inputs.consumers?.value,
    hasDeadLetterQueue: inputs.hasDeadLetterQueue?.value,
    recordBytes: inputs.recordBytes?.value,
    replicationFactor,
    dataCopies: Math.max(instances + readReplicas, replicatedNodes),
    availabilityIsServiceLevel,
    isCache,
    isQueue,
    // A read replica is itself the redundancy of a primary, so it is not "a database without a replica".
    isDatabase: kind.family === 'data' && !isCache && traits.stateful !== false && !kind.id.includes('replica'),
    isLoadBalancer: traits.loadBalancer === true,
    replicaOf: undefined,
    replicatedTo: [],
    replicasInSpread: false,
    // The catalog's quorum is a majority of its default instances; on the board it is a majority of the
    // board's voters: its instances, or its replicationFactor copies when more (read replicas do not vote).
    quorum: traits.quorum === undefined ? 1 : majority(voters),
    rateLimits: traits.rateLimits === true,
    entry: resolveEntry(component, kind),
    inputs,
    zones: chain,
    placement: placementOf(component.id, chain, zones),
    sources: kindSources(kind),
  };
}

/** A kind's sources, one object per kind (the catalog's kinds live as long as the catalog), not one per component. */
const sourcesByKind = new WeakMap<KindSpec, ResolvedComponent['sources']>();

function kindSources(kind: KindSpec): ResolvedComponent['sources'] {
  let known = sourcesByKind.get(kind);
  if (known === undefined) {
    known = Object.freeze({
      capacity: kind.defaults.capacityRps.source,
      latency: kind.defaults.p99.source,
      availability: kind.defaults.availability.source,
    });
    sourcesByKind.set(kind, known);
  }
  return known;
}

function resolveCall(
  call: BoardCall,
  from: ResolvedComponent,
  to: ResolvedComponent,
  catalog: CatalogPort,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  placeAt: (id: string, chain: readonly ZoneId[]) => Placement,
): ResolvedCall {
  // A spread end makes the hop a mix of tiers (model/network-mix.ts); otherwise one tier, as drawn.
  const hop = networkMix(from, to, zones, catalog, placeAt);
  const inputs = callInputs(call);
  const timeoutMs = inputs.timeoutMs.value;
  return {
    id: callId(call.id),
    from: from.id,
    to: to.id,
    mode: inputs.mode.value,
    callsPerRequest: inputs.callsPerRequest.value,
    fraction: inputs.fraction.value,
    parallelGroup: call.parallelGroup,
    traffic: inputs.traffic.value,
    timeoutMs: timeoutMs === null ? undefined : ms(timeoutMs),
    retries: inputs.retries.value,
    backoff: inputs.backoff.value,
    optional: inputs.optional.value,
    waitsForAck: inputs.mode.value === 'async' && to.kind.traits.asyncByDefault?.value === true,
    branch: undefined,
    inputs,
    networkMs: hop.ms,
    networkTier: hop.tier,
    // Always present (undefined for one tier): one shape for every call, and no object spread per call.
    network: hop.mix,
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
  const kinds = kindsUsed();
  const zones = resolveZones(board.zones, catalog, errors, kinds);
  const components: ResolvedComponent[] = [];
  const rateLimited = rateLimitedCallees(board, (kind) => catalog.getKind(kind));
  board.components.forEach((component, index) => {
    const kind = catalog.getKind(component.kind);
    if (!kind) {
      errors.push({
        path: `components[${index}].kind`,
        message: `unknown kind "${component.kind}"${suggestKind(component.kind)}; component skipped`,
      });
      return;
    }
    if (component.zone !== undefined && !zones.has(zoneId(component.zone))) {
      errors.push({ path: `components[${index}].zone`, message: `unknown zone "${component.zone}"; ignored` });
    }
    components.push(resolveComponent(component, kind, zones, kinds, index, errors, rateLimited));
  });
  const byId = new Map(components.map((component) => [component.id, component]));
  const calls: ResolvedCall[] = [];
  // The board's calls that say anything about alternatives, by id, with their place in the file.
  const routed = new Map<string, { readonly index: number; readonly call: BoardCall }>();
  const placeAt = (id: string, chain: readonly ZoneId[]) => placementOf(id, chain, zones);
  board.calls.forEach((call, index) => {
    if (call.alternative !== undefined || call.share !== undefined) routed.set(call.id, { index, call });
    const from = byId.get(componentId(call.from));
    const to = byId.get(componentId(call.to));
    if (!from) errors.push({ path: `calls[${index}].from`, message: `no component "${call.from}"; call skipped` });
    if (!to) errors.push({ path: `calls[${index}].to`, message: `no component "${call.to}"; call skipped` });
    if (from && to) calls.push(resolveCall(call, from, to, catalog, zones, placeAt));
  });
  // Replication calls copy a store into its replica; they leave the request graph here (model/replication.ts).
  const replicated = withReplication(components, calls, zones);
  const served = replicated.components === components ? byId : new Map(replicated.components.map((component) => [component.id, component]));
  const ids = replicated.components.map((component) => component.id);
  const topo = topology(ids, replicated.requestCalls);
  const drawn = replicated.requestCalls.filter((call) => !topo.backEdges.has(call.id));
  const acyclic = routed.size > 0 ? withAlternatives(drawn, served, routed, errors) : drawn;
  const graph: Graph = {
    components: replicated.components,
    byId: served,
    calls: acyclic,
    outgoing: group<ComponentId, ResolvedCall>(acyclic, (call) => call.from),
    incoming: group<ComponentId, ResolvedCall>(acyclic, (call) => call.to),
    zones,
    topoOrder: topo.order,
    cycles: topo.cycles,
  };
  return { graph, errors, calls, citations: kinds.citations() };
}
