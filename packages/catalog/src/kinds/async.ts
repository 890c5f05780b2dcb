// Asynchronous: queues, streams and the processes that move messages between them. A request
// only waits for the enqueue; consumers' time is lag, not request latency.
import { guide, playbook, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { bytes, ms, probability, rps } from '../types';

const BROKER_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', {
    quote: 'DB (99.95%)',
    note: 'Not stated for brokers; a broker node is stateful, replicated software like a database node.',
  }),
);
const ONE_BROKER = sourced(
  1,
  playbook('availability', { quote: 'DB (99.95%)', note: 'One broker or managed queue per box; add instances for redundancy.' }),
);
const QUEUE_CAPACITY = sourced(
  rps(10_000),
  playbook('queueVsStream', { quote: '| Throughput | High (10k', note: 'Low end of 10k-100k msgs/s for a message queue.' }),
);
const ENQUEUE_P50 = sourced(
  ms(1),
  playbook('queueVsStream', {
    note: 'Not in the playbook; an acknowledged enqueue on a same-zone broker, ~1 ms.',
  }),
);
const ENQUEUE_P99 = sourced(
  ms(10),
  playbook('queueVsStream', {
    note: 'Not in the playbook; disk flush and replication acks put the tail at ~10 ms.',
  }),
);
const NO_DLQ = sourced(
  false,
  playbook('asyncPatterns', {
    quote: 'Always configure one.',
    note: 'Off by default so the linter asks for the dead-letter queue the playbook demands.',
  }),
);
const KB_MESSAGE = sourced(bytes(1_000), playbook('throughputStorage', { quote: 'a 1 KB record at 1,000 QPS' }));
const CONNECTOR_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', {
    quote: 'App (99.95%)',
    note: 'Not stated; a connector or relay is a process like an app instance.',
  }),
);
const ONE_TASK = sourced(1, playbook('cdc', { note: 'One connector task per source database keeps the change order.' }));

export const ASYNC_KINDS: readonly KindSpec[] = [
  {
    id: 'message-queue',
    label: 'Message queue',
    family: 'async',
    summary: 'RabbitMQ or SQS: point-to-point delivery, message removed after ack; jobs and retryable RPC.',
    aliases: ['rabbitmq', 'sqs', 'activemq', 'queue', 'amqp', 'job queue'],
    icon: 'queue',
    defaults: { capacityRps: QUEUE_CAPACITY, p50: ENQUEUE_P50, p99: ENQUEUE_P99, availability: BROKER_AVAILABILITY, instances: ONE_BROKER },
    traits: {
      stateful: true,
      hasDeadLetterQueue: NO_DLQ,
      consumers: sourced(
        1,
        playbook('asyncPatterns', {
          quote: 'M workers, one worker per message',
          note: 'Starts with one consumer; add workers to drain faster.',
        }),
      ),
      recordBytes: KB_MESSAGE,
    },
  },
  {
    id: 'event-stream',
    label: 'Event stream',
    family: 'async',
    summary: 'Kafka, Pulsar or Kinesis: a partitioned, retained log with replay and many consumer groups.',
    aliases: ['kafka', 'pulsar', 'kinesis', 'event bus', 'log', 'topic', 'redpanda'],
    icon: 'stream',
    defaults: {
      capacityRps: sourced(
        rps(100_000),
        playbook('capacityCard', {
          quote: '| Kafka broker | 100 MB/s sustained, 10K+ msg/s per partition |',
          note: '100 MB/s of 1 KB messages is 100K msgs/s per broker.',
        }),
      ),
      p50: sourced(
        ms(2),
        playbook('kafka', {
          note: 'Not in the playbook; an append acknowledged by the in-sync replicas, ~2 ms.',
        }),
      ),
      p99: sourced(
        ms(20),
        playbook('kafka', {
          note: 'Not in the playbook; leader flushes and slow followers put the tail at ~20 ms.',
        }),
      ),
      availability: BROKER_AVAILABILITY,
      instances: sourced(
        3,
        guide('messaging', {
          quote: 'Replication factor = 3 for production (ISR)',
          note: 'Three brokers hold the three replicas.',
        }),
      ),
    },
    traits: {
      stateful: true,
      partitions: sourced(
        6,
        guide('messaging', {
          quote: '3 consumers',
          note: 'The guide\'s consumer group example: 3 consumers x 6 partitions.',
        }),
      ),
      consumers: sourced(
        3,
        guide('messaging', {
          quote: '3 consumers',
          note: 'The guide\'s consumer group example: 3 consumers x 6 partitions.',
        }),
      ),
      hasDeadLetterQueue: NO_DLQ,
      replicationFactor: sourced(3, guide('messaging', { quote: 'Replication factor = 3 for production (ISR)' })),
      recordBytes: KB_MESSAGE,
    },
  },
  {
    id: 'dead-letter-queue',
    label: 'Dead-letter queue',
    family: 'async',
    summary: 'Where messages that fail repeatedly land for manual or scripted recovery.',
    aliases: ['dlq', 'dead letter', 'poison queue', 'parking lot'],
    icon: 'dead-letter',
    defaults: { capacityRps: QUEUE_CAPACITY, p50: ENQUEUE_P50, p99: ENQUEUE_P99, availability: BROKER_AVAILABILITY, instances: ONE_BROKER },
    traits: {
      stateful: true,
      consumers: sourced(
        0,
        playbook('asyncPatterns', {
          quote: 'messages that fail repeatedly land in DLQ for manual / scripted recovery',
          note: 'Drained by people or scripts, not a standing consumer.',
        }),
      ),
      recordBytes: KB_MESSAGE,
    },
  },
  {
    id: 'stream-processor',
    label: 'Stream processor',
    family: 'async',
    summary: 'Flink, Kafka Streams or Spark Structured Streaming: continuous windowed, stateful queries.',
    aliases: ['flink', 'kafka streams', 'spark streaming', 'beam', 'dataflow', 'materialize'],
    icon: 'processor',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityCard', {
          quote: '10K+ msg/s per partition',
          note: 'A processor task keeps up with one partition: 10K events/s.',
        }),
      ),
      p50: sourced(
        ms(10),
        playbook('streamProcessing', {
          note: 'Not in the playbook; per-event operator time with state lookups in local RocksDB, ~10 ms.',
        }),
      ),
      p99: sourced(
        ms(100),
        playbook('streamProcessing', {
          quote: 'checkpoint state to durable storage',
          note: 'Checkpoint barriers stall operators; tail taken at 10x the median.',
        }),
      ),
      availability: CONNECTOR_AVAILABILITY,
      instances: sourced(
        1,
        playbook('streamProcessing', {
          note: 'One task to start; parallelism is bounded by the partitions it reads.',
        }),
      ),
    },
    traits: { stateful: true },
  },
  {
    id: 'cdc-connector',
    label: 'CDC connector',
    family: 'async',
    summary: 'Debezium-style change data capture: streams the database WAL/binlog into an event stream.',
    aliases: ['debezium', 'change data capture', 'cdc', 'aws dms', 'kafka connect', 'binlog'],
    icon: 'cdc',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityCard', {
          quote: '10K+ msg/s per partition',
          note: 'Not stated for connectors; it writes to a partitioned topic at partition speed.',
        }),
      ),
      p50: sourced(
        ms(100),
        playbook('cdc', {
          quote: 'near-real-time',
          note: 'Not in the playbook; WAL polling and batching make ~100 ms of lag.',
        }),
      ),
      p99: sourced(
        ms(1_000),
        playbook('cdc', {
          note: 'Not in the playbook; a second of lag at the tail, under bursts or connector rebalances.',
        }),
      ),
      availability: CONNECTOR_AVAILABILITY,
      instances: ONE_TASK,
    },
    traits: { stateful: true },
  },
  {
    id: 'outbox-relay',
    label: 'Outbox relay',
    family: 'async',
    summary: 'Publishes rows written atomically to an outbox table with the business change; no dual writes.',
    aliases: ['outbox', 'transactional outbox', 'relay', 'message relay', 'polling publisher'],
    icon: 'outbox',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('asyncPatterns', {
          quote: 'Outbox + CDC: atomic write to DB + event table',
          note: 'Not in the playbook; a polling relay reads batches from a table, ~1K events/s.',
        }),
      ),
      p50: sourced(
        ms(500),
        guide('distributedSystems', {
          quote: 'Separate relay (runs every second, or CDC-based):',
          note: 'A one-second poll: an event waits half the interval on average.',
        }),
      ),
      p99: sourced(
        ms(1_000),
        guide('distributedSystems', {
          quote: 'Separate relay (runs every second, or CDC-based):',
          note: 'At worst a full polling interval.',
        }),
      ),
      availability: CONNECTOR_AVAILABILITY,
      instances: sourced(1, playbook('asyncPatterns', { note: 'One relay publishes in commit order.' })),
    },
    traits: { stateful: false },
  },
];
