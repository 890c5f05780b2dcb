// Compute: the tiers that run application code, on the request path or beside it.
import { playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const APP_CAPACITY = sourced(
  rps(10_000),
  playbook('capacityWorksheet', {
    quote: 'a modern app server: 10K QPS',
    note: 'Within the reference card range of 5K-20K QPS for stateless HTTP.',
  }),
);
const APP_P99 = sourced(
  ms(25),
  playbook('latencyNumbers', {
    quote: '| App server processing | 20',
    note: 'The 200 ms budget gives app processing 20-30 ms at p99; the midpoint is the default.',
  }),
);
const APP_P50 = sourced(
  ms(5),
  playbook('tailLatency', {
    note:
      'No median in the playbook; 5 ms, a fifth of the p99, reflects the GC pauses and queueing this section ' +
      'names as the sources of a heavy tail.',
  }),
);
const APP_AVAILABILITY = sourced(probability(0.9995), playbook('availability', { quote: 'App (99.95%)' }));
const ONE_INSTANCE = sourced(
  1,
  playbook('availability', {
    quote: 'behind an app tier (99.95%)',
    note: 'The worked examples treat the app tier as one unit; add instances on the board for redundancy.',
  }),
);

export const COMPUTE_KINDS: readonly KindSpec[] = [
  {
    id: 'stateless-service',
    label: 'Stateless service',
    family: 'compute',
    summary: 'An HTTP or gRPC application tier keeping no session state; scales out behind a load balancer.',
    aliases: ['app server', 'api', 'microservice', 'backend', 'web server', 'service'],
    icon: 'server',
    defaults: {
      capacityRps: APP_CAPACITY,
      p50: APP_P50,
      p99: APP_P99,
      availability: APP_AVAILABILITY,
      instances: ONE_INSTANCE,
    },
    traits: { stateful: false },
  },
];
