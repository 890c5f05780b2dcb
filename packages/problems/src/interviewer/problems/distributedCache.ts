// Distributed cache: clients hash keys onto a ring of cache nodes (consistent hashing), each key on a
// primary and a replica; misses fall through to the services' own database. The ring's membership lives
// in a coordination service so nodes can join and leave while serving.
import { at, framed, fromPlaybook, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.14 Distributed Cache';

export const DISTRIBUTED_CACHE: ProblemMaterial = {
  id: 'distributed-cache',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: false },
  points: [
    { id: 'consistent-hashing', title: 'Places keys with consistent hashing so adding a node moves few keys', check: null, term: 'Consistent hashing' },
    { id: 'replication', title: 'Replicates each key so losing a node does not empty its share', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'replication for HA' },
    { id: 'eviction', title: 'Names an eviction policy and why (LRU, LFU, TTL)', check: null, term: 'eviction policy' },
    { id: 'herds', title: 'Guards against thundering herds, hot keys, cache penetration and stampedes', check: null, term: 'thundering herd' },
    { id: 'membership', title: 'Tracks ring membership in a coordination service', check: { type: 'serves', kinds: ['consensus-store', 'service-discovery'] }, term: '10.4' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Distributed cache (reference design)',
    components: [
      {
        id: 'services', kind: 'web-client', name: 'Calling services (client library)',
        entry: { dau: 100_000_000, actionsPerUser: 100, peakFactor: 3, readFraction: 0.91, p99BudgetMs: 10, availabilityObjective: 0.9995, payloadBytes: 1_000 },
        ...at(0, 1),
      },
      { id: 'ring', kind: 'in-memory-cache', name: 'Cache nodes (ring, replica per key)', instances: 8, params: { hitRatio: 0.95, ttlSeconds: 3_600 }, zone: 'region', ...at(1, 1) },
      { id: 'origin', kind: 'key-value-store', name: 'Services\' databases (misses)', instances: 10, zone: 'region', ...at(2, 1) },
      { id: 'membership', kind: 'service-discovery', name: 'Ring membership (etcd)', zone: 'region', ...at(1, 2) },
    ],
    calls: [
      { id: 'services-ring', from: 'services', to: 'ring', mode: 'sync', traffic: 'read', label: 'GET key', timeoutMs: 50 },
      { id: 'ring-origin', from: 'ring', to: 'origin', mode: 'sync', label: 'misses', timeoutMs: 40 },
      { id: 'services-ring-write', from: 'services', to: 'ring', mode: 'sync', traffic: 'write', label: 'SET / DEL key', timeoutMs: 50 },
      { id: 'services-membership', from: 'services', to: 'membership', mode: 'sync', fraction: 0.0001, optional: true, label: 'ring changes', timeoutMs: 50 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    fromPlaybook('distributed-cache.ring.capacity', 'capacityCard', '100K', 'ops/s', 'what one Redis node serves'),
    namedInPlaybook('distributed-cache.ring', 'cacheEviction', 'LRU', 'the eviction a general-purpose cache starts from'),
    namedInPlaybook('distributed-cache.ring.pitfalls', 'cachePitfalls', 'Thundering herd', 'many misses for one key at once, after it expires'),
    namedInPlaybook('distributed-cache.membership', SECTION, 'Consistent hashing', 'how keys map to nodes'),
  ],
};
