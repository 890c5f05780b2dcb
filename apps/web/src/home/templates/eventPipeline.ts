// Event-driven pipeline: an ingest API accepts events and hands them to Kafka at once; a consumer group
// of workers enriches them into Cassandra, and the few that need a person told go through a queue (with a
// dead-letter queue) to a notifier. The request path ends at Kafka; everything after it is lag.
import { at, framed } from './frames';
import type { Template } from './template';
import { fromPlaybook, namedInPlaybook } from './template';

export const EVENT_PIPELINE: Template = {
  id: 'event-pipeline',
  title: 'Event-driven pipeline with queues and workers',
  summary: '3,000 events/s into Kafka (12 partitions), six enrichment workers into Cassandra, notifications through SQS with a DLQ.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Event-driven pipeline',
    components: [
      { id: 'producers', kind: 'web-client', name: 'Producers', entry: { rps: 3_000, readFraction: 0, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 1_000 }, ...at(0, 1) },
      { id: 'ingest', kind: 'stateless-service', name: 'Ingest API', instances: 2, params: { p50Ms: 3, p99Ms: 15 }, zone: 'region', ...at(1, 1) },
      { id: 'kafka', kind: 'event-stream', name: 'Kafka', params: { partitions: 12, consumers: 6, hasDeadLetterQueue: true }, zone: 'region', ...at(2, 1) },
      { id: 'enrich', kind: 'worker', name: 'Enrichment workers', instances: 6, zone: 'region', ...at(3, 0) },
      { id: 'events', kind: 'wide-column-store', name: 'Cassandra', instances: 3, zone: 'region', ...at(4, 0) },
      { id: 'queue', kind: 'message-queue', name: 'SQS notifications', params: { consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'notifier', kind: 'worker', name: 'Notifier', instances: 2, zone: 'region', ...at(4, 2) },
      { id: 'email', kind: 'email-sms-provider', name: 'Email provider', ...at(5, 2) },
    ],
    calls: [
      { id: 'producers-ingest', from: 'producers', to: 'ingest', mode: 'sync', label: 'POST /events', timeoutMs: 500 },
      { id: 'ingest-kafka', from: 'ingest', to: 'kafka', mode: 'async', label: 'publish' },
      { id: 'kafka-enrich', from: 'kafka', to: 'enrich', mode: 'async', label: 'consume' },
      { id: 'enrich-events', from: 'enrich', to: 'events', mode: 'sync', timeoutMs: 200, retries: 2, backoff: true },
      { id: 'enrich-queue', from: 'enrich', to: 'queue', mode: 'async', fraction: 0.01, label: 'needs a person' },
      { id: 'queue-notifier', from: 'queue', to: 'notifier', mode: 'async' },
      { id: 'notifier-email', from: 'notifier', to: 'email', mode: 'sync', timeoutMs: 3_000, retries: 3, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-central-1' }],
  }),
  citations: [
    namedInPlaybook('event-pipeline.producers.readFraction', 'throughputStorage', '1:100', 'event ingest: nearly every request a write', 'Taken as writes only.'),
    namedInPlaybook('event-pipeline.kafka', 'queueVsStream', 'Event Stream', 'a retained log many consumers can read and replay', 'A stream for the events (replayable), a queue for the jobs.'),
    namedInPlaybook('event-pipeline.kafka.consumers', 'kafka', 'consumer groups', 'each partition read by a single consumer of a group', 'Twelve partitions leave room to double the six consumers without repartitioning.'),
    fromPlaybook('event-pipeline.kafka.partitions', 'capacityCard', '10K+', 'msg/s', 'what one Kafka partition carries', 'Twelve partitions are for consumer parallelism, far more than throughput needs.'),
    fromPlaybook('event-pipeline.events', 'capacityCard', '10K', 'writes/s', 'what one Cassandra node takes', 'Three nodes for 3,000 writes/s, and the replication factor of three.'),
    namedInPlaybook('event-pipeline.queue.hasDeadLetterQueue', 'asyncPatterns', 'DLQ', 'where messages that keep failing are parked for repair'),
    namedInPlaybook('event-pipeline.retries', 'deliverySemantics', 'At-least-once', 'the delivery a retrying consumer gives, so writes must be idempotent'),
    namedInPlaybook('event-pipeline.pattern', 'eventDriven', 'Event-Driven Architecture', 'services that talk through events on a bus instead of calls'),
  ],
};
