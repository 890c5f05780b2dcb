// URL shortener: redirects are nearly all the traffic, so they stop at the CDN (which caches the 301)
// or at Redis in front of the key-value store; every click goes to Kafka and is counted off the path.
import { at, framed, fromPlaybook, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.1 URL Shortener (TinyURL / bit.ly)';

export const URL_SHORTENER: ProblemMaterial = {
  id: 'url-shortener',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'encoding', title: 'Encodes a unique id in base62 (or hashes and retries on a collision) and sizes the code length', check: null, term: 'base62' },
    { id: 'id-generation', title: 'Says where unique ids come from: a range allocator, a Snowflake-style generator or a sequence', check: null, term: 'range allocator' },
    { id: 'key-value', title: 'Stores code → long URL in a key-value store sized for a read-heavy load', check: { type: 'serves', kinds: ['key-value-store'] }, term: 'KV' },
    { id: 'hot-cache', title: 'Caches hot codes in memory and lets the CDN serve the redirect itself', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'LRU' },
    { id: 'analytics-async', title: 'Counts clicks from an event stream, never with a row written per click on the redirect path', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'async event stream' },
    { id: 'aliases-expiry', title: 'Checks custom aliases for uniqueness and expires links lazily from a TTL', check: null, term: 'lazy delete' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'URL shortener (reference design)',
    components: [
      {
        id: 'clients', kind: 'web-client', name: 'Browsers',
        entry: { dau: 50_000_000, actionsPerUser: 10, peakFactor: 3, readFraction: 0.99, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 500 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (caches 301s)', instances: 3, params: { hitRatio: 0.6, ttlSeconds: 300 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'api', kind: 'stateless-service', name: 'Redirect + create API', instances: 4, zone: 'region', ...at(3, 1) },
      { id: 'cache', kind: 'in-memory-cache', name: 'Redis (hot codes)', instances: 3, params: { hitRatio: 0.9, ttlSeconds: 3_600 }, zone: 'region', ...at(4, 0) },
      { id: 'links', kind: 'key-value-store', name: 'DynamoDB links', instances: 3, zone: 'region', ...at(5, 1) },
      { id: 'clicks', kind: 'event-stream', name: 'Kafka clicks', params: { partitions: 12, consumers: 3, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'counter', kind: 'stream-processor', name: 'Click aggregator', instances: 3, zone: 'region', ...at(5, 2) },
      { id: 'stats', kind: 'wide-column-store', name: 'Cassandra daily counts', instances: 3, zone: 'region', ...at(6, 2) },
    ],
    calls: [
      { id: 'clients-cdn', from: 'clients', to: 'cdn', mode: 'sync', label: 'GET /{code}' },
      { id: 'cdn-gateway', from: 'cdn', to: 'gateway', mode: 'sync', label: 'misses and creates', timeoutMs: 1_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 500 },
      { id: 'api-cache', from: 'api', to: 'cache', mode: 'sync', traffic: 'read', timeoutMs: 20 },
      { id: 'cache-links', from: 'cache', to: 'links', mode: 'sync', label: 'misses', timeoutMs: 100 },
      { id: 'api-links', from: 'api', to: 'links', mode: 'sync', traffic: 'write', label: 'create', timeoutMs: 100 },
      { id: 'api-clicks', from: 'api', to: 'clicks', mode: 'async', traffic: 'read', label: 'click event' },
      { id: 'clicks-counter', from: 'clicks', to: 'counter', mode: 'async', label: 'consume' },
      { id: 'counter-stats', from: 'counter', to: 'stats', mode: 'sync', timeoutMs: 200, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('url-shortener.clients.readFraction', SECTION, '100:1', 'redirects against link creations', 'Taken as 99 % reads.'),
    namedInPlaybook('url-shortener.cdn', SECTION, '301', 'the redirect an edge may cache for popular codes'),
    fromPlaybook('url-shortener.cache.hitRatio', 'scaleSequence', '90', '%', 'the hit rate a first cache should reach'),
    namedInPlaybook('url-shortener.clicks', SECTION, 'batch aggregation', 'how clicks become daily counts, away from the redirect'),
    namedInPlaybook('url-shortener.links', 'nosqlFamilies', 'Key-Value', 'a store read by one key at a time'),
  ],
};
