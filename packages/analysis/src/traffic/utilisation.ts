// Utilisation, bottleneck and headroom: how full each component is and how far load can grow.
import type { Explained } from '../explain/explained';
import { VALUE_CAP, explained } from '../explain/explained';
import type { ResolvedComponent } from '../model/graph';
import type { ComponentId } from '../model/graph';
import type { ConsumerFeed } from './consumers';
import type { ClassLoad } from './load';

export interface ComponentTraffic {
  readonly readRps: Explained;
  readonly writeRps: Explained;
  readonly totalRps: Explained;
  readonly utilisation: Explained;
}

export interface Bottleneck {
  readonly component: ComponentId | null;
  readonly utilisation: Explained;
  /** How many times today's load the system takes before its first component saturates. */
  readonly headroom: Explained;
}

/** Entry points originate load; they are clients, not servers, so they have no utilisation. */
export function isServer(component: ResolvedComponent): boolean {
  return component.entry === undefined && component.family !== 'zone';
}

/**
 * Load in read units: a write costs capacity / writeCapacity reads. A module function, not a closure
 * inside copyLoad: tsx's keep-names wraps every closure it creates in an Object.defineProperty call, and
 * copyLoad runs twice per component.
 */
function units(part: ClassLoad, capacity: number, writeCapacity: number): number {
  return part.read + part.write * (capacity / writeCapacity);
}

/**
 * The load a component's copies share, in requests of the kind its `capacity` counts (reads): a write
 * costs capacity / writeCapacity reads. Writes land on the primaries only; reads go to whichever copy
 * (primary or read replica) has room, so they fill what the writes leave free. When writes alone fill
 * the primaries the copies cannot be balanced, and the load counts as if every copy were that busy.
 * Traffic from a consumer group reaches only its working instances (see `consumers.ts`), so it counts
 * copies / working times. `up` compares this load with the surviving copies' capacity and utilisation
 * divides it by all copies' capacity, so the two agree on when a component saturates.
 */
export function copyLoad(component: ResolvedComponent, load: ClassLoad, feeds: readonly ConsumerFeed[] = []): number {
  const n = component.instances;
  const copies = n + component.readReplicas;
  const capacity = component.capacityRps;
  const writeCapacity = component.writeCapacityRps ?? capacity;
  let rest = load;
  let fromGroups = 0;
  for (const feed of feeds) {
    rest = { read: Math.max(0, rest.read - feed.load.read), write: Math.max(0, rest.write - feed.load.write) };
    // No working consumer (0 partitions or consumers) serves none of it: an infinite load, capped downstream.
    const groupUnits = units(feed.load, capacity, writeCapacity);
    if (groupUnits > 0) fromGroups += feed.working > 0 ? (groupUnits * copies) / feed.working : Infinity;
  }
  const pooled = units(rest, capacity, writeCapacity);
  const writesOnly = (rest.write / (n * writeCapacity)) * copies * capacity;
  return fromGroups + Math.max(pooled, writesOnly);
}

function feedInputs(feeds: readonly ConsumerFeed[]): Record<string, number | string> {
  const inputs: Record<string, number | string> = {};
  for (const feed of feeds) {
    const prefix = feeds.length > 1 ? `${feed.source.id}.` : '';
    inputs[`${prefix}groupRps`] = feed.load.read + feed.load.write;
    inputs[`${prefix}partitions`] = feed.partitions ?? 'none';
    inputs[`${prefix}consumers`] = feed.consumers ?? 'not given';
    inputs[`${prefix}workingInstances`] = feed.working;
  }
  return inputs;
}

function feedNote(component: ResolvedComponent, feeds: readonly ConsumerFeed[]): string {
  const narrowest = Math.min(...feeds.map((feed) => feed.working));
  if (narrowest === 0) return 'no consumer can take messages (0 partitions or consumers): nothing drains';
  const idle = component.instances - narrowest;
  return idle > 0
    ? `${idle} of ${component.instances} instances get no partition or consumer and sit idle`
    : 'every instance works on the consumer group';
}

/**
 * The tier's one ρ as a plain number: what utilisation reports, what the M/M/c queue runs at and what
 * "breaks at N×" inverts. 0 for entry points and zones, which serve nothing.
 */
export function tierUtilisation(component: ResolvedComponent, load: ClassLoad, feeds: readonly ConsumerFeed[] = []): number {
  if (!isServer(component)) return 0;
  return copyLoad(component, load, feeds) / ((component.instances + component.readReplicas) * component.capacityRps);
}

/** Copies that serve the tier's queue at once: a consumer group's working instances, else instances + read replicas. */
export function servingCopies(component: ResolvedComponent, feeds: readonly ConsumerFeed[] = []): number {
  if (feeds.length > 0) return Math.max(1, Math.min(...feeds.map((feed) => feed.working)));
  return component.instances + component.readReplicas;
}

/**
 * The busiest copy's utilisation, copyLoad / ((n + replicas) × capacity): max(writes / (n ×
 * writeCapacity), (reads / capacity + writes / writeCapacity) / (n + replicas)) for a store; load /
 * (n × capacity) for a plain component; a consumer group's traffic over its working instances only.
 */
export function utilisationOf(
  component: ResolvedComponent,
  load: ClassLoad,
  feeds: readonly ConsumerFeed[] = [],
): Explained {
  const n = component.instances;
  const replicas = component.readReplicas;
  const capacity = component.capacityRps;
  const writeCapacity = component.writeCapacityRps ?? capacity;
  const value = tierUtilisation(component, load, feeds);
  const inputs = {
    reads: load.read,
    writes: load.write,
    instances: n,
    readReplicas: replicas,
    capacityRps: capacity,
    writeCapacityRps: writeCapacity,
  };
  if (feeds.length > 0)
    return explained(
      value,
      'ratio',
      'Σ consumer groups: group load / (min(partitions, consumers, instances) × capacity) + other load / (instances × capacity)',
      { ...inputs, ...feedInputs(feeds) },
      { note: feedNote(component, feeds) },
    );
  if (replicas > 0)
    return explained(
      value,
      'ratio',
      'max(writes / (instances × writeCapacity), (reads / capacity + writes / writeCapacity) / (instances + readReplicas))',
      inputs,
      { note: 'writes stay on the primary; reads go to the least-loaded copy' },
    );
  return explained(
    value,
    'ratio',
    writeCapacity !== capacity
      ? 'reads / (instances × capacity) + writes / (instances × writeCapacity)'
      : 'load / (instances × capacity)',
    inputs,
  );
}

const READS = 'Σ caller reads × calls × fraction × (1 − hit ratio if the caller is a cache) × attempts';
const WRITES = 'Σ caller writes × calls × fraction × attempts';
const TOTAL = 'reads + writes';
// Most components of a large board carry no reads or no writes (often neither): their figures are these,
// shared, rather than objects every garbage collection during the analysis copies. Object.is: not −0.
const NO_READS = explained(0, 'req/s', READS, { reads: 0 });
const NO_WRITES = explained(0, 'req/s', WRITES, { writes: 0 });
const NO_LOAD = explained(0, 'req/s', TOTAL, { reads: 0, writes: 0 });

export function componentTraffic(
  component: ResolvedComponent,
  load: ClassLoad,
  feeds: readonly ConsumerFeed[] = [],
): ComponentTraffic {
  const noReads = Object.is(load.read, 0);
  const noWrites = Object.is(load.write, 0);
  return {
    readRps: noReads ? NO_READS : explained(load.read, 'req/s', READS, { reads: load.read }),
    writeRps: noWrites ? NO_WRITES : explained(load.write, 'req/s', WRITES, { writes: load.write }),
    totalRps:
      noReads && noWrites ? NO_LOAD : explained(load.read + load.write, 'req/s', TOTAL, { reads: load.read, writes: load.write }),
    utilisation: noReads && noWrites && feeds.length === 0 ? idleUtilisation(component, load) : utilisationOf(component, load, feeds),
  };
}

/** Idle figures by what they depend on; bounded, as a board of all-different capacities would have as many. */
const idleUtilisations = new Map<string, Explained>();
const MAX_IDLE_SHAPES = 256;

/** The utilisation of a component with no load and no consumer group: the same for the same sizes, so shared. */
function idleUtilisation(component: ResolvedComponent, load: ClassLoad): Explained {
  // Numbers print exactly (shortest round trip), so equal keys are equal inputs.
  const key = `${isServer(component)}|${component.instances}|${component.readReplicas}|${component.capacityRps}|${component.writeCapacityRps}`;
  const known = idleUtilisations.get(key);
  if (known !== undefined) return known;
  const made = utilisationOf(component, load);
  if (idleUtilisations.size < MAX_IDLE_SHAPES) idleUtilisations.set(key, made);
  return made;
}

export function findBottleneck(
  components: readonly ResolvedComponent[],
  traffic: ReadonlyMap<ComponentId, ComponentTraffic>,
): Bottleneck {
  let best: ResolvedComponent | null = null;
  let bestUtilisation = 0;
  for (const component of components) {
    const utilisation = traffic.get(component.id)?.utilisation.value ?? 0;
    if (isServer(component) && utilisation > bestUtilisation) {
      best = component;
      bestUtilisation = utilisation;
    }
  }
  const name = best?.name ?? 'none';
  const headroom =
    bestUtilisation > 0
      ? explained(1 / bestUtilisation, '×', '1 / utilisation of the bottleneck', {
          bottleneck: name,
          utilisation: bestUtilisation,
        })
      : explained(
          VALUE_CAP,
          '×',
          '1 / utilisation of the bottleneck',
          { bottleneck: name, utilisation: 0 },
          {
            capped: true,
            note: 'no component carries load, so nothing limits growth',
          },
        );
  return {
    component: best?.id ?? null,
    utilisation: explained(bestUtilisation, 'ratio', 'max over components of utilisation', { bottleneck: name }),
    headroom,
  };
}
