// Clients and edge: where load enters the board and is spread, filtered and limited.
import { playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const ENTRY_CAPACITY = sourced(
  rps(1_000_000_000),
  playbook('capacityWorksheet', {
    note: 'Clients originate load and serve none; a capacity far above any peak keeps them out of the bottleneck ranking.',
  }),
);
const CLIENT_LATENCY = sourced(
  ms(0),
  playbook('latencyNumbers', {
    note: 'Client-side rendering is outside the server budget the table is about, so the client adds no service time.',
  }),
);
const CLIENT_AVAILABILITY = sourced(
  probability(1),
  playbook('availability', {
    note: 'Availability is counted from the request leaving the client, so the client itself never fails it.',
  }),
);
const ONE_BOX = sourced(
  1,
  playbook('availability', {
    quote: 'A typical request path: LB (99.99%)',
    note: 'The worked path counts each box once; the board adds instances, and the linter flags single points of failure.',
  }),
);
const LB_AVAILABILITY = sourced(probability(0.9999), playbook('availability', { quote: 'LB (99.99%)' }));
const PROXY_CAPACITY = sourced(
  rps(50_000),
  playbook('capacityCard', {
    quote: '| Nginx / Envoy | 50K+ RPS per core for proxying |',
    note: 'One core of proxying, the conservative end of "50K+".',
  }),
);
const EDGE_P99 = sourced(
  ms(5),
  playbook('latencyNumbers', {
    quote: '| TLS handshake + LB + ingress | 5',
    note: 'The 200 ms budget gives TLS + LB + ingress 5-10 ms; one edge hop takes the low end.',
  }),
);
const EDGE_P50 = sourced(
  ms(1),
  playbook('latencyNumbers', {
    note: 'Not in the table: with kept-alive connections a proxy hop is about 1 ms at the median; the handshake lives in the tail.',
  }),
);

export const EDGE_KINDS: readonly KindSpec[] = [
  {
    id: 'web-client',
    label: 'Web client',
    family: 'client-edge',
    summary: 'Browsers sending requests; carries the offered load and the flow objectives.',
    aliases: ['browser', 'user', 'spa', 'frontend'],
    icon: 'browser',
    defaults: {
      capacityRps: ENTRY_CAPACITY,
      p50: CLIENT_LATENCY,
      p99: CLIENT_LATENCY,
      availability: CLIENT_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { entryPoint: true, stateful: false },
  },
  {
    id: 'load-balancer-l7',
    label: 'Load balancer (L7)',
    family: 'client-edge',
    summary: 'Routes by HTTP path, host, header or cookie; terminates TLS.',
    aliases: ['alb', 'application load balancer', 'nginx', 'envoy', 'haproxy', 'ingress', 'lb'],
    icon: 'load-balancer',
    defaults: {
      capacityRps: PROXY_CAPACITY,
      p50: EDGE_P50,
      p99: EDGE_P99,
      availability: LB_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { loadBalancer: true, stateful: false },
  },
];
