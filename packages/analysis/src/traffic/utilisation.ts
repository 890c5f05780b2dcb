// Utilisation, bottleneck and headroom: how full each component is and how far load can grow.
import type { Explained } from '../explain/explained';
import { VALUE_CAP, explained } from '../explain/explained';
import type { ResolvedComponent } from '../model/graph';
import type { ComponentId } from '../model/graph';
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
 * Reads spread over the primaries and the read replicas; writes land on the primaries only.
 * The primary carries its share of both, so it is the busiest copy and its utilisation is the one reported.
 */
export function utilisationOf(component: ResolvedComponent, load: ClassLoad): Explained {
  const n = component.instances;
  const capacity = component.capacityRps;
  const writeCapacity = component.kind.traits.writeCapacityRps?.value ?? capacity;
  const readShare = load.read / ((n + component.readReplicas) * capacity);
  const writeShare = load.write / (n * writeCapacity);
  const value = isServer(component) ? readShare + writeShare : 0;
  return explained(
    value,
    'ratio',
    component.readReplicas > 0 || writeCapacity !== capacity
      ? 'reads / ((instances + readReplicas) × capacity) + writes / (instances × writeCapacity)'
      : 'load / (instances × capacity)',
    {
      reads: load.read,
      writes: load.write,
      instances: n,
      readReplicas: component.readReplicas,
      capacityRps: capacity,
      writeCapacityRps: writeCapacity,
    },
  );
}

export function componentTraffic(component: ResolvedComponent, load: ClassLoad): ComponentTraffic {
  return {
    readRps: explained(
      load.read,
      'req/s',
      'Σ caller reads × calls × fraction × (1 − hit ratio if the caller is a cache) × attempts',
      {
        reads: load.read,
      },
    ),
    writeRps: explained(load.write, 'req/s', 'Σ caller writes × calls × fraction × attempts', { writes: load.write }),
    totalRps: explained(load.read + load.write, 'req/s', 'reads + writes', { reads: load.read, writes: load.write }),
    utilisation: utilisationOf(component, load),
  };
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
