// News feed: timelines are precomputed into Redis by fan-out workers fed from Kafka (push for most
// authors); a timeline read is one cache lookup, photos come from the CDN, search from Elasticsearch.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.3 News Feed / Twitter Timeline';

export const NEWS_FEED: ProblemMaterial = {
  id: 'news-feed',
  section: SECTION,
  applies: { readCache: true, mediaCdn: true, asyncQueue: true },
  points: [
    { id: 'fan-out', title: 'Weighs fan-out on write against fan-out on read and picks a hybrid for accounts with huge followings', check: null, term: 'Hybrid' },
    { id: 'timeline-cache', title: 'Keeps each user\'s timeline precomputed in an in-memory cache', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'timeline cache' },
    { id: 'media-cdn', title: 'Serves photos and video from a CDN', check: { type: 'serves', kinds: ['cdn'] }, term: 'media in CDN' },
    { id: 'async-fan-out', title: 'Fans posts out to followers asynchronously through a queue', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'async fan-out' },
    { id: 'ranking', title: 'Names the ranking signals that order the timeline', check: null, term: 'ranking signals' },
    { id: 'search', title: 'Puts post search in a search index fed off the write path', check: { type: 'serves', kinds: ['search-index'] }, term: 'Elasticsearch' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'News feed (reference design)',
    components: [
      {
        id: 'clients', kind: 'mobile-client', name: 'Apps',
        entry: { dau: 200_000_000, actionsPerUser: 20, peakFactor: 2, readFraction: 0.98, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 5_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (photos)', instances: 4, params: { hitRatio: 0.95, ttlSeconds: 86_400 }, ...at(1, 0) },
      { id: 'media', kind: 'object-storage', name: 'S3 media', instances: 2, zone: 'region', ...at(2, 0) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 8, zone: 'region', ...at(2, 2) },
      { id: 'timeline', kind: 'stateless-service', name: 'Timeline service', instances: 16, zone: 'region', ...at(2, 1) },
      { id: 'timelines', kind: 'in-memory-cache', name: 'Redis timelines', instances: 4, params: { hitRatio: 0.95, ttlSeconds: 86_400 }, zone: 'region', ...at(3, 0) },
      { id: 'posts', kind: 'wide-column-store', name: 'Cassandra posts', instances: 9, zone: 'region', ...at(4, 0) },
      { id: 'events', kind: 'event-stream', name: 'Kafka new posts', params: { partitions: 24, consumers: 12, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'fanout', kind: 'worker', name: 'Fan-out workers', instances: 12, zone: 'region', ...at(4, 2) },
      { id: 'search', kind: 'search-index', name: 'Elasticsearch posts', instances: 6, zone: 'region', ...at(5, 1) },
      { id: 'indexer', kind: 'worker', name: 'Search indexer', instances: 3, zone: 'region', ...at(4, 1) },
    ],
    calls: [
      { id: 'clients-cdn', from: 'clients', to: 'cdn', mode: 'sync', traffic: 'read', label: 'photos' },
      { id: 'cdn-media', from: 'cdn', to: 'media', mode: 'sync', label: 'misses', timeoutMs: 500 },
      { id: 'clients-gateway', from: 'clients', to: 'gateway', mode: 'sync', label: 'GET /timeline, POST /posts', timeoutMs: 1_000 },
      { id: 'gateway-timeline', from: 'gateway', to: 'timeline', mode: 'sync', timeoutMs: 500 },
      { id: 'timeline-timelines', from: 'timeline', to: 'timelines', mode: 'sync', traffic: 'read', timeoutMs: 100 },
      { id: 'timelines-posts', from: 'timelines', to: 'posts', mode: 'sync', label: 'misses: rebuild', timeoutMs: 100 },
      { id: 'timeline-posts', from: 'timeline', to: 'posts', mode: 'sync', traffic: 'write', label: 'store post', timeoutMs: 100 },
      { id: 'timeline-events', from: 'timeline', to: 'events', mode: 'async', traffic: 'write', label: 'post created' },
      { id: 'events-fanout', from: 'events', to: 'fanout', mode: 'async' },
      { id: 'fanout-timelines', from: 'fanout', to: 'timelines', mode: 'sync', callsPerRequest: 20, label: 'push to followers (batched)', timeoutMs: 100, retries: 2, backoff: true },
      { id: 'events-indexer', from: 'events', to: 'indexer', mode: 'async' },
      { id: 'indexer-search', from: 'indexer', to: 'search', mode: 'sync', timeoutMs: 1_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('news-feed.timelines', SECTION, 'sorted set per user', 'how each precomputed timeline is kept in Redis'),
    namedInPlaybook('news-feed.fanout', SECTION, 'celebrity', 'the authors whose posts are pulled at read time instead of pushed'),
    namedInPlaybook('news-feed.clients.readFraction', 'throughputStorage', '100:1', 'reads against writes on a social feed', 'Taken as 50:1 here: timelines are read far more often than posted to.'),
    namedInPlaybook('news-feed.cdn', 'cdn', 'TTL', 'how long an edge keeps a photo', 'A day: a photo never changes once posted.'),
  ],
};
