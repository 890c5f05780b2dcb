// Pastebin: ids as in the URL shortener, paste bodies in object storage, metadata in Postgres, and the
// rendered HTML cached so a popular paste is rendered once, not on every read.
import { at, framed, fromPlaybook, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.2 Pastebin / Document Service';

export const PASTEBIN: ProblemMaterial = {
  id: 'pastebin',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'ids', title: 'Generates short unique ids the way a URL shortener does', check: null, term: 'URL shortener' },
    { id: 'blob-storage', title: 'Keeps paste bodies in object storage and only metadata in the database', check: { type: 'serves', kinds: ['object-storage'] }, term: 'blob storage' },
    { id: 'render-cache', title: 'Renders Markdown once and caches the HTML', check: { type: 'serves', kinds: ['in-memory-cache', 'cdn'] }, term: 'cache the HTML' },
    { id: 'expiry-access', title: 'Expires pastes and checks who may read one: public, unlisted or private', check: null, term: 'access control' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Pastebin (reference design)',
    components: [
      {
        id: 'clients', kind: 'web-client', name: 'Browsers',
        entry: { dau: 10_000_000, actionsPerUser: 5, peakFactor: 3, readFraction: 0.91, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 10_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (public pastes)', instances: 3, params: { hitRatio: 0.5, ttlSeconds: 60 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'api', kind: 'stateless-service', name: 'Paste API', instances: 2, zone: 'region', ...at(3, 1) },
      { id: 'cache', kind: 'in-memory-cache', name: 'Redis (rendered HTML)', instances: 2, params: { hitRatio: 0.8, ttlSeconds: 3_600 }, zone: 'region', ...at(4, 0) },
      { id: 'meta', kind: 'relational-primary', name: 'Postgres metadata', params: { readReplicas: 2 }, zone: 'region', ...at(5, 1) },
      { id: 'bodies', kind: 'object-storage', name: 'S3 paste bodies', zone: 'region', ...at(5, 0) },
      { id: 'expiry', kind: 'message-queue', name: 'SQS expiry jobs', instances: 2, params: { consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'sweeper', kind: 'worker', name: 'Expiry sweeper', instances: 2, zone: 'region', ...at(5, 2) },
    ],
    calls: [
      { id: 'clients-cdn', from: 'clients', to: 'cdn', mode: 'sync', label: 'GET /{id}' },
      { id: 'cdn-gateway', from: 'cdn', to: 'gateway', mode: 'sync', label: 'misses and writes', timeoutMs: 2_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 1_000 },
      { id: 'api-cache', from: 'api', to: 'cache', mode: 'sync', traffic: 'read', timeoutMs: 500 },
      { id: 'cache-meta', from: 'cache', to: 'meta', mode: 'sync', label: 'misses', timeoutMs: 200 },
      { id: 'cache-bodies', from: 'cache', to: 'bodies', mode: 'sync', label: 'misses', timeoutMs: 300 },
      { id: 'api-meta', from: 'api', to: 'meta', mode: 'sync', traffic: 'write', timeoutMs: 200 },
      { id: 'api-bodies', from: 'api', to: 'bodies', mode: 'sync', traffic: 'write', timeoutMs: 300 },
      { id: 'api-expiry', from: 'api', to: 'expiry', mode: 'async', traffic: 'write', label: 'schedule expiry' },
      { id: 'expiry-sweeper', from: 'expiry', to: 'sweeper', mode: 'async' },
      { id: 'sweeper-bodies', from: 'sweeper', to: 'bodies', mode: 'sync', timeoutMs: 1_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-west-1' }],
  }),
  citations: [
    namedInPlaybook('pastebin.bodies', SECTION, 'S3', 'where the paste bodies live, apart from their metadata'),
    namedInPlaybook('pastebin.cache', SECTION, 'cache the HTML', 'render once, serve the cached page after'),
    fromPlaybook('pastebin.meta.readReplicas', 'capacityCard', '10K', 'queries/s', 'reads one Postgres node serves', 'Misses reach it at a few hundred a second; the replicas are for failover.'),
  ],
};
