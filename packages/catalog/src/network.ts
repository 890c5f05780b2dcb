// Round-trip times between placements, from the playbook's latency table, and the rule that
// derives a tier from where the two ends of a call sit.
import { deepFreeze, playbook } from './sourcing';
import type { Millis, NetworkLatency, NetworkTier } from './types';
import { ms } from './types';

/**
 * Where a component runs. A field left undefined means "unknown", and an unknown level is
 * treated as the same on both sides: a board without zones must not invent network hops.
 * Callers that know two components are different machines pass distinct `host` values
 * (for instance the component ids) to get at least "same-zone".
 */
export interface Placement {
  host?: string;
  zone?: string;
  region?: string;
  continent?: string;
}

/** Tiers cheapest first; the order is part of the contract (compare by index). */
export const NETWORK_TIERS: readonly NetworkTier[] = Object.freeze([
  'same-host',
  'same-zone',
  'cross-zone',
  'cross-region',
  'cross-continent',
]);

const latency = (tier: NetworkTier, rtt: Millis, source: NetworkLatency['rtt']['source']): NetworkLatency => ({
  tier,
  rtt: { value: rtt, source },
});

export const NETWORK_LATENCIES: Readonly<Record<NetworkTier, NetworkLatency>> = deepFreeze({
  'same-host': latency(
    'same-host',
    ms(0.05),
    playbook('latencyNumbers', {
      note:
        'Not in the table: a loopback or sidecar hop on one host, taken as 50 µs, ten times cheaper than ' +
        'the same-datacenter round trip, in line with the text: each boundary is 10-100x slower than the one before.',
      quote: 'Each boundary is 10',
    }),
  ),
  'same-zone': latency(
    'same-zone',
    ms(0.5),
    playbook('latencyNumbers', {
      quote: '| Round-trip within same datacenter | 500',
      note: 'Round-trip within same datacenter: 500 µs (0.5 ms).',
    }),
  ),
  'cross-zone': latency(
    'cross-zone',
    ms(1),
    playbook('capacityCard', {
      quote: '| Cross-AZ network RTT | < 1 ms |',
      note:
        'The card bounds cross-AZ RTT at < 1 ms (5.2 calls its 0.5 ms row "one AZ-to-AZ hop"); the bound is used ' +
        'so that crossing a zone never costs less than staying inside one.',
    }),
  ),
  'cross-region': latency(
    'cross-region',
    ms(35),
    playbook('latencyNumbers', {
      quote: '| Cross-region (intra-continent) | 10',
      note: 'Cross-region (intra-continent) is given as 10-60 ms; the midpoint, 35 ms, is the default.',
    }),
  ),
  'cross-continent': latency(
    'cross-continent',
    ms(150),
    playbook('latencyNumbers', {
      quote: '| Cross-continent round-trip | ~150 ms |',
      note: 'Cross-continent round-trip ~150 ms (speed of light through fiber).',
    }),
  ),
});

/** Two levels differ only when both are known and unequal. */
function differs(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/** The tier of a call from `a` to `b`, checked from the widest level down. */
export function networkTier(a: Placement, b: Placement): NetworkTier {
  if (differs(a.continent, b.continent)) return 'cross-continent';
  if (differs(a.region, b.region)) return 'cross-region';
  if (differs(a.zone, b.zone)) return 'cross-zone';
  if (differs(a.host, b.host)) return 'same-zone';
  return 'same-host';
}
