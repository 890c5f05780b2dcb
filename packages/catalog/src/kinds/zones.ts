// Zones: frames that place components and fail as a unit, which correlates the failures of
// everything inside them. They serve no requests, so capacity and latency are neutral.
import { cite, fact, playbook, SEEDS, sourced, term } from '../sourcing';
import type { KindSpec, Traits } from '../types';
import { ms, probability, rps } from '../types';

const NOT_A_SERVER = sourced(
  rps(1_000_000_000),
  playbook('capacityCard', {
    note: 'A zone is a frame, not a server; a capacity far above any load keeps it out of the bottleneck ranking.',
  }),
);
const NO_LATENCY = sourced(
  ms(0),
  playbook('latencyNumbers', {
    note: 'A zone adds no service time; crossing its boundary costs the network tier instead (cross-zone, cross-region).',
  }),
);
const ONE_FRAME = sourced(
  1,
  playbook('availability', {
    fact: term('shared dependencies', 'correlated failures: what to check beyond replica counts'),
    note: 'One frame; everything inside shares its fate.',
  }),
);

function zone(
  id: string,
  label: string,
  summary: string,
  aliases: readonly string[],
  zoneLevel: NonNullable<Traits['zoneLevel']>,
  availability: KindSpec['defaults']['availability'],
): KindSpec {
  return {
    id,
    label,
    family: 'zone',
    summary,
    aliases,
    icon: id,
    defaults: { capacityRps: NOT_A_SERVER, p50: NO_LATENCY, p99: NO_LATENCY, availability, instances: ONE_FRAME },
    traits: { zoneLevel },
  };
}

export const ZONE_KINDS: readonly KindSpec[] = [
  zone(
    'availability-zone',
    'Availability zone',
    'One or more datacenters with independent power and network inside a region; cross-zone RTT < 1 ms.',
    ['az', 'zone', 'availability zone', 'us-east-1a'],
    'availability-zone',
    sourced(
      probability(0.9995),
      playbook('availability', {
        fact: term('same rack', 'replicas that share power and a switch, and so fail together'),
        note:
          'Not in the playbook; a zone-wide outage of a few hours a year (99.95 %), so that spreading over two zones ' +
          '(1 - 0.0005^2) beats the 99.99 % a single region offers.',
      }),
    ),
  ),
  zone(
    'region',
    'Region',
    'A geographic region of several zones; regional failures are rare but take every zone with them.',
    ['region', 'aws region', 'gcp region', 'us-east-1', 'eu-west-1', 'geo'],
    'region',
    sourced(
      probability(0.9999),
      cite(SEEDS.principalGuide, '12. Reliability & Resilience', {
        fact: fact('99.99', '%', 'the availability target above which active-active regions pay off'),
        note: 'Going active-active across regions pays only above 99.99 %, so one region is taken to deliver 99.99 %.',
      }),
    ),
  ),
  zone(
    'data-centre',
    'Data centre',
    'A single facility (on-premises or colocation); one power and cooling domain.',
    ['datacenter', 'data center', 'dc', 'colo', 'on-prem', 'facility'],
    'data-centre',
    sourced(
      probability(0.99982),
      playbook('availability', {
        fact: term('same rack', 'replicas that share power and a switch, and so fail together'),
        note: 'Not in the playbook; one facility is one power and network domain: the Uptime Institute Tier III figure, 99.982 %.',
      }),
    ),
  ),
];
