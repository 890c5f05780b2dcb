// Leaderboard: game servers post scores (validated, rate-limited) to a score API that updates Redis sorted
// sets sharded by player range; the top 100 is cached, a player's rank read on demand; scores also go to
// a durable store, and regional boards are merged in batch.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.18 Leaderboard';

export const LEADERBOARD: ProblemMaterial = {
  id: 'leaderboard',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'sorted-set', title: 'Ranks players in Redis sorted sets with sub-millisecond top-N reads', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'ZREVRANGE' },
    { id: 'sharding', title: 'Shards players over many sorted sets and merges the top-K of each', check: null, term: 'merge top-K from each' },
    { id: 'tiers', title: 'Caches the top 100 hard and computes or approximates any other rank on demand', check: { type: 'serves', kinds: ['cdn'] }, term: 'top-100 cached' },
    { id: 'regional', title: 'Keeps regional boards and aggregates the global one in batch', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'per-region leaderboards' },
    { id: 'anti-cheat', title: 'Rate-limits score updates and validates them on the server', check: { type: 'serves', kinds: ['api-gateway', 'rate-limiter'] }, term: 'Anti-cheat' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Leaderboard (reference design)',
    components: [
      {
        id: 'players', kind: 'mobile-client', name: 'Players + game servers',
        entry: { dau: 20_000_000, actionsPerUser: 20, peakFactor: 4, readFraction: 0.8, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 2_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (top 100, 5 s)', instances: 3, params: { hitRatio: 0.5, ttlSeconds: 5 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway (rate limits)', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'scores', kind: 'stateless-service', name: 'Score + rank API', instances: 3, zone: 'region', ...at(3, 1) },
      { id: 'ranks', kind: 'in-memory-cache', name: 'Redis sorted sets (sharded)', instances: 4, params: { hitRatio: 0.99, ttlSeconds: 7_776_000 }, zone: 'region', ...at(4, 0) },
      { id: 'durable', kind: 'key-value-store', name: 'Scores (durable)', instances: 3, zone: 'region', ...at(5, 1) },
      { id: 'score-events', kind: 'event-stream', name: 'Kafka score events', params: { partitions: 12, consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'aggregator', kind: 'stream-processor', name: 'Global aggregation', instances: 2, zone: 'region', ...at(5, 2) },
    ],
    calls: [
      { id: 'players-cdn', from: 'players', to: 'cdn', mode: 'sync', label: 'GET /top, GET /rank, POST /scores' },
      { id: 'cdn-gateway', from: 'cdn', to: 'gateway', mode: 'sync', label: 'misses and updates', timeoutMs: 500 },
      { id: 'gateway-scores', from: 'gateway', to: 'scores', mode: 'sync', timeoutMs: 300 },
      { id: 'scores-ranks', from: 'scores', to: 'ranks', mode: 'sync', label: 'ZINCRBY / ZREVRANK', timeoutMs: 50 },
      { id: 'ranks-durable', from: 'ranks', to: 'durable', mode: 'sync', label: 'rebuild after a loss', timeoutMs: 40 },
      { id: 'scores-durable', from: 'scores', to: 'durable', mode: 'sync', traffic: 'write', timeoutMs: 40 },
      { id: 'scores-events', from: 'scores', to: 'score-events', mode: 'async', traffic: 'write' },
      { id: 'events-aggregator', from: 'score-events', to: 'aggregator', mode: 'async' },
      { id: 'aggregator-ranks', from: 'aggregator', to: 'ranks', mode: 'sync', fraction: 0.01, label: 'global board', timeoutMs: 50, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-west-1' }],
  }),
  citations: [
    namedInPlaybook('leaderboard.ranks', SECTION, 'ZINCRBY', 'the command that adds to a player\'s score'),
    namedInPlaybook('leaderboard.aggregator', SECTION, 'global aggregation in batch', 'how regional boards become one'),
    namedInPlaybook('leaderboard.cdn', SECTION, 'Tiered', 'the top of the table cached harder than the rest'),
    namedInPlaybook('leaderboard.gateway', 'apiGateway', 'rate limiting', 'the gateway throttles score updates per player'),
  ],
};
