// Web crawler: a priority frontier in Redis with per-host politeness, fetchers that check a Bloom
// filter before fetching, raw pages into S3, and an index pipeline into Elasticsearch through Kafka.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.8 Web Crawler';

export const WEB_CRAWLER: ProblemMaterial = {
  id: 'web-crawler',
  section: SECTION,
  applies: { readCache: false, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'frontier', title: 'Keeps the frontier in a priority queue and limits the rate per host', check: { type: 'async-into', kinds: ['message-queue', 'event-stream'] }, term: 'politeness' },
    { id: 'dedupe', title: 'Deduplicates URLs with a Bloom filter', check: null, term: 'Bloom filter' },
    { id: 'workers-dns', title: 'Runs distributed fetchers with DNS and robots.txt caches', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'DNS cache' },
    { id: 'storage-index', title: 'Stores raw pages in an object store and feeds an indexing pipeline', check: { type: 'serves', kinds: ['object-storage'] }, term: 'object store for raw pages' },
    { id: 'traps', title: 'Detects spider traps with a depth limit and content hashes', check: null, term: 'spider traps' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Web crawler (reference design)',
    components: [
      {
        id: 'seeds', kind: 'web-client', name: 'Crawl schedule (per site)',
        entry: { dau: 1_000_000, actionsPerUser: 33, peakFactor: 1.5, readFraction: 0, p99BudgetMs: 2_000, availabilityObjective: 0.99, payloadBytes: 100_000 },
        ...at(0, 1),
      },
      { id: 'frontier', kind: 'message-queue', name: 'Frontier (priority, per host)', instances: 2, params: { consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(1, 1) },
      { id: 'fetchers', kind: 'worker', name: 'Fetchers', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'caches', kind: 'in-memory-cache', name: 'Redis DNS + robots.txt + Bloom filter', instances: 2, params: { hitRatio: 0.95, ttlSeconds: 86_400 }, zone: 'region', ...at(3, 0) },
      { id: 'web', kind: 'third-party-api', name: 'The web', instances: 3, ...at(3, 2) },
      { id: 'pages', kind: 'object-storage', name: 'S3 raw pages', zone: 'region', ...at(4, 1) },
      { id: 'fetched', kind: 'event-stream', name: 'Kafka fetched pages', params: { partitions: 12, consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(5, 1) },
      { id: 'indexer', kind: 'stream-processor', name: 'Parser + indexer', instances: 2, zone: 'region', ...at(6, 1) },
      { id: 'index', kind: 'search-index', name: 'Elasticsearch', instances: 3, zone: 'region', ...at(7, 1) },
    ],
    calls: [
      { id: 'seeds-frontier', from: 'seeds', to: 'frontier', mode: 'async', label: 'URLs due' },
      { id: 'frontier-fetchers', from: 'frontier', to: 'fetchers', mode: 'async' },
      { id: 'fetchers-caches', from: 'fetchers', to: 'caches', mode: 'sync', label: 'seen? robots? DNS', timeoutMs: 20 },
      { id: 'fetchers-web', from: 'fetchers', to: 'web', mode: 'sync', label: 'GET page', timeoutMs: 5_000, retries: 1, backoff: true },
      { id: 'fetchers-pages', from: 'fetchers', to: 'pages', mode: 'sync', timeoutMs: 1_000, retries: 2, backoff: true },
      { id: 'fetchers-fetched', from: 'fetchers', to: 'fetched', mode: 'async' },
      { id: 'fetched-indexer', from: 'fetched', to: 'indexer', mode: 'async' },
      { id: 'indexer-index', from: 'indexer', to: 'index', mode: 'sync', timeoutMs: 1_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('web-crawler.frontier', SECTION, 'priority queue', 'where the URLs waiting to be fetched are ordered'),
    namedInPlaybook('web-crawler.caches', SECTION, 'robots.txt cache', 'what fetchers look up before each request'),
    namedInPlaybook('web-crawler.index', SECTION, 'inverted index', 'what the parsed pages feed'),
    namedInPlaybook('web-crawler.frontier.hasDeadLetterQueue', 'asyncPatterns', 'DLQ', 'where URLs that keep failing are parked'),
  ],
};
