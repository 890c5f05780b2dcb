// External services: dependencies run by someone else, reached over the public internet.
import { playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const ONE_ENDPOINT = sourced(
  1,
  playbook('availability', {
    quote: 'External API (99.9%)',
    note: 'A vendor endpoint is one unit on the board: its SLA already covers its own redundancy.',
  }),
);

export const EXTERNAL_KINDS: readonly KindSpec[] = [
  {
    id: 'third-party-api',
    label: 'Third-party API',
    family: 'external',
    summary: 'A vendor HTTP API on the request path: an availability tax you do not control.',
    aliases: ['external api', 'vendor', 'saas', 'webhook', 'partner api'],
    icon: 'cloud',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('rateLimiting', {
          note: 'Not in the playbook: vendors enforce per-key quotas (this section: limits per API key); 1,000 req/s is a typical paid tier.',
        }),
      ),
      p50: sourced(
        ms(30),
        playbook('latencyNumbers', {
          quote: 'downstream RPCs | 10',
          note: 'Downstream RPCs take 10-30 ms each at p99 inside a datacenter; a vendor median is taken at the top of that range.',
        }),
      ),
      p99: sourced(
        ms(150),
        playbook('tailLatency', {
          note: 'Not in the playbook: a vendor tail of 5x its median, as hedging and timeouts in this section assume; network RTT is added separately.',
        }),
      ),
      availability: sourced(probability(0.999), playbook('availability', { quote: 'External API (99.9%)' })),
      instances: ONE_ENDPOINT,
    },
    traits: { stateful: false },
  },
];
