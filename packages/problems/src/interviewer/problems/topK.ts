// Top-K trending: view events go into Kafka; a Flink job keeps a Count-Min Sketch and a heap of the
// top candidates per sliding window and writes the lists to Redis, from which the API serves them.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.17 Top-K Trending';

export const TOP_K: ProblemMaterial = {
  id: 'top-k-trending',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'count-min', title: 'Counts millions of keys approximately in fixed memory with a Count-Min Sketch', check: null, term: 'Count-Min Sketch' },
    { id: 'heap', title: 'Keeps a heap of size K beside the sketch', check: null, term: 'Heap of size K' },
    { id: 'windows', title: 'Buckets counts by minute and hour and sums the buckets of a window', check: null, term: 'Time decay' },
    { id: 'exact-top', title: 'Keeps exact counters for the heap candidates, so the top is accurate', check: null, term: 'full counters' },
    { id: 'stream', title: 'Processes the events in a stream processor with tumbling or sliding windows', check: { type: 'serves', kinds: ['stream-processor'] }, term: 'Flink' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Top-K trending (reference design)',
    components: [
      {
        id: 'sites', kind: 'web-client', name: 'Views + trending reads',
        entry: { dau: 100_000_000, actionsPerUser: 50, peakFactor: 3, readFraction: 0.01, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 5_000 },
        ...at(0, 1),
      },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 16, zone: 'region', ...at(1, 1) },
      { id: 'ingest', kind: 'stateless-service', name: 'Event + trending API', instances: 32, params: { p50Ms: 2, p99Ms: 10 }, zone: 'region', ...at(2, 1) },
      { id: 'views', kind: 'event-stream', name: 'Kafka views', instances: 6, params: { partitions: 48, consumers: 32, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'flink', kind: 'stream-processor', name: 'Flink sketch + heap', instances: 32, zone: 'region', ...at(4, 2) },
      { id: 'lists', kind: 'in-memory-cache', name: 'Redis top-K lists', instances: 2, params: { hitRatio: 0.99, ttlSeconds: 60 }, zone: 'region', ...at(3, 0) },
      { id: 'counts', kind: 'wide-column-store', name: 'Cassandra windowed counts', instances: 6, zone: 'region', ...at(5, 1) },
    ],
    calls: [
      { id: 'sites-gateway', from: 'sites', to: 'gateway', mode: 'sync', label: 'POST /views, GET /trending', timeoutMs: 500 },
      { id: 'gateway-ingest', from: 'gateway', to: 'ingest', mode: 'sync', timeoutMs: 300 },
      { id: 'ingest-views', from: 'ingest', to: 'views', mode: 'async', traffic: 'write', label: 'view event' },
      { id: 'views-flink', from: 'views', to: 'flink', mode: 'async' },
      { id: 'flink-lists', from: 'flink', to: 'lists', mode: 'sync', fraction: 0.01, label: 'publish top-K each window', timeoutMs: 50, retries: 2, backoff: true },
      { id: 'flink-counts', from: 'flink', to: 'counts', mode: 'sync', fraction: 0.1, label: 'candidates\' exact counts', timeoutMs: 100, retries: 2, backoff: true },
      { id: 'ingest-lists', from: 'ingest', to: 'lists', mode: 'sync', traffic: 'read', label: 'GET /trending', timeoutMs: 50 },
      { id: 'lists-counts', from: 'lists', to: 'counts', mode: 'sync', label: 'misses', timeoutMs: 40 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('top-k-trending.flink', SECTION, 'tumbling/sliding windows', 'the windows the stream job keeps counts in'),
    namedInPlaybook('top-k-trending.flink.memory', SECTION, 'fixed memory', 'why a sketch rather than a counter per key'),
    namedInPlaybook('top-k-trending.counts', SECTION, 'heap candidates', 'the keys that also get exact counts'),
    namedInPlaybook('top-k-trending.flink.windows', 'streamProcessing', 'Tumbling', 'fixed, non-overlapping windows'),
  ],
};
