// What people write for a kind: a product ("postgres", "kafka", "nginx") or a generic word ("db",
// "queue") instead of the catalog's id. A board file or a Mermaid label may say `kind: "postgres"`; it
// means a relational primary named PostgreSQL. Each name maps to one kind, so a name two kinds share in
// their search aliases (nginx is a reverse proxy and a load balancer) is settled here, for the role
// people most often draw it in.
import { CATALOG, getKind } from './catalog';
import type { KindSpec } from './types';

/** A common name's kind, and the name a component of it takes when it has none of its own. */
export interface CommonName {
  readonly kind: string;
  readonly name?: string;
}

const named = (kind: string, name: string): CommonName => ({ kind, name });
const generic = (kind: string): CommonName => ({ kind });

/** Keys are lowercase without spaces, `_`, `-` or `.` (see `commonNameKey`). */
export const COMMON_NAMES: Readonly<Record<string, CommonName>> = {
  postgres: named('relational-primary', 'PostgreSQL'),
  postgresql: named('relational-primary', 'PostgreSQL'),
  mysql: named('relational-primary', 'MySQL'),
  mariadb: named('relational-primary', 'MariaDB'),
  aurora: named('relational-primary', 'Aurora'),
  rds: named('relational-primary', 'RDS'),
  sqldb: generic('relational-primary'),
  sql: generic('relational-primary'),
  database: generic('relational-primary'),
  db: generic('relational-primary'),
  redis: named('in-memory-cache', 'Redis'),
  valkey: named('in-memory-cache', 'Valkey'),
  memcached: named('in-memory-cache', 'Memcached'),
  elasticache: named('in-memory-cache', 'ElastiCache'),
  cache: generic('in-memory-cache'),
  kafka: named('event-stream', 'Kafka'),
  kinesis: named('event-stream', 'Kinesis'),
  pulsar: named('event-stream', 'Pulsar'),
  redpanda: named('event-stream', 'Redpanda'),
  rabbitmq: named('message-queue', 'RabbitMQ'),
  sqs: named('message-queue', 'SQS'),
  activemq: named('message-queue', 'ActiveMQ'),
  queue: generic('message-queue'),
  s3: named('object-storage', 'S3'),
  gcs: named('object-storage', 'GCS'),
  minio: named('object-storage', 'MinIO'),
  blobstorage: generic('object-storage'),
  dynamodb: named('key-value-store', 'DynamoDB'),
  dynamo: named('key-value-store', 'DynamoDB'),
  cassandra: named('wide-column-store', 'Cassandra'),
  scylladb: named('wide-column-store', 'ScyllaDB'),
  bigtable: named('wide-column-store', 'Bigtable'),
  hbase: named('wide-column-store', 'HBase'),
  mongodb: named('document-store', 'MongoDB'),
  mongo: named('document-store', 'MongoDB'),
  couchbase: named('document-store', 'Couchbase'),
  firestore: named('document-store', 'Firestore'),
  nginx: named('load-balancer-l7', 'NGINX'),
  haproxy: named('load-balancer-l7', 'HAProxy'),
  envoy: named('load-balancer-l7', 'Envoy'),
  traefik: named('reverse-proxy', 'Traefik'),
  varnish: named('reverse-proxy', 'Varnish'),
  elb: named('load-balancer-l7', 'ELB'),
  alb: named('load-balancer-l7', 'ALB'),
  nlb: named('load-balancer-l4', 'NLB'),
  loadbalancer: generic('load-balancer-l7'),
  lb: generic('load-balancer-l7'),
  cloudfront: named('cdn', 'CloudFront'),
  cloudflare: named('cdn', 'Cloudflare'),
  akamai: named('cdn', 'Akamai'),
  fastly: named('cdn', 'Fastly'),
  route53: named('dns', 'Route 53'),
  zookeeper: named('consensus-store', 'ZooKeeper'),
  zk: named('consensus-store', 'ZooKeeper'),
  etcd: named('consensus-store', 'etcd'),
  consul: named('service-discovery', 'Consul'),
  eureka: named('service-discovery', 'Eureka'),
  elasticsearch: named('search-index', 'Elasticsearch'),
  opensearch: named('search-index', 'OpenSearch'),
  solr: named('search-index', 'Solr'),
  lambda: named('serverless-function', 'Lambda'),
  awslambda: named('serverless-function', 'Lambda'),
  snowflake: named('data-warehouse', 'Snowflake'),
  bigquery: named('data-warehouse', 'BigQuery'),
  redshift: named('data-warehouse', 'Redshift'),
  clickhouse: named('data-warehouse', 'ClickHouse'),
  neo4j: named('graph-database', 'Neo4j'),
  influxdb: named('time-series-database', 'InfluxDB'),
  prometheus: named('time-series-database', 'Prometheus'),
  stripe: named('payment-provider', 'Stripe'),
  kong: named('api-gateway', 'Kong'),
  apigateway: generic('api-gateway'),
  sidekiq: named('worker', 'Sidekiq'),
  celery: named('worker', 'Celery'),
  service: generic('stateless-service'),
  microservice: generic('stateless-service'),
  api: generic('stateless-service'),
  browser: generic('web-client'),
  client: generic('web-client'),
};

/** `PostgreSQL`, `Route 53`, `api_gateway` and `load-balancer` read as table keys. */
export function commonNameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Search aliases that belong to exactly one kind resolve as well (`debezium`, `neptune`), nameless. */
const UNIQUE_ALIASES: ReadonlyMap<string, string> = (() => {
  const owners = new Map<string, Set<string>>();
  for (const kind of CATALOG) {
    for (const alias of kind.aliases) {
      const key = commonNameKey(alias);
      owners.set(key, (owners.get(key) ?? new Set()).add(kind.id));
    }
  }
  return new Map([...owners].flatMap(([key, kinds]) => (kinds.size === 1 ? [[key, [...kinds][0] ?? '']] : [])));
})();

/**
 * The kind a name means: a catalog id as it is, else a common name (with the component name it
 * suggests), else a search alias only one kind has. Undefined when nothing matches.
 */
export function resolveKindName(name: string): { readonly kind: KindSpec; readonly name?: string } | undefined {
  const exact = getKind(name);
  if (exact) return { kind: exact };
  const key = commonNameKey(name);
  const common = COMMON_NAMES[key];
  const kind = getKind(common?.kind ?? UNIQUE_ALIASES.get(key) ?? '');
  if (!kind) return undefined;
  return common?.name === undefined ? { kind } : { kind, name: common.name };
}
