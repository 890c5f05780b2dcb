// Data, operational stores: the cache and the databases a request reads and writes synchronously.
// Specialised stores (search, analytics, blobs, graphs) live in data-specialised.ts.
import { cite, fact, guide, playbook, SEEDS, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';
import { DB_AVAILABILITY, DB_P50, DB_P99, KB_RECORD, ONE_NODE, serviceLevel, THREE_COPIES } from './data-shared';

const DYNAMO_SECTION = cite(SEEDS.principalGuide, '4. Database Selection', {
  fact: term('single-digit millisecond', 'the latency a DynamoDB-style store is chosen for'),
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
          fact: fact('100K', 'ops/s', 'one Redis node'),
        }),
      ),
      p50: sourced(
        ms(0.5),
        guide('caching', {
          fact: fact('<1', 'ms', 'a Redis cache hit'),
          note: 'Sub-millisecond hit; 0.5 ms.',
        }),
      ),
      p99: sourced(
        ms(2),
        playbook('latencyNumbers', {
          fact: fact('1-5', 'ms', 'one to three cache lookups, in a 200 ms p99 budget'),
          note: 'The 200 ms budget gives 1-3 cache lookups 1-5 ms at p99; one lookup takes 2 ms.',
        }),
      ),
      availability: sourced(probability(0.9999), playbook('availability', { fact: fact('99.99', '%', 'the cache in the worked request path') })),
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      hitRatio: sourced(0.9, playbook('scaleSequence', { fact: fact('90', '%', 'the hit rate to aim for when adding a cache') })),
      ttlSeconds: sourced(
        300,
        guide('fundamentals', {
          fact: fact('300', 's', 'the revalidation window in the guide\'s API caching example'),
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
          fact: fact('10K-50K', 'queries/s', 'reads one Postgres or MySQL primary serves'),
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
        playbook('capacityCard', { fact: fact('1K-5K', 'writes/s', 'one Postgres or MySQL primary, well indexed'), note: 'Low end of 1K-5K write QPS.' }),
      ),
      readReplicas: sourced(
        0,
        playbook('replication', {
          fact: term('failover candidates', 'read replicas, which also take reads'),
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
          fact: term('Same as primary', 'the read capacity of a Postgres read replica'),
        }),
      ),
      p50: DB_P50,
      p99: DB_P99,
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      recordBytes: KB_RECORD,
      replicaOf: sourced(
        'relational-primary',
        playbook('replication', {
          fact: term('Primary-Replica', 'one writer copying its data to readers'),
          note: 'Fed by its primary: a call from the primary into it is replication, not a request.',
        }),
      ),
    },
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
          fact: term('O(1) get/put', 'a key-value store: lookups by key and nothing else'),
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
          fact: term('extreme availability', 'what a DynamoDB-style store is chosen for'),
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
          fact: fact('10K-50K', 'queries/s', 'reads one Postgres or MySQL primary serves'),
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
          fact: fact('1K-5K', 'writes/s', 'one Postgres or MySQL primary, well indexed'),
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
          fact: fact('~5K', 'queries/s', 'reads one Cassandra node serves'),
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
          fact: term('R + W > N', 'the quorum rule for reads and writes'),
          note: 'Three nodes, the smallest ring that keeps a quorum with one node down.',
        }),
      ),
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(rps(10_000), playbook('capacityCard', { fact: fact('~10K', 'writes/s', 'one Cassandra node') })),
      recordBytes: KB_RECORD,
      replicationFactor: THREE_COPIES,
    },
  },
];
