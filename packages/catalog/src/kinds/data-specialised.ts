// Data, specialised stores: search, analytics, blobs, graphs, time series and vectors. Each is
// usually fed from the operational store and read by one feature, not by every request.
import { cite, fact, guide, playbook, SEEDS, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { bytes, ms, rps } from '../types';
import { DB_AVAILABILITY, KB_RECORD, MANAGED_AVAILABILITY, ONE_NODE, serviceLevel, THREE_COPIES } from './data-shared';

const STORAGE_PATTERNS = '7. Storage & Object Store Patterns';

export const DATA_SPECIALISED_KINDS: readonly KindSpec[] = [
  {
    id: 'graph-database',
    label: 'Graph database',
    family: 'data',
    summary: 'Neo4j-style nodes and edges for queries that walk relationships several hops deep (social graphs, fraud detection).',
    aliases: ['neo4j', 'neptune', 'janusgraph', 'graph'],
    icon: 'graph',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('nosqlFamilies', {
          fact: term('many-hop', 'relationship queries, what graph databases are for'),
          note: 'Not in the playbook; a multi-hop traversal does ten times the work of a key read, so 1K queries/s per node.',
        }),
      ),
      p50: sourced(ms(10), playbook('nosqlFamilies', { note: 'Not in the playbook; a few-hop traversal, 10 ms.' })),
      p99: sourced(ms(100), playbook('nosqlFamilies', { note: 'Not in the playbook; deep traversals fan out, 10x the median.' })),
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: { stateful: true, recordBytes: KB_RECORD, replicationFactor: THREE_COPIES },
  },
  {
    id: 'time-series-database',
    label: 'Time-series database',
    family: 'data',
    summary: 'InfluxDB or TimescaleDB for append-heavy metrics with windowed aggregation and downsampling.',
    aliases: ['influxdb', 'timescaledb', 'prometheus', 'druid', 'tsdb', 'metrics'],
    icon: 'time-series',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('nosqlFamilies', {
          fact: term('windowed aggregation', 'what a time-series store does with its points'),
          note: 'Not in the playbook; reads are windowed aggregations, so 1K queries/s per node.',
        }),
      ),
      p50: sourced(
        ms(10),
        playbook('nosqlFamilies', {
          note: 'Not in the playbook; a dashboard range query over recent data, 10 ms.',
        }),
      ),
      p99: sourced(
        ms(100),
        playbook('nosqlFamilies', {
          note: 'Not in the playbook; long ranges miss the hot window, 10x the median.',
        }),
      ),
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(
        rps(10_000),
        playbook('decisionMatrix', {
          fact: term('InfluxDB', 'a store grouped with Cassandra for massive write volume'),
          note: 'Grouped with Cassandra for write volume, so sized at the card\'s ~10K writes/s per node.',
        }),
      ),
      recordBytes: sourced(
        bytes(100),
        playbook('nosqlFamilies', {
          note: 'Not in the playbook; a (metric, timestamp, value, tags) point is ~100 B.',
        }),
      ),
      replicationFactor: THREE_COPIES,
    },
  },
  {
    id: 'search-index',
    label: 'Search index',
    family: 'data',
    summary: 'Elasticsearch or OpenSearch inverted index; rebuildable, never the source of truth.',
    aliases: ['elasticsearch', 'opensearch', 'solr', 'typesense', 'full-text search', 'lucene'],
    icon: 'search',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('capacityCard', {
          fact: fact('1K+', 'ops/s', 'documents one Elasticsearch node indexes'),
          note: 'The card gives index ops; queries are sized the same, 1K/s per node.',
        }),
      ),
      p50: sourced(
        ms(10),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          fact: term('inverted index', 'full-text search, whose queries take milliseconds'),
          note: 'Full-text query speed: milliseconds; 10 ms including the shard merge.',
        }),
      ),
      p99: sourced(
        ms(100),
        playbook('searchIndex', {
          fact: term('fan-out', 'a distributed search query, sent to every shard and merged'),
          note: 'A query fans out to every shard and waits for the slowest; 10x the median.',
        }),
      ),
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      writeCapacityRps: sourced(rps(1_000), playbook('capacityCard', { fact: fact('1K+', 'ops/s', 'documents one Elasticsearch node indexes') })),
      recordBytes: KB_RECORD,
      replicationFactor: sourced(
        2,
        guide('databases', {
          fact: term('Eventually consistent', 'a search index fed from the primary database'),
          note: 'Not in the texts; one replica per shard (two copies) is enough because the index is rebuildable.',
        }),
      ),
    },
  },
  {
    id: 'object-storage',
    label: 'Object storage',
    family: 'data',
    summary: 'S3-compatible blob store for files, media and data-lake tables; cheap and durable.',
    aliases: ['s3', 'gcs', 'blob', 'azure blob', 'minio', 'bucket', 'files'],
    icon: 'bucket',
    defaults: {
      capacityRps: sourced(
        rps(5_000),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          fact: term('S3', 'object storage as the common storage layer'),
          note: 'Not in the texts; S3 serves about 5,500 GETs/s per key prefix, rounded to 5K.',
        }),
      ),
      p50: sourced(
        ms(20),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          note: 'Not in the texts; first byte of a small object, about 20 ms.',
        }),
      ),
      p99: sourced(
        ms(100),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          note: 'Not in the texts; first-byte tail of object stores, about 100 ms.',
        }),
      ),
      availability: MANAGED_AVAILABILITY,
      instances: sourced(
        1,
        playbook('fileStorage', {
          note: 'One bucket is one managed service; its SLA covers its own redundancy.',
        }),
      ),
    },
    traits: {
      stateful: true,
      recordBytes: sourced(
        bytes(500_000),
        playbook('powersOfTwo', {
          fact: fact('50-500', 'KB', 'one compressed web image'),
          note: 'Upper end of 50-500 KB per web image.',
        }),
      ),
      replicationFactor: sourced(3, playbook('fileStorage', { fact: fact('3', 'copies', 'the chunks of a file storage service') })),
      availabilityIsServiceLevel: serviceLevel(
        'One bucket is one managed service: 99.99 % is its SLA, which covers its own 3x replication, so the copies are not counted again.',
      ),
    },
  },
  {
    id: 'data-warehouse',
    label: 'Data warehouse',
    family: 'data',
    summary: 'Columnar OLAP store (Snowflake, BigQuery, Redshift): few large scans, seconds to minutes.',
    aliases: ['snowflake', 'bigquery', 'redshift', 'clickhouse', 'olap', 'lakehouse', 'analytics'],
    icon: 'warehouse',
    defaults: {
      capacityRps: sourced(
        rps(10),
        playbook('warehouse', {
          note: 'Not in the playbook; a warehouse serves a few large scans rather than many small reads, about 10 queries/s.',
        }),
      ),
      p50: sourced(
        ms(2_000),
        playbook('warehouse', {
          fact: term('Fast SQL', 'a data warehouse, queried on cleaned data'),
          note: 'Analytical queries take seconds to minutes (21.1); 2 s at the median.',
        }),
      ),
      p99: sourced(ms(60_000), playbook('warehouse', { note: 'Analytical queries take seconds to minutes (21.1); a minute at p99.' })),
      availability: MANAGED_AVAILABILITY,
      instances: sourced(1, playbook('warehouse', { note: 'A managed warehouse is one service on the board.' })),
    },
    traits: {
      stateful: true,
      recordBytes: KB_RECORD,
      replicationFactor: THREE_COPIES,
      availabilityIsServiceLevel: serviceLevel(
        'A managed warehouse is one service: 99.99 % is its SLA, which covers the copies of its storage, so they are not counted again.',
      ),
    },
  },
  {
    id: 'vector-index',
    label: 'Vector index',
    family: 'data',
    summary: 'Approximate nearest-neighbour search over embeddings (pgvector, Pinecone, Qdrant) for RAG and similarity.',
    aliases: ['pgvector', 'pinecone', 'weaviate', 'qdrant', 'milvus', 'embeddings', 'ann', 'semantic search'],
    icon: 'vector',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          note: 'Not in the texts; an ANN query costs like a search query, 1K/s per node.',
        }),
      ),
      p50: sourced(
        ms(20),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          fact: term('hundreds of ms', 'a vector (ANN) query, at tens to hundreds of ms'),
          note: 'Low end: 20 ms.',
        }),
      ),
      p99: sourced(
        ms(200),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          fact: term('hundreds of ms', 'a vector (ANN) query, at tens to hundreds of ms'),
          note: 'High end: 200 ms.',
        }),
      ),
      availability: DB_AVAILABILITY,
      instances: ONE_NODE,
    },
    traits: {
      stateful: true,
      recordBytes: sourced(
        bytes(6_000),
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          note: 'Not in the texts; a 1,536-dimension float32 embedding (6 KB).',
        }),
      ),
      replicationFactor: sourced(
        2,
        cite(SEEDS.principalGuide, STORAGE_PATTERNS, {
          note: 'Not in the texts; rebuildable from the source documents, so two copies.',
        }),
      ),
    },
  },
];
