// File storage and sync: clients split files into 4 MB content-addressed chunks, upload only the chunks
// the server lacks straight to the object store, and commit the chunk list to a metadata database;
// a change feed tells the owner's other devices to sync.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.13 File Storage (Dropbox / S3)';

export const FILE_STORAGE: ProblemMaterial = {
  id: 'file-storage',
  section: SECTION,
  applies: { readCache: true, mediaCdn: true, asyncQueue: true },
  points: [
    { id: 'chunking', title: 'Splits files into content-addressed chunks of a few MB for dedup, resumable and parallel uploads', check: null, term: 'content-addressed' },
    { id: 'metadata', title: 'Keeps each file\'s chunk list in a metadata database', check: { type: 'serves', kinds: ['relational-primary', 'document-store', 'key-value-store'] }, term: 'Metadata DB' },
    { id: 'object-store', title: 'Stores chunks in a replicated object store, erasure-coded when cold', check: { type: 'serves', kinds: ['object-storage'] }, term: 'erasure-coded' },
    { id: 'sync', title: 'Syncs with deltas and resolves conflicts (last writer wins or a conflicted copy)', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'delta sync' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'File storage and sync (reference design)',
    components: [
      {
        id: 'devices', kind: 'web-client', name: 'Desktop + phone clients',
        entry: { dau: 50_000_000, actionsPerUser: 20, peakFactor: 3, readFraction: 0.75, p99BudgetMs: 300, availabilityObjective: 0.999, payloadBytes: 1_000_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN (shared + popular chunks)', instances: 4, params: { hitRatio: 0.5, ttlSeconds: 86_400 }, ...at(1, 0) },
      { id: 'chunks', kind: 'object-storage', name: 'S3 chunks', instances: 4, zone: 'region', ...at(2, 0) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 3, zone: 'region', ...at(2, 2) },
      { id: 'meta-api', kind: 'stateless-service', name: 'Metadata + sync API', instances: 6, zone: 'region', ...at(3, 2) },
      { id: 'meta-cache', kind: 'in-memory-cache', name: 'Redis file trees', instances: 2, params: { hitRatio: 0.9, ttlSeconds: 600 }, zone: 'region', ...at(3, 1) },
      { id: 'metadata', kind: 'key-value-store', name: 'Metadata (chunk lists)', instances: 4, zone: 'region', ...at(4, 1) },
      { id: 'changes', kind: 'event-stream', name: 'Kafka change feed', params: { partitions: 24, consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 3) },
      { id: 'notifier', kind: 'stream-processor', name: 'Sync notifier', instances: 4, zone: 'region', ...at(4, 3) },
      { id: 'long-poll', kind: 'websocket-gateway', name: 'Device notification sockets', instances: 3, zone: 'region', ...at(5, 3) },
    ],
    calls: [
      { id: 'devices-cdn', from: 'devices', to: 'cdn', mode: 'sync', fraction: 0.25, label: 'chunk GET / PUT' },
      { id: 'cdn-chunks', from: 'cdn', to: 'chunks', mode: 'sync', label: 'misses and uploads', timeoutMs: 1_000 },
      { id: 'devices-gateway', from: 'devices', to: 'gateway', mode: 'sync', label: 'list, commit, share', timeoutMs: 1_000 },
      { id: 'gateway-meta-api', from: 'gateway', to: 'meta-api', mode: 'sync', timeoutMs: 800 },
      { id: 'meta-api-meta-cache', from: 'meta-api', to: 'meta-cache', mode: 'sync', traffic: 'read', timeoutMs: 100 },
      { id: 'meta-cache-metadata', from: 'meta-cache', to: 'metadata', mode: 'sync', label: 'misses', timeoutMs: 80 },
      { id: 'meta-api-metadata', from: 'meta-api', to: 'metadata', mode: 'sync', traffic: 'write', label: 'commit chunk list', timeoutMs: 80 },
      { id: 'meta-api-changes', from: 'meta-api', to: 'changes', mode: 'async', traffic: 'write', label: 'file changed' },
      { id: 'changes-notifier', from: 'changes', to: 'notifier', mode: 'async' },
      { id: 'notifier-long-poll', from: 'notifier', to: 'long-poll', mode: 'sync', callsPerRequest: 2, label: 'tell other devices', timeoutMs: 500, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('file-storage.chunks', SECTION, '4-8 MB', 'the chunk size files are split into', 'Taken as 4 MB.'),
    namedInPlaybook('file-storage.chunks.replication', SECTION, 'replicated 3x', 'how the object store keeps chunks safe'),
    namedInPlaybook('file-storage.metadata', SECTION, 'chunk list per file', 'what the metadata store holds'),
    namedInPlaybook('file-storage.changes', SECTION, 'conflict resolution', 'what the sync protocol decides when two devices changed a file'),
  ],
};
