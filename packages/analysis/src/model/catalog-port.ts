// What the engine needs from the catalog, as an interface so tests and other hosts can pass their own.
import type { KindSpec, NetworkTier, Placement } from '@napkin/catalog';
import { NETWORK_LATENCIES, getKind, networkTier } from '@napkin/catalog';

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
