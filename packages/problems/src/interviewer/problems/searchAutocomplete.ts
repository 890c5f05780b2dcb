// Search autocomplete: suggestions per prefix are cached at the CDN and in Redis in front of a sharded
// trie service; a daily batch job rebuilds the trie from the query log, which arrives through Kafka.
import { at, framed, fromPlaybook, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.7 Search Autocomplete';

export const SEARCH_AUTOCOMPLETE: ProblemMaterial = {
  id: 'search-autocomplete',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'trie', title: 'Keeps a trie of prefixes with the top-K completions stored at each node', check: null, term: 'Trie' },
    { id: 'shard', title: 'Shards the trie when it outgrows one node, e.g. by the first characters', check: { type: 'serves', kinds: ['key-value-store', 'in-memory-cache'] }, term: 'Shard by first 2 chars' },
    { id: 'batch-update', title: 'Rebuilds from the query log in a daily batch instead of live', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'query log' },
    { id: 'cdn-prefix', title: 'Caches the results of each prefix at the CDN', check: { type: 'serves', kinds: ['cdn'] }, term: 'CDN' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Search autocomplete (reference design)',
    components: [
      {
        id: 'browsers', kind: 'web-client', name: 'Search boxes',
        entry: { dau: 100_000_000, actionsPerUser: 30, peakFactor: 3, readFraction: 0.999, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 1_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (per prefix)', instances: 4, params: { hitRatio: 0.8, ttlSeconds: 3_600 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'suggest', kind: 'stateless-service', name: 'Suggest service', instances: 4, zone: 'region', ...at(3, 1) },
      { id: 'hot', kind: 'in-memory-cache', name: 'Redis hot prefixes', instances: 2, params: { hitRatio: 0.9, ttlSeconds: 3_600 }, zone: 'region', ...at(4, 0) },
      { id: 'tries', kind: 'key-value-store', name: 'Trie shards', instances: 3, zone: 'region', ...at(5, 1) },
      { id: 'log', kind: 'event-stream', name: 'Kafka query log', params: { partitions: 12, consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'builder', kind: 'stream-processor', name: 'Daily trie builder', instances: 2, zone: 'region', ...at(5, 2) },
      { id: 'lake', kind: 'object-storage', name: 'S3 query log', instances: 2, zone: 'region', ...at(6, 2) },
    ],
    calls: [
      { id: 'browsers-cdn', from: 'browsers', to: 'cdn', mode: 'sync', label: 'GET /suggest?q=' },
      { id: 'cdn-gateway', from: 'cdn', to: 'gateway', mode: 'sync', label: 'misses', timeoutMs: 500 },
      { id: 'gateway-suggest', from: 'gateway', to: 'suggest', mode: 'sync', timeoutMs: 300 },
      { id: 'suggest-hot', from: 'suggest', to: 'hot', mode: 'sync', traffic: 'read', timeoutMs: 50 },
      { id: 'hot-tries', from: 'hot', to: 'tries', mode: 'sync', label: 'misses', timeoutMs: 30 },
      { id: 'suggest-log', from: 'suggest', to: 'log', mode: 'async', traffic: 'write', label: 'searched queries' },
      { id: 'log-builder', from: 'log', to: 'builder', mode: 'async' },
      { id: 'builder-lake', from: 'builder', to: 'lake', mode: 'sync', timeoutMs: 2_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('search-autocomplete.builder', SECTION, 'daily', 'how often the trie is rebuilt: suggestions need not be fresh'),
    namedInPlaybook('search-autocomplete.tries', SECTION, 'Trie too big', 'why the trie lives on several shards'),
    fromPlaybook('search-autocomplete.hot.hitRatio', 'scaleSequence', '90', '%', 'the hit rate a first cache should reach'),
    namedInPlaybook('search-autocomplete.cdn', SECTION, 'top results per prefix', 'what the edge caches'),
  ],
};
