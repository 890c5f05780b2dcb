// Data, operational stores: the cache and the databases a request reads and writes synchronously.
// Specialised stores (search, analytics, blobs, graphs) live in data-specialised.ts.
import { cite, guide, playbook, SEEDS, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';
import { DB_AVAILABILITY, DB_P50, DB_P99, KB_RECORD, ONE_NODE, serviceLevel, THREE_COPIES } from './data-shared';

const DYNAMO_SECTION = cite(SEEDS.principalGuide, '4. Database Selection', {
  quote: 'requires single-digit millisecond latency globally',
  note: 'DynamoDB-style stores promise single-digit ms; p99 at 10 ms, the top of that promise.',
});

export const DATA_KINDS: readonly KindSpec[] = [
  {
    id: 'in-memory-cache',
    label: 'In-memory cache',
    family: 'data',
    summary: 'Redis or Memcached in front of a store; serves hits, forwards misses.',
    aliases: ['redis', 'memcached', 'cache', 'valkey', 'elasticache'],
    icon: 'cache',
    defaults: {
      capacityRps: sourced(
        rps(100_000),
        playbook('capacityCard', {
          quote: '| Redis (single node) | 100K ops/sec, sub-ms latency |',
        }),
      ),
      p50: sourced(
        ms(0.5),
        guide('caching', {
          quote: 'A cache hit should be <1ms (Redis)',
          note: 'Sub-millisecond hit; 0.5 ms.',
        }),
      ),
      p99: sourced(
        ms(2),
        playbook('latencyNumbers', {
          quote: 'cache lookups | 1',
          note: 'The 200 ms budget gives 1-3 cache lookups 1-5 ms at p99; one lookup takes 2 ms.',
        }),
      ),
      availability: sourced(probability(0.9999), playbook('availability', { quote: 'Cache (99.99%)' })),
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      hitRatio: sourced(0.9, playbook('scaleSequence', { quote: 'target 90%+ hit rate' })),
      ttlSeconds: sourced(
        300,
        guide('fundamentals', {
          quote: 'max-age=60, stale-while-revalidate=300',
          note: 'No cache TTL is prescribed; 5 minutes of bounded staleness, the revalidation window the guide uses for API responses.',
        }),
      ),
    },
  },
  {
    id: 'relational-primary',
    label: 'Relational database (primary)',
    family: 'data',
    summary: 'Postgres or MySQL primary: takes every write and, without replicas, every read.',
    aliases: ['postgres', 'postgresql', 'mysql', 'rds', 'aurora', 'sql', 'rdbms', 'database', 'db'],
    icon: 'database',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityCard', {
          quote: '| Postgres / MySQL primary | 10K',
          note: 'Low end of 10K-50K read QPS; 20.3 quotes 50K read QPS as the optimistic figure.',
        }),
      ),
      p50: DB_P50,
      p99: DB_P99,
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(
        rps(1_000),
        playbook('capacityCard', { quote: 'write QPS with proper indexes', note: 'Low end of 1K-5K write QPS.' }),
      ),
      readReplicas: sourced(
        0,
        playbook('replication', {
          quote: 'Replicas serve read traffic and act as failover candidates.',
          note: 'A primary starts alone; the linter asks for a replica.',
        }),
      ),
      recordBytes: KB_RECORD,
      replicationFactor: sourced(
        1,
        playbook('replication', {
          note: 'One copy until replicas are added; each replica adds one.',
        }),
      ),
    },
  },
  {
    id: 'relational-read-replica',
    label: 'Relational database (read replica)',
    family: 'data',
    summary: 'An asynchronous copy of the primary that serves reads and is the failover candidate.',
    aliases: ['replica', 'read replica', 'standby', 'follower', 'postgres replica', 'mysql replica'],
    icon: 'database-replica',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityCard', {
          quote: '| Postgres read replica | Same as primary for reads |',
        }),
      ),
      p50: DB_P50,
      p99: DB_P99,
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: { stateful: true, recordBytes: KB_RECORD },
  },
  {
    id: 'key-value-store',
    label: 'Key-value store',
    family: 'data',
    summary: 'DynamoDB-style get/put by key: predictable latency, no queries beyond the key.',
    aliases: ['dynamodb', 'riak', 'kv', 'key value', 'foundationdb'],
    icon: 'key-value',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('nosqlFamilies', {
          quote: 'O(1) get/put. No queries beyond key.',
          note: 'No per-node figure in the playbook; 10K ops/s per partition node, the order of a Cassandra node on the card.',
        }),
      ),
      p50: sourced(
        ms(2),
        cite(SEEDS.principalGuide, '4. Database Selection', {
          note: 'Median of a single-digit-ms store, taken as 2 ms.',
        }),
      ),
      p99: sourced(ms(10), DYNAMO_SECTION),
      availability: sourced(
        probability(0.9999),
        cite(SEEDS.principalGuide, '4. Database Selection', {
          quote: 'extreme availability',
          note: 'Fully managed and replicated across zones; 99.99 %, the managed-service tier the playbook gives a cache.',
        }),
      ),
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      recordBytes: KB_RECORD,
      replicationFactor: THREE_COPIES,
      availabilityIsServiceLevel: serviceLevel(
        'A DynamoDB-style store is run by the provider: 99.99 % is the SLA of the service, which keeps the 3 copies across zones, so they are not counted again.',
      ),
    },
  },
  {
    id: 'document-store',
    label: 'Document store',
    family: 'data',
    summary: 'MongoDB-style JSON documents queryable by field, with secondary indexes.',
    aliases: ['mongodb', 'mongo', 'couchbase', 'firestore', 'couchdb', 'document db'],
    icon: 'document',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityCard', {
          quote: '| Postgres / MySQL primary | 10K',
          note: 'Not on the card; MongoDB is a B-tree engine (9.5), so it is sized like a relational node.',
        }),
      ),
      p50: DB_P50,
      p99: DB_P99,
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(
        rps(1_000),
        playbook('capacityCard', {
          quote: 'write QPS with proper indexes',
          note: 'Sized like a relational node: 1K writes/s.',
        }),
      ),
      recordBytes: KB_RECORD,
      replicationFactor: THREE_COPIES,
    },
  },
  {
    id: 'wide-column-store',
    label: 'Wide-column store',
    family: 'data',
    summary: 'Cassandra-style LSM store for write-heavy event and time-keyed data, tuned per query.',
    aliases: ['cassandra', 'scylladb', 'scylla', 'hbase', 'bigtable'],
    icon: 'wide-column',
    defaults: {
      capacityRps: sourced(
        rps(5_000),
        playbook('capacityCard', {
          quote: '| Cassandra node | ~10K writes/sec, ~5K reads/sec |',
        }),
      ),
      p50: sourced(
        ms(2),
        playbook('nosqlFamilies', {
          note: 'Not in the playbook; a partition-key read from the memtable or one SSTable is about 2 ms.',
        }),
      ),
      p99: DB_P99,
      availability: DB_AVAILABILITY,
      instances: sourced(
        3,
        playbook('replication', {
          quote: 'Quorum (R + W > N)',
          note: 'Three nodes, the smallest ring that keeps a quorum with one node down.',
        }),
      ),
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(rps(10_000), playbook('capacityCard', { quote: '| Cassandra node | ~10K writes/sec' })),
      recordBytes: KB_RECORD,
      replicationFactor: THREE_COPIES,
    },
  },
];
