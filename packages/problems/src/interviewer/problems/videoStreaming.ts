// Video streaming: uploads land in S3 and a queue feeds a transcoding farm that writes HLS/DASH segments
// back; viewers fetch segments from a CDN that absorbs nearly all of the load, metadata from an API.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.5 Video Streaming (Netflix, YouTube)';

export const VIDEO_STREAMING: ProblemMaterial = {
  id: 'video-streaming',
  section: SECTION,
  applies: { readCache: true, mediaCdn: true, asyncQueue: true },
  points: [
    { id: 'transcode', title: 'Transcodes uploads into several bitrates on a worker farm fed by a queue', check: { type: 'async-into', kinds: ['message-queue', 'event-stream'] }, term: 'worker farm' },
    { id: 'segments', title: 'Keeps segments in an object store and metadata in a database', check: { type: 'serves', kinds: ['object-storage'] }, term: 'segments in object store' },
    { id: 'multi-tier-cdn', title: 'Delivers through a multi-tier CDN, pushing popular segments to the edge', check: { type: 'serves', kinds: ['cdn'] }, term: 'multi-tier CDN' },
    { id: 'abr', title: 'Lets the player pick the bitrate from its bandwidth (adaptive bitrate)', check: null, term: 'Adaptive bitrate' },
    { id: 'recommendations', title: 'Builds recommendations offline in batch, refreshed online', check: null, term: 'offline batch' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Video streaming (reference design)',
    components: [
      {
        id: 'viewers', kind: 'web-client', name: 'Players',
        entry: { dau: 100_000_000, actionsPerUser: 30, peakFactor: 3, readFraction: 0.999, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 2_000_000 },
        ...at(0, 1),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN edge + mid tier', instances: 8, params: { hitRatio: 0.98, ttlSeconds: 604_800 }, ...at(1, 1) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(2, 2) },
      { id: 'api', kind: 'stateless-service', name: 'Catalogue + upload API', instances: 2, zone: 'region', ...at(3, 2) },
      { id: 'meta-cache', kind: 'in-memory-cache', name: 'Redis metadata', instances: 2, params: { hitRatio: 0.9, ttlSeconds: 600 }, zone: 'region', ...at(4, 2) },
      { id: 'metadata', kind: 'relational-primary', name: 'Postgres metadata', params: { readReplicas: 2 }, zone: 'region', ...at(5, 2) },
      { id: 'segments', kind: 'object-storage', name: 'S3 segments', instances: 2, zone: 'region', ...at(2, 0) },
      { id: 'jobs', kind: 'message-queue', name: 'SQS transcode jobs', instances: 2, params: { consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 1) },
      { id: 'transcoders', kind: 'worker', name: 'Transcoding farm', instances: 4, zone: 'region', ...at(5, 1) },
    ],
    calls: [
      { id: 'viewers-cdn', from: 'viewers', to: 'cdn', mode: 'sync', label: 'GET segments' },
      { id: 'cdn-segments', from: 'cdn', to: 'segments', mode: 'sync', label: 'misses', timeoutMs: 500 },
      { id: 'viewers-gateway', from: 'viewers', to: 'gateway', mode: 'sync', fraction: 0.02, label: 'browse, play, upload', timeoutMs: 1_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 500 },
      { id: 'api-meta-cache', from: 'api', to: 'meta-cache', mode: 'sync', traffic: 'read', timeoutMs: 200 },
      { id: 'meta-cache-metadata', from: 'meta-cache', to: 'metadata', mode: 'sync', label: 'misses', timeoutMs: 150 },
      { id: 'api-metadata', from: 'api', to: 'metadata', mode: 'sync', traffic: 'write', timeoutMs: 150 },
      { id: 'api-jobs', from: 'api', to: 'jobs', mode: 'async', traffic: 'write', label: 'new upload' },
      { id: 'jobs-transcoders', from: 'jobs', to: 'transcoders', mode: 'async' },
      { id: 'transcoders-segments', from: 'transcoders', to: 'segments', mode: 'sync', callsPerRequest: 100, label: 'write segments, every bitrate', timeoutMs: 2_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-west-2' }],
  }),
  citations: [
    namedInPlaybook('video-streaming.segments', SECTION, 'HLS', 'the segment format each bitrate is cut into'),
    namedInPlaybook('video-streaming.cdn', SECTION, 'Open Connect', 'popular segments pushed into the edge ahead of demand', 'Hence a 98 % hit ratio.'),
    namedInPlaybook('video-streaming.jobs', SECTION, 'S3 + queue', 'uploads stored first, transcoding queued behind them'),
    namedInPlaybook('video-streaming.cdn.ttlSeconds', 'cdn', 'TTL', 'how long an edge keeps a segment', 'A week: a segment never changes.'),
  ],
};
