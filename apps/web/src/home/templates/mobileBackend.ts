// Mobile backend with push: the app loads a screen from the API (through a gateway, sessions in Redis,
// Postgres behind) and its images from a CDN in parallel; writes that concern other people queue a push
// job, which a worker sends through APNs/FCM with retries. The load comes from daily users.
import { at, framed } from './frames';
import type { Template } from './template';
import { fromPlaybook, namedInPlaybook } from './template';

export const MOBILE_BACKEND: Template = {
  id: 'mobile-backend',
  title: 'Mobile backend with push',
  summary: 'Two million daily users: API gateway, mobile API with Redis sessions and Postgres, images from a CDN, push through a queue and APNs/FCM.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Mobile backend with push',
    components: [
      {
        id: 'app',
        kind: 'mobile-client',
        name: 'Mobile app',
        entry: { dau: 2_000_000, actionsPerUser: 30, peakFactor: 5, readFraction: 0.9, p99BudgetMs: 300, availabilityObjective: 0.999, payloadBytes: 8_000 },
        ...at(0, 1.5),
      },
      { id: 'cdn', kind: 'cdn', name: 'CDN', instances: 3, params: { hitRatio: 0.95 }, ...at(1, 0) },
      { id: 'media', kind: 'object-storage', name: 'S3 media', zone: 'region', ...at(2.2, 0) },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(1.2, 1.5) },
      { id: 'api', kind: 'stateless-service', name: 'Mobile API', instances: 3, zone: 'region', ...at(2.2, 1.5) },
      { id: 'sessions', kind: 'in-memory-cache', name: 'Redis sessions', instances: 2, params: { hitRatio: 0.95 }, zone: 'region', ...at(3.2, 1) },
      { id: 'db', kind: 'relational-primary', name: 'Postgres', params: { readReplicas: 1 }, zone: 'region', ...at(4.2, 1.5) },
      { id: 'jobs', kind: 'message-queue', name: 'Push jobs (SQS)', params: { consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(3.2, 2.5) },
      { id: 'pusher', kind: 'worker', name: 'Push worker', instances: 2, zone: 'region', ...at(4.2, 2.5) },
      { id: 'push', kind: 'push-gateway', name: 'APNs / FCM', ...at(5.4, 2.5) },
    ],
    calls: [
      { id: 'app-gateway', from: 'app', to: 'gateway', mode: 'sync', parallelGroup: 'screen', timeoutMs: 2_000, label: 'API' },
      { id: 'app-cdn', from: 'app', to: 'cdn', mode: 'sync', parallelGroup: 'screen', traffic: 'read', fraction: 0.5, label: 'images' },
      { id: 'cdn-media', from: 'cdn', to: 'media', mode: 'sync', timeoutMs: 2_000, label: 'misses' },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 1_000 },
      { id: 'api-sessions', from: 'api', to: 'sessions', mode: 'sync', traffic: 'read', timeoutMs: 50 },
      { id: 'sessions-db', from: 'sessions', to: 'db', mode: 'sync', label: 'misses', timeoutMs: 300 },
      { id: 'api-db', from: 'api', to: 'db', mode: 'sync', traffic: 'write', timeoutMs: 300 },
      { id: 'api-jobs', from: 'api', to: 'jobs', mode: 'async', traffic: 'write', fraction: 0.3, label: 'notify followers' },
      { id: 'jobs-pusher', from: 'jobs', to: 'pusher', mode: 'async' },
      { id: 'pusher-push', from: 'pusher', to: 'push', mode: 'sync', timeoutMs: 2_000, retries: 3, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-west-2' }],
  }),
  citations: [
    fromPlaybook('mobile-backend.app.peakFactor', 'throughputStorage', '5', '×', 'the peak over the daily average when the workload is unknown', '2,000,000 users × 30 actions / 86,400 s × 5 ≈ 3,500 requests/s at peak.'),
    fromPlaybook('mobile-backend.cdn.hitRatio', 'cacheLayers', '90', '%', 'a hit rate at each cache layer', 'Images are immutable once uploaded, so the edge keeps 95 % of them.'),
    namedInPlaybook('mobile-backend.push', 'realTimePush', 'WebSocket', 'a connection held open to push to a client', 'A phone in the background holds none: its platform push service (APNs, FCM) reaches it.'),
    namedInPlaybook('mobile-backend.jobs.hasDeadLetterQueue', 'asyncPatterns', 'DLQ', 'where push jobs that keep failing are parked'),
    namedInPlaybook('mobile-backend.pusher.retries', 'timeouts', 'timeouts', 'a bound on every call to another service', 'Two seconds for the push service, three retries with backoff.'),
  ],
};
