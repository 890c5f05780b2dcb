// Clients: the entry points that originate load and carry each flow's objectives. They serve
// nothing, so their server-side figures are neutral and never the bottleneck or weakest link.
import { playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';
import { ONE_BOX } from './edge';

const ENTRY_CAPACITY = sourced(
  rps(1_000_000_000),
  playbook('capacityWorksheet', {
    note: 'Clients originate load and serve none; a capacity far above any peak keeps them out of the bottleneck ranking.',
  }),
);
const NO_SERVICE_TIME = sourced(
  ms(0),
  playbook('latencyNumbers', {
    note: 'Client rendering is outside the server budget the table is about; the client adds no service time.',
  }),
);
const CLIENT_AVAILABILITY = sourced(
  probability(1),
  playbook('availability', {
    note: 'Availability is counted from the request leaving the client, so the client never fails it.',
  }),
);
function client(spec: Pick<KindSpec, 'id' | 'label' | 'summary' | 'aliases' | 'icon'>): KindSpec {
  return {
    ...spec,
    family: 'client-edge',
    defaults: {
      capacityRps: ENTRY_CAPACITY,
      p50: NO_SERVICE_TIME,
      p99: NO_SERVICE_TIME,
      availability: CLIENT_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { entryPoint: true, stateful: false },
  };
}

export const CLIENT_KINDS: readonly KindSpec[] = [
  client({
    id: 'web-client',
    label: 'Web client',
    summary: 'Browsers sending requests; carries the offered load and the flow objectives.',
    aliases: ['browser', 'user', 'spa', 'frontend'],
    icon: 'browser',
  }),
  client({
    id: 'mobile-client',
    label: 'Mobile client',
    summary: 'iOS and Android apps; carries the offered load and the flow objectives.',
    aliases: ['ios', 'android', 'app', 'phone', 'user'],
    icon: 'phone',
  }),
];
