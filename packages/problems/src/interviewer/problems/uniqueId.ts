// Unique ID generator: Snowflake-style generators, each with a worker id leased from ZooKeeper/etcd,
// answer from memory (timestamp | machine | sequence); callers take batches, so no shared store is on the path.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.10 Distributed Unique ID (Snowflake)';

export const UNIQUE_ID: ProblemMaterial = {
  id: 'unique-id',
  section: SECTION,
  applies: { readCache: false, mediaCdn: false, asyncQueue: false },
  points: [
    { id: 'layout', title: 'Lays out 64 bits as timestamp, machine id and sequence, and works out ids per millisecond', check: null, term: 'sequence (12)' },
    { id: 'worker-ids', title: 'Assigns worker ids through a coordination service and keeps clocks in sync', check: { type: 'serves', kinds: ['consensus-store'] }, term: 'worker ID assignment' },
    { id: 'alternatives', title: 'Compares UUIDv7, KSUID and a database sequence with range allocation', check: null, term: 'UUIDv7' },
    { id: 'no-central', title: 'Keeps any shared store off the request path so generators scale out', check: { type: 'serves', kinds: ['stateless-service'] }, term: 'machine_id' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Unique ID generator (reference design)',
    components: [
      {
        id: 'services', kind: 'web-client', name: 'Calling services',
        entry: { dau: 10_000, actionsPerUser: 100_000, peakFactor: 3, readFraction: 0, p99BudgetMs: 20, availabilityObjective: 0.9995, payloadBytes: 8 },
        ...at(0, 1),
      },
      { id: 'lb', kind: 'load-balancer-l4', name: 'L4 load balancer', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'generators', kind: 'stateless-service', name: 'ID generators', instances: 6, params: { p50Ms: 0.2, p99Ms: 1 }, zone: 'region', ...at(2, 1) },
      { id: 'zookeeper', kind: 'consensus-store', name: 'ZooKeeper worker ids', zone: 'region', ...at(3, 1) },
    ],
    calls: [
      { id: 'services-lb', from: 'services', to: 'lb', mode: 'sync', label: 'GET /ids?n=100' },
      { id: 'lb-generators', from: 'lb', to: 'generators', mode: 'sync', timeoutMs: 10 },
      { id: 'generators-zookeeper', from: 'generators', to: 'zookeeper', mode: 'sync', fraction: 0.0001, optional: true, label: 'lease renewal', timeoutMs: 100 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('unique-id.generators', SECTION, '4096', 'ids one machine can mint each millisecond', 'Six generators give far more than the peak needs; they are there for availability.'),
    namedInPlaybook('unique-id.zookeeper', SECTION, 'Zookeeper', 'where each generator leases its machine id'),
    namedInPlaybook('unique-id.services-lb', SECTION, 'range allocation', 'why callers ask for ids in batches'),
    namedInPlaybook('unique-id.zookeeper.instances', 'coordination', 'ZooKeeper', 'the quorum store that hands out worker ids'),
  ],
};
