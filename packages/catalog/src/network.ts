// Round-trip times between placements, from the playbook's latency table, and the rule that
// derives a tier from where the two ends of a call sit.
import { deepFreeze, fact, playbook } from './sourcing';
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
        'the same-datacenter round trip, at the low end of the step the table sees from one boundary to the next.',
      fact: fact('10-100', '×', 'how much slower each boundary (process, host, datacenter, region) is than the last'),
    }),
  ),
  'same-zone': latency(
    'same-zone',
    ms(0.5),
    playbook('latencyNumbers', {
      fact: fact('500', 'µs', 'a round trip inside one datacenter'),
      note: 'The table\'s figure, 0.5 ms.',
    }),
  ),
  'cross-zone': latency(
    'cross-zone',
    ms(1),
    playbook('capacityCard', {
      fact: fact('< 1', 'ms', 'a round trip between availability zones'),
      note:
        'The card bounds cross-AZ RTT at < 1 ms (5.2 counts its 0.5 ms row as one hop between zones); the bound is used ' +
        'so that crossing a zone never costs less than staying inside one.',
    }),
  ),
  'cross-region': latency(
    'cross-region',
    ms(35),
    playbook('latencyNumbers', {
      fact: fact('10-60', 'ms', 'a round trip between regions of one continent'),
      note: 'The midpoint of the range, 35 ms, is the default.',
    }),
  ),
  'cross-continent': latency(
    'cross-continent',
    ms(150),
    playbook('latencyNumbers', {
      fact: fact('~150', 'ms', 'a round trip between continents'),
      note: 'Set by the speed of light in fibre, so no faster network removes it.',
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
