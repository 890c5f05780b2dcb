// Data: caches and stores. Stateful kinds carry replication, record size and read/write capacity.
import { guide, playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { bytes, ms, probability, rps } from '../types';

const ONE_NODE = sourced(
  1,
  playbook('availability', {
    quote: 'DB (99.95%)',
    note: 'The worked path counts each store once; replicas are added on the board (or via readReplicas).',
  }),
);
const KB_RECORD = sourced(
  bytes(1_000),
  playbook('throughputStorage', { quote: 'a 1 KB record at 1,000 QPS', note: 'The playbook sizes a typical record at 1 KB.' }),
);
const DB_AVAILABILITY = sourced(probability(0.9995), playbook('availability', { quote: 'DB (99.95%)' }));
const DB_P99 = sourced(
  ms(25),
  playbook('latencyNumbers', {
    quote: 'database queries | 20',
    note: 'The 200 ms budget gives 1-2 queries 20-50 ms at p99; one indexed query takes 25 ms.',
  }),
);
const DB_P50 = sourced(
  ms(5),
  playbook('latencyNumbers', {
    note: 'No median in the table; an indexed query touching a few 150 µs SSD pages plus planning is a few ms, taken as 5 ms.',
  }),
);

export const DATA_KINDS: readonly KindSpec[] = [
  {
    id: 'in-memory-cache',
    label: 'In-memory cache',
    family: 'data',
    summary: 'Redis or Memcached in front of a store; serves hits, forwards misses.',
    aliases: ['redis', 'memcached', 'cache', 'valkey', 'elasticache'],
    icon: 'cache',
    defaults: {
      capacityRps: sourced(rps(100_000), playbook('capacityCard', { quote: '| Redis (single node) | 100K ops/sec, sub-ms latency |' })),
      p50: sourced(ms(0.5), guide('caching', { quote: 'A cache hit should be <1ms (Redis)', note: 'Sub-millisecond hit; 0.5 ms.' })),
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
        playbook('capacityCard', { quote: '1K', note: 'Low end of 1K-5K write QPS with proper indexes.' }),
      ),
      readReplicas: sourced(0, playbook('replication', { note: 'A primary starts alone; the linter asks for a replica.' })),
      recordBytes: KB_RECORD,
      replicationFactor: sourced(
        1,
        playbook('replication', { note: 'One copy until replicas are added; each read replica adds a copy.' }),
      ),
    },
  },
];
