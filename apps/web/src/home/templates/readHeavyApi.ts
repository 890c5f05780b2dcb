// Read-heavy API: a CDN in front, an API gateway that limits rates, an API tier reading through Redis
// (cache-aside: reads go through the cache, writes straight to the database) and Postgres with two read
// replicas behind it. Most requests never get past the CDN; most of the rest stop at the cache.
import { at, framed } from './frames';
import type { Template } from './template';
import { fromPlaybook, namedInPlaybook } from './template';

export const READ_HEAVY_API: Template = {
  id: 'read-heavy-api',
  title: 'Read-heavy API with cache and CDN',
  summary: '20,000 requests/s, 99 % reads: a CDN, an API tier reading through Redis, Postgres with two read replicas.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Read-heavy API with cache and CDN',
    components: [
      { id: 'clients', kind: 'web-client', name: 'Clients', entry: { rps: 20_000, readFraction: 0.99, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 20_000 }, ...at(0, 1) },
      { id: 'cdn', kind: 'cdn', name: 'CDN', instances: 3, params: { hitRatio: 0.8, ttlSeconds: 60 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'api', kind: 'stateless-service', name: 'Catalog API', instances: 3, zone: 'region', ...at(3, 1) },
      { id: 'cache', kind: 'in-memory-cache', name: 'Redis', instances: 2, params: { hitRatio: 0.9, ttlSeconds: 300 }, zone: 'region', ...at(4, 0) },
      { id: 'db', kind: 'relational-primary', name: 'Postgres', params: { readReplicas: 2 }, zone: 'region', ...at(4, 2) },
    ],
    calls: [
      { id: 'clients-cdn', from: 'clients', to: 'cdn', mode: 'sync', label: 'GET /products' },
      { id: 'cdn-gateway', from: 'cdn', to: 'gateway', mode: 'sync', label: 'misses and writes', timeoutMs: 2_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 1_000 },
      { id: 'api-cache', from: 'api', to: 'cache', mode: 'sync', traffic: 'read', timeoutMs: 50 },
      { id: 'cache-db', from: 'cache', to: 'db', mode: 'sync', label: 'misses', timeoutMs: 300 },
      { id: 'api-db', from: 'api', to: 'db', mode: 'sync', traffic: 'write', label: 'writes', timeoutMs: 300 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('read-heavy-api.clients.readFraction', 'throughputStorage', '100:1', 'a social feed or a product catalogue: reads against writes', 'Taken as 99 % reads.'),
    fromPlaybook('read-heavy-api.cache.hitRatio', 'scaleSequence', '90', '%', 'the cache hit rate to aim for when adding a cache first'),
    fromPlaybook('read-heavy-api.layers', 'cacheLayers', '99.9', '%', 'requests kept off the database when three layers each hit 90 %', 'Two layers here: the CDN at 80 % and Redis at 90 % leave 2 % of reads for the database.'),
    namedInPlaybook('read-heavy-api.cdn.instances', 'cdn', 'PoPs', 'the edge locations a CDN serves from', 'Drawn as three: a CDN is many edges, not one box that can fail.'),
    namedInPlaybook('read-heavy-api.cdn.ttlSeconds', 'cdn', 'TTL', 'how long an edge may serve a cached copy', 'A minute: product pages change, and a short expiry keeps them fresh without purges.'),
    namedInPlaybook('read-heavy-api.pattern', 'cacheRead', 'Cache-aside', 'the read path: look in the cache, on a miss read the database and fill the cache'),
    fromPlaybook('read-heavy-api.db.readReplicas', 'capacityCard', '10K', 'queries/s', 'reads one Postgres node serves', 'Reads that miss both caches are a few hundred a second; two replicas are for failover, not load.'),
    namedInPlaybook('read-heavy-api.gateway', 'apiGateway', 'rate limiting', 'what the gateway does on the way in besides routing'),
  ],
};
