// Distributed search index: documents are routed to shards by id and indexed from a change stream;
// a query fans out to every shard in parallel and the coordinator merges the top results (BM25, then a
// learned reranker on the top).
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.15 Distributed Search Index';

export const SEARCH_INDEX: ProblemMaterial = {
  id: 'search-index',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'inverted-index', title: 'Keeps an inverted index per shard, routing documents by id', check: { type: 'serves', kinds: ['search-index'] }, term: 'Inverted index per shard' },
    { id: 'fan-out-merge', title: 'Fans each query out to the shards and merges their top results', check: null, term: 'query fan-out + merge' },
    { id: 'ranking', title: 'Ranks with BM25 and a learned reranker on top', check: null, term: 'BM25' },
    { id: 'shard-count', title: 'Weighs more shards (faster queries) against network cost and harder relevance', check: null, term: 'more shards' },
    { id: 'indexing-async', title: 'Indexes new documents from a stream, off the write path', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'routing by document ID' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Distributed search index (reference design)',
    components: [
      {
        id: 'users', kind: 'web-client', name: 'Searchers + writers',
        entry: { dau: 20_000_000, actionsPerUser: 10, peakFactor: 3, readFraction: 0.95, p99BudgetMs: 300, availabilityObjective: 0.999, payloadBytes: 10_000 },
        ...at(0, 1),
      },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'search', kind: 'stateless-service', name: 'Query coordinator', instances: 3, zone: 'region', ...at(2, 1) },
      { id: 'results', kind: 'in-memory-cache', name: 'Redis popular queries', instances: 2, params: { hitRatio: 0.5, ttlSeconds: 60 }, zone: 'region', ...at(3, 0) },
      { id: 'shards', kind: 'search-index', name: 'Index shards (8 × 6 replicas)', instances: 48, zone: 'region', ...at(4, 0) },
      { id: 'documents', kind: 'document-store', name: 'Document store', instances: 3, zone: 'region', ...at(3, 2) },
      { id: 'changes', kind: 'event-stream', name: 'Kafka document changes', params: { partitions: 8, consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'indexer', kind: 'stream-processor', name: 'Indexer', instances: 4, zone: 'region', ...at(5, 2) },
    ],
    calls: [
      { id: 'users-gateway', from: 'users', to: 'gateway', mode: 'sync', label: 'GET /search, PUT /docs', timeoutMs: 1_000 },
      { id: 'gateway-search', from: 'gateway', to: 'search', mode: 'sync', timeoutMs: 800 },
      { id: 'search-results', from: 'search', to: 'results', mode: 'sync', traffic: 'read', timeoutMs: 500 },
      { id: 'results-shards', from: 'results', to: 'shards', mode: 'sync', callsPerRequest: 8, parallelGroup: 'shards', label: 'misses: every shard', timeoutMs: 400 },
      { id: 'search-documents', from: 'search', to: 'documents', mode: 'sync', traffic: 'write', timeoutMs: 200 },
      { id: 'search-changes', from: 'search', to: 'changes', mode: 'async', traffic: 'write', label: 'document changed' },
      { id: 'changes-indexer', from: 'changes', to: 'indexer', mode: 'async' },
      { id: 'indexer-shards', from: 'indexer', to: 'shards', mode: 'sync', label: 'its shard only', timeoutMs: 1_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('search-index.shards', SECTION, 'TF-IDF', 'the baseline scoring before a learned ranker'),
    namedInPlaybook('search-index.results-shards', SECTION, 'network overhead', 'what every added shard costs a query that visits them all'),
    namedInPlaybook('search-index.changes', 'queueVsStream', 'Event Stream', 'a replayable log the indexer can rebuild from'),
    namedInPlaybook('search-index.results', 'cacheRead', 'Cache-aside', 'popular queries answered before the fan-out'),
  ],
};
