// Asynchronous: queues, streams and the processes that move messages between them. A request
// only waits for the enqueue; consumers' time is lag, not request latency.
import { fact, guide, playbook, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { bytes, ms, probability, rps } from '../types';

const BROKER_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', {
    fact: fact('99.95', '%', 'the database in the worked request path'),
    note: 'Not stated for brokers; a broker node is stateful, replicated software like a database node.',
  }),
);
const ONE_BROKER = sourced(
  1,
  playbook('availability', { fact: fact('99.95', '%', 'the database in the worked request path'), note: 'One broker or managed queue per box; add instances for redundancy.' }),
);
const QUEUE_CAPACITY = sourced(
  rps(10_000),
  playbook('queueVsStream', { fact: fact('10k-100k', 'msg/s', 'the throughput of a message queue'), note: 'Low end of 10k-100k msgs/s for a message queue.' }),
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
    fact: term('DLQ', 'the dead-letter queue every queue should have'),
    note: 'Off by default so the linter asks for the dead-letter queue the playbook demands.',
  }),
);
// The producer waits for the broker to take the message, not for a consumer: calls into a broker are
// asynchronous unless the board says otherwise (13.1: producer and consumer decoupled in time).
const ACK_ONLY = sourced(
  true,
  playbook('whyAsync', {
    fact: term('decouples', 'what a broker does between a producer and its consumers'),
    note: 'A call into a broker waits for the enqueue acknowledgement; the consumers run later, as lag.',
  }),
);
const KB_MESSAGE = sourced(bytes(1_000), playbook('throughputStorage', { fact: fact('1', 'KB', 'one record in the storage rule of thumb') }));
const CONNECTOR_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', {
    fact: fact('99.95', '%', 'the app tier in the worked request path'),
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
      asyncByDefault: ACK_ONLY,
      consumers: sourced(
        1,
        playbook('asyncPatterns', {
          fact: term('M workers', 'a work queue drained by any number of workers, one message each'),
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
          fact: fact('100', 'MB/s', 'one Kafka broker, sustained'),
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
          fact: fact('3', 'copies', 'each partition of a production Kafka topic'),
          note: 'Three brokers hold the three replicas.',
        }),
      ),
    },
    traits: {
      stateful: true,
      partitions: sourced(
        6,
        guide('messaging', {
          fact: fact('6', 'partitions', 'the topic in the guide\'s consumer group example, read by 3 consumers'),
          note: 'Two partitions per consumer, so a consumer can be added before the group goes idle.',
        }),
      ),
      consumers: sourced(
        3,
        guide('messaging', {
          fact: fact('3', 'consumers', 'the group in the guide\'s consumer group example, over 6 partitions'),
        }),
      ),
      hasDeadLetterQueue: NO_DLQ,
      asyncByDefault: ACK_ONLY,
      replicationFactor: sourced(3, guide('messaging', { fact: fact('3', 'copies', 'each partition of a production Kafka topic') })),
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
      asyncByDefault: ACK_ONLY,
      consumers: sourced(
        0,
        playbook('asyncPatterns', {
          fact: term('scripted recovery', 'how a dead-letter queue is drained: by hand or by script'),
          note: 'Drained by people or scripts, not a standing consumer.',
        }),
      ),
      recordBytes: KB_MESSAGE,
    },
  },
  {
    id: 'pub-sub-topic',
    label: 'Pub/sub topic',
    family: 'async',
    summary: 'SNS, Google Pub/Sub or Redis pub/sub: one publish, a copy to every subscriber.',
    aliases: ['sns', 'pubsub', 'pub/sub', 'google pub/sub', 'redis pub/sub', 'fan-out topic', 'broadcast'],
    icon: 'stream',
    defaults: { capacityRps: QUEUE_CAPACITY, p50: ENQUEUE_P50, p99: ENQUEUE_P99, availability: BROKER_AVAILABILITY, instances: ONE_BROKER },
    traits: {
      stateful: true,
      asyncByDefault: sourced(
        true,
        playbook('asyncPatterns', {
          fact: term('Pub-sub / fan-out', 'one publish, a copy for every subscriber'),
          note: 'The publisher waits for the topic to take the message; each subscriber works on its copy later.',
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
          fact: fact('10K+', 'msg/s', 'one partition on a Kafka broker'),
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
          fact: term('checkpoint', 'stream processors saving their state to durable storage'),
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
          fact: fact('10K+', 'msg/s', 'one partition on a Kafka broker'),
          note: 'Not stated for connectors; it writes to a partitioned topic at partition speed.',
        }),
      ),
      p50: sourced(
        ms(100),
        playbook('cdc', {
          fact: term('near-real-time', 'replication from a database through CDC'),
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
          fact: term('Outbox', 'writing the event with the data, then publishing it'),
          note: 'Not in the playbook; a polling relay reads batches from a table, ~1K events/s.',
        }),
      ),
      p50: sourced(
        ms(500),
        guide('distributedSystems', {
          fact: term('every second', 'how often the outbox relay in the guide polls'),
          note: 'A one-second poll: an event waits half the interval on average.',
        }),
      ),
      p99: sourced(
        ms(1_000),
        guide('distributedSystems', {
          fact: term('every second', 'how often the outbox relay in the guide polls'),
          note: 'At worst a full polling interval.',
        }),
      ),
      availability: CONNECTOR_AVAILABILITY,
      instances: sourced(1, playbook('asyncPatterns', { note: 'One relay publishes in commit order.' })),
    },
    traits: { stateful: false },
  },
];
