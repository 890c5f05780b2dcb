// Guessing a kind from a node's name: product names, generic words, the head noun winning ("Kafka
// consumer" is a consumer), every catalog label naming its own kind, and only kinds the catalog has.
import { CATALOG, getKind } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { GUESSABLE_KINDS, guessKind, guessZoneLevel, normalise } from './guessKind.js';

const NAMES: readonly (readonly [name: string, kind: string | undefined])[] = [
  ['Postgres', 'relational-primary'],
  ['PostgreSQL', 'relational-primary'],
  ['MySQL', 'relational-primary'],
  ['OrdersDB', 'relational-primary'],
  ['User DB', 'relational-primary'],
  ['Postgres replica', 'relational-read-replica'],
  ['Redis', 'in-memory-cache'],
  ['Memcached', 'in-memory-cache'],
  ['Session cache', 'in-memory-cache'],
  ['Kafka', 'event-stream'],
  ['Kafka consumer', 'worker'],
  ['SQS', 'message-queue'],
  ['RabbitMQ', 'message-queue'],
  ['Job queue', 'message-queue'],
  ['DLQ', 'dead-letter-queue'],
  ['LB', 'load-balancer-l7'],
  ['Load balancer', 'load-balancer-l7'],
  ['NLB', 'load-balancer-l4'],
  ['CDN', 'cdn'],
  ['CloudFront', 'cdn'],
  ['DNS', 'dns'],
  ['Route 53', 'dns'],
  ['API gateway', 'api-gateway'],
  ['APIGateway', 'api-gateway'],
  ['S3', 'object-storage'],
  ['Neo4j', 'graph-database'],
  ['NLB (L4)', 'load-balancer-l4'],
  ['Blob storage', 'object-storage'],
  ['Image bucket', 'object-storage'],
  ['Thumbnail worker', 'worker'],
  ['Workers', 'worker'],
  ['Users', 'web-client'],
  ['Client', 'web-client'],
  ['Browser', 'web-client'],
  ['Mobile app', 'mobile-client'],
  ['iOS', 'mobile-client'],
  ['DynamoDB', 'key-value-store'],
  ['MongoDB', 'document-store'],
  ['Cassandra', 'wide-column-store'],
  ['Elasticsearch', 'search-index'],
  ['Snowflake', 'data-warehouse'],
  ['Data warehouse', 'data-warehouse'],
  ['APNs', 'push-gateway'],
  ['Push gateway', 'push-gateway'],
  ['Stripe', 'payment-provider'],
  ['SendGrid', 'email-sms-provider'],
  ['Lambda', 'serverless-function'],
  ['Cron job', 'scheduler'],
  ['Flink', 'stream-processor'],
  ['Debezium', 'cdc-connector'],
  ['ZooKeeper', 'consensus-store'],
  ['WebSocket gateway', 'websocket-gateway'],
  ['Orders API', 'stateless-service'],
  ['Search service', 'stateless-service'],
  ['Email service', 'stateless-service'],
  ['Backend', 'stateless-service'],
  ['Auth', undefined],
  ['Ledger', undefined],
  ['Spam checker', undefined],
];

describe('guessKind', () => {
  it.each(NAMES)('%s → %s', (name, kind) => {
    expect(guessKind(name)).toBe(kind);
  });

  it('reads every catalog label as its own kind', () => {
    const misread = CATALOG.filter((kind) => kind.family !== 'zone' && guessKind(kind.label) !== kind.id).map((kind) => `${kind.label} → ${guessKind(kind.label)}`);
    expect(misread).toEqual([]);
  });

  it('names only kinds the catalog has', () => {
    expect(GUESSABLE_KINDS.filter((kind) => getKind(kind) === undefined)).toEqual([]);
  });

  it('splits words the way names are written', () => {
    expect(normalise('OrderDB')).toBe('order db');
    expect(normalise('MySQL')).toBe('my sql');
    expect(normalise('api-gateway_v2')).toBe('api gateway v 2');
    expect(normalise('APIGateway')).toBe('api gateway');
    expect(normalise('DC1 us-east-1a')).toBe('dc 1 us east 1 a');
  });
});

describe('guessZoneLevel', () => {
  it.each([
    ['us-east-1', 'region'],
    ['Region EU', 'region'],
    ['eu-west-1a', 'availability-zone'],
    ['AZ 2', 'availability-zone'],
    ['Availability zone', 'availability-zone'],
    ['Primary data center', 'data-centre'],
    ['DC1', 'data-centre'],
    ['dc 1', 'data-centre'],
    ['Backend', undefined],
  ])('%s → %s', (title, level) => {
    expect(guessZoneLevel(title)).toBe(level);
  });
});
