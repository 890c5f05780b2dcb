// Distributed rate limiter: each API server asks a limiter sidecar tier, which keeps token buckets
// in a Redis cluster (INCR + EXPIRE); the check is optional on the request path, so the API fails open.
import { at, framed, fromPlaybook, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.9 Distributed Rate Limiter';

export const RATE_LIMITER: ProblemMaterial = {
  id: 'rate-limiter',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: false },
  points: [
    { id: 'token-bucket', title: 'Keeps a token bucket per user or IP with counters in Redis', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'Token bucket' },
    { id: 'cluster-accuracy', title: 'Gets cluster-wide accuracy from a sliding window or a sorted-set leaky bucket', check: null, term: 'sliding window' },
    { id: 'local-counters', title: 'At the largest scale, approximates with local counters synced now and then, accepting a little over-allowance', check: { type: 'serves', kinds: ['rate-limiter'] }, term: 'local counters' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Distributed rate limiter (reference design)',
    components: [
      {
        id: 'callers', kind: 'web-client', name: 'API callers',
        entry: { dau: 50_000_000, actionsPerUser: 100, peakFactor: 3, readFraction: 0, p99BudgetMs: 50, availabilityObjective: 0.9995, payloadBytes: 200 },
        ...at(0, 1),
      },
      { id: 'lb', kind: 'load-balancer-l7', name: 'L7 load balancer', instances: 6, zone: 'region', ...at(1, 1) },
      { id: 'api', kind: 'stateless-service', name: 'API servers', instances: 30, zone: 'region', ...at(2, 1) },
      { id: 'limiter', kind: 'rate-limiter', name: 'Limiter (local buckets)', instances: 4, zone: 'region', ...at(3, 0) },
      { id: 'counters', kind: 'in-memory-cache', name: 'Redis counters', instances: 6, params: { hitRatio: 1, ttlSeconds: 60 }, zone: 'region', ...at(4, 0) },
      { id: 'rules', kind: 'key-value-store', name: 'Limit rules', instances: 3, zone: 'region', ...at(4, 2) },
    ],
    calls: [
      { id: 'callers-lb', from: 'callers', to: 'lb', mode: 'sync' },
      { id: 'lb-api', from: 'lb', to: 'api', mode: 'sync', timeoutMs: 500 },
      { id: 'api-limiter', from: 'api', to: 'limiter', mode: 'sync', optional: true, label: 'allowed? (fails open)', timeoutMs: 10 },
      { id: 'limiter-counters', from: 'limiter', to: 'counters', mode: 'sync', fraction: 0.2, label: 'sync local counts', timeoutMs: 5 },
      { id: 'limiter-rules', from: 'limiter', to: 'rules', mode: 'sync', fraction: 0.001, label: 'reload rules', timeoutMs: 50 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('rate-limiter.counters', SECTION, 'INCR + EXPIRE', 'the two Redis commands a fixed-window counter needs'),
    namedInPlaybook('rate-limiter.limiter', SECTION, 'over-allowance', 'what syncing local counts only now and then costs', 'One in five checks reaches Redis.'),
    namedInPlaybook('rate-limiter.api-limiter', 'rateLimiting', 'Token bucket', 'the algorithm each bucket follows'),
    fromPlaybook('rate-limiter.counters.instances', 'capacityCard', '100K', 'ops/s', 'what one Redis node serves'),
  ],
};
