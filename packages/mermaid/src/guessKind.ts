// A kind for a node from the words of its name: "Postgres" is a relational database, "Redis" a cache,
// "Kafka" an event stream, "LB" a load balancer. Names put their head noun last ("Kafka consumer" is a
// consumer, "Order DB" a database), so among the words that name a kind the one ending last wins, then
// the longer phrase ("push gateway" over "gateway"). A name with no such word becomes a stateless service,
// and the caller says so. Only kinds of `@napkin/catalog` are named (a test checks every one exists).
import type { ZoneLevel } from '@napkin/fields';

/** One rule: words (a regular expression over the normalised name, see `normalise`) and the kind they name. */
type Rule = readonly [pattern: string, kind: string];

// Product names first, generic words last; order only breaks ties between equal matches.
const RULES: readonly Rule[] = [
  ['dlq|dead letter( queue)?', 'dead-letter-queue'],
  ['(read )?replicas?|follower', 'relational-read-replica'],
  ['debezium|cdc|change data capture|kafka connect', 'cdc-connector'],
  ['outbox( relay)?', 'outbox-relay'],
  ['flink|spark streaming|kafka streams|stream processor|beam|dataflow', 'stream-processor'],
  ['sns|pub ?sub( topic)?|publish subscribe|fan out topic', 'pub-sub-topic'],
  ['kafka|kinesis|pulsar|redpanda|event (stream|bus|hubs?|log)|topics?|streams?', 'event-stream'],
  ['sqs|rabbit ?mq|rabbit|active ?mq|amqp|nats|(message |job |task )?queues?|mq', 'message-queue'],
  ['redis lock|red ?lock|distributed lock|lock( service)?|mutex', 'distributed-lock'],
  ['redis|valkey|memcached?|elasti ?cache|caches?|caching', 'in-memory-cache'],
  ['dynamo ?db|dynamo|riak|foundation ?db|key ?value( store)?|kv( store)?', 'key-value-store'],
  ['mongo ?db|mongo|couchbase|couch ?db|firestore|document ?db|document store', 'document-store'],
  ['cassandra|scylla ?db|scylla|hbase|big ?table|wide column( store)?', 'wide-column-store'],
  ['elastic ?search|elastic|open ?search|solr|typesense|search( index| engine)?', 'search-index'],
  ['snowflake|big ?query|red ?shift|click ?house|warehouse|dwh|olap|lake ?house|data lake', 'data-warehouse'],
  ['influx ?db|influx|timescale ?db|prometheus|tsdb|time ?series( db| database)?', 'time-series-database'],
  ['neo ?4 ?j|neptune|janus ?graph|graph (db|database)', 'graph-database'],
  ['pinecone|weaviate|qdrant|milvus|pg ?vector|vector (db|database|index|store)', 'vector-index'],
  ['s ?3|gcs|blob( storage| store)?|buckets?|object (storage|store)|minio|(file )?storage|file store', 'object-storage'],
  [
    'postgre ?sql|postgres|pg|my ?sql|maria ?db|aurora|rds|oracle|sql server|ms ?sql|sqlite|sql|rdbms|databases?|db|primary',
    'relational-primary',
  ],
  ['cdn|cloud ?front|akamai|fastly|cloudflare|edge cache', 'cdn'],
  ['dns|route ?53', 'dns'],
  ['api ?gateway|api ?gw|gateway|kong|apigee|bff', 'api-gateway'],
  ['waf|firewall', 'waf'],
  ['rate ?limiter|throttler?', 'rate-limiter'],
  ['nlb|l ?4( lb| load balancer)?|network load balancer', 'load-balancer-l4'],
  ['lb|load ?balancer|alb|elb|ha ?proxy|envoy|ingress|traefik|nginx|l ?7( lb| load balancer)?', 'load-balancer-l7'],
  ['reverse proxy|proxy|varnish', 'reverse-proxy'],
  ['web ?sockets?( gateway| server)?|ws gateway|socket( server)?|realtime|real time|sse', 'websocket-gateway'],
  // Longer phrases first: alternatives are tried in order at each place, and the first that fits is taken.
  ['(push )?notification gateway|push( notifications?| gateway| service)?|ap ?ns|fcm|firebase messaging', 'push-gateway'],
  ['ses|send ?grid|twilio|mailgun|postmark|e ?mail|sms', 'email-sms-provider'],
  ['stripe|adyen|pay ?pal|braintree|payment (provider|gateway|processor)|psp', 'payment-provider'],
  ['third party( api)?|3 ?rd party( api)?|external( api| service)?|partner( api)?|vendor( api)?', 'third-party-api'],
  ['lambda|functions?|faas|serverless', 'serverless-function'],
  ['cron( jobs?)?|scheduler|airflow|temporal', 'scheduler'],
  ['workers?|consumers?|celery|sidekiq|(background|batch) jobs?|jobs?', 'worker'],
  ['etcd|zoo ?keeper|zk|raft|consensus( store)?', 'consensus-store'],
  ['service (discovery|registry)|eureka|consul', 'service-discovery'],
  ['(mobile|i ?os|android) (app|client)s?|mobile|i ?os|android|phones?', 'mobile-client'],
  ['users?|clients?|browsers?|web client|frontend|spa|customers?|visitors?', 'web-client'],
  ['(micro)?services?|api|apis|servers?|app( server)?|apps|backend|monolith|svc', 'stateless-service'],
];

const COMPILED = RULES.map(([pattern, kind]) => ({ pattern: new RegExp(`(?<![a-z0-9])(?:${pattern})(?![a-z0-9])`, 'g'), kind }));

/** The kind a name's guess fell back to, for names none of the rules recognise. */
export const UNKNOWN_NAME_KIND = 'stateless-service';

/**
 * Lower case words: "OrderDB" → "order db", "MySQL" → "my sql", "api-gateway" → "api gateway", "DC1" →
 * "dc 1". Rules allow the optional space inside product names ("my ?sql", "s ?3") so both spellings match.
 */
export function normalise(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The kind a name names, or undefined when no rule recognises it. */
export function guessKind(name: string): string | undefined {
  const text = normalise(name);
  let best: { kind: string; end: number; length: number } | undefined;
  for (const { pattern, kind } of COMPILED) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const length = match[0].length;
      const end = match.index + length;
      if (length > 0 && (best === undefined || end > best.end || (end === best.end && length > best.length))) best = { kind, end, length };
      if (length === 0) pattern.lastIndex += 1;
    }
  }
  return best?.kind;
}

/** Every kind the rules can name (the test checks each against the catalog). */
export const GUESSABLE_KINDS: readonly string[] = [...new Set(RULES.map(([, kind]) => kind))];

const LEVEL_RULES: readonly (readonly [RegExp, ZoneLevel])[] = [
  [/(?<![a-z0-9])(data ?cent(er|re)s?|dc|colo|on prem)(?![a-z0-9])/, 'data-centre'],
  [/(?<![a-z0-9])(az|availability zones?|zones?|[a-z]{2} [a-z]+ \d+ ?[a-z])(?![a-z0-9])/, 'availability-zone'],
  [/(?<![a-z0-9])(regions?|[a-z]{2} [a-z]+ \d+|geo)(?![a-z0-9])/, 'region'],
];

/** A subgraph's level from its title ("us-east-1" a region, "eu-west-1a" a zone), if the title says. */
export function guessZoneLevel(title: string): ZoneLevel | undefined {
  const text = normalise(title);
  return LEVEL_RULES.find(([pattern]) => pattern.test(text))?.[1];
}
