// Batch analytics with a warehouse: the orders database streams its changes (CDC) through Kafka into a
// data lake on S3; a scheduler runs ETL tasks that read the lake and load the warehouse; analysts query
// the warehouse through dashboards. Three flows: the shop's (milliseconds), the batch's and the analysts'
// (seconds to minutes).
import { at, framed } from './frames';
import type { Template } from './template';
import { namedInPlaybook } from './template';

export const BATCH_ANALYTICS: Template = {
  id: 'batch-analytics',
  title: 'Batch analytics with a warehouse',
  summary: 'Orders Postgres → Debezium → Kafka → S3 lake; scheduled ETL loads the warehouse; analysts query it through dashboards.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Batch analytics with a warehouse',
    components: [
      { id: 'shoppers', kind: 'web-client', name: 'Shoppers', entry: { rps: 500, readFraction: 0.9, p99BudgetMs: 200, availabilityObjective: 0.999 }, ...at(0, 0) },
      { id: 'orders', kind: 'stateless-service', name: 'Orders service', instances: 2, zone: 'region', ...at(1, 0) },
      { id: 'oltp', kind: 'relational-primary', name: 'Orders DB', params: { readReplicas: 1 }, zone: 'region', ...at(2, 0) },
      { id: 'cdc', kind: 'cdc-connector', name: 'Debezium', zone: 'region', ...at(3, 0) },
      { id: 'kafka', kind: 'event-stream', name: 'Kafka', params: { hasDeadLetterQueue: true }, zone: 'region', ...at(4, 0) },
      { id: 'sink', kind: 'worker', name: 'Lake writer', instances: 2, zone: 'region', ...at(5, 0) },
      { id: 'lake', kind: 'object-storage', name: 'S3 data lake', zone: 'region', ...at(5, 1.5) },
      {
        id: 'airflow',
        kind: 'scheduler',
        name: 'Airflow',
        entry: { rps: 0.2, readFraction: 0, p99BudgetMs: 300_000, availabilityObjective: 0.99 },
        zone: 'region',
        ...at(1, 2),
      },
      { id: 'etl', kind: 'worker', name: 'ETL tasks', instances: 2, params: { capacityRps: 0.5, p50Ms: 20_000, p99Ms: 60_000 }, zone: 'region', ...at(3, 2) },
      { id: 'warehouse', kind: 'data-warehouse', name: 'Warehouse', params: { p50Ms: 1_500, p99Ms: 12_000 }, zone: 'region', ...at(4, 3) },
      { id: 'analysts', kind: 'web-client', name: 'Analysts', entry: { rps: 4, readFraction: 1, p99BudgetMs: 60_000, availabilityObjective: 0.99 }, ...at(0, 3) },
      { id: 'bi', kind: 'stateless-service', name: 'BI dashboards', instances: 2, zone: 'region', ...at(2, 3) },
    ],
    calls: [
      { id: 'shoppers-orders', from: 'shoppers', to: 'orders', mode: 'sync', timeoutMs: 1_000 },
      { id: 'orders-oltp', from: 'orders', to: 'oltp', mode: 'sync', timeoutMs: 300 },
      // The connector reads the database's log: a write does not wait for it, nor fail without it.
      { id: 'oltp-cdc', from: 'oltp', to: 'cdc', mode: 'async', traffic: 'write', optional: true, label: 'WAL' },
      { id: 'cdc-kafka', from: 'cdc', to: 'kafka', mode: 'async' },
      { id: 'kafka-sink', from: 'kafka', to: 'sink', mode: 'async' },
      { id: 'sink-lake', from: 'sink', to: 'lake', mode: 'sync', timeoutMs: 5_000, retries: 2, backoff: true },
      { id: 'airflow-etl', from: 'airflow', to: 'etl', mode: 'sync', label: 'nightly tasks' },
      { id: 'etl-lake', from: 'etl', to: 'lake', mode: 'sync', callsPerRequest: 4, timeoutMs: 10_000, label: 'read Parquet' },
      { id: 'etl-warehouse', from: 'etl', to: 'warehouse', mode: 'sync', timeoutMs: 120_000, label: 'load' },
      { id: 'analysts-bi', from: 'analysts', to: 'bi', mode: 'sync' },
      { id: 'bi-warehouse', from: 'bi', to: 'warehouse', mode: 'sync', label: 'SQL', timeoutMs: 30_000 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('batch-analytics.pipeline', 'referencePipeline', 'Debezium', 'the change-capture step at the start of the modern data pipeline'),
    namedInPlaybook('batch-analytics.cdc', 'cdc', 'binlog/WAL', 'what the connector reads, so the database never waits for it'),
    namedInPlaybook('batch-analytics.lake', 'warehouse', 'Parquet', 'the open file format a lake on object storage keeps'),
    namedInPlaybook('batch-analytics.warehouse.p99Ms', 'oltpOlap', 'seconds', 'how long an analytical query takes, against milliseconds for a transaction', 'Dashboards on prepared tables: 1.5 s typical, 12 s slow, a minute allowed.'),
    namedInPlaybook('batch-analytics.shoppers.readFraction', 'throughputStorage', '100:1', 'browsing against buying in a shop', 'Nine reads to a write: order pages are written more often than a catalogue is.'),
  ],
};
