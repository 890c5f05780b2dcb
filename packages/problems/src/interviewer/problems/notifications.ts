// Notification system: an API checks preferences and the idempotency key, renders the template and puts
// the message on a per-channel queue (each with retries and a DLQ); senders call APNs/FCM, SMS and email.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.11 Notification System';

export const NOTIFICATIONS: ProblemMaterial = {
  id: 'notifications',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'channels', title: 'Covers the channels: phone push, SMS, email and in-app', check: { type: 'serves', kinds: ['push-gateway', 'email-sms-provider'] }, term: 'in-app' },
    { id: 'queues', title: 'Gives each channel its own queue with retries and a dead-letter queue', check: { type: 'async-into', kinds: ['message-queue'] }, term: 'Per-channel queue' },
    { id: 'preferences', title: 'Applies templates and each user\'s preferences (quiet hours, opt-outs)', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'user preferences' },
    { id: 'idempotency', title: 'Sends with an idempotency key so a retry never notifies twice', check: null, term: 'Idempotency key' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Notification system (reference design)',
    components: [
      {
        id: 'callers', kind: 'web-client', name: 'Calling services + apps',
        entry: { dau: 50_000_000, actionsPerUser: 5, peakFactor: 5, readFraction: 0.5, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 2_000 },
        ...at(0, 1),
      },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'api', kind: 'stateless-service', name: 'Notification API', instances: 3, zone: 'region', ...at(2, 1) },
      { id: 'prefs', kind: 'in-memory-cache', name: 'Redis preferences + keys', instances: 2, params: { hitRatio: 0.95, ttlSeconds: 600 }, zone: 'region', ...at(3, 0) },
      { id: 'store', kind: 'key-value-store', name: 'Preferences + in-app inbox', instances: 3, zone: 'region', ...at(4, 0) },
      { id: 'push-queue', kind: 'message-queue', name: 'Push queue', instances: 2, params: { consumers: 8, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'email-queue', kind: 'message-queue', name: 'Email + SMS queue', instances: 2, params: { consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 3) },
      { id: 'push-senders', kind: 'worker', name: 'Push senders', instances: 8, zone: 'region', ...at(4, 2) },
      { id: 'email-senders', kind: 'worker', name: 'Email + SMS senders', instances: 4, zone: 'region', ...at(4, 3) },
      { id: 'apns', kind: 'push-gateway', name: 'APNs / FCM', instances: 8, ...at(5, 2) },
      { id: 'email', kind: 'email-sms-provider', name: 'Email + SMS provider', instances: 25, ...at(5, 3) },
    ],
    calls: [
      { id: 'callers-gateway', from: 'callers', to: 'gateway', mode: 'sync', label: 'POST /notify, GET /inbox', timeoutMs: 1_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 500 },
      { id: 'api-prefs', from: 'api', to: 'prefs', mode: 'sync', timeoutMs: 100 },
      { id: 'prefs-store', from: 'prefs', to: 'store', mode: 'sync', label: 'misses', timeoutMs: 80 },
      { id: 'api-store', from: 'api', to: 'store', mode: 'sync', traffic: 'write', label: 'in-app copy', timeoutMs: 80 },
      { id: 'api-push-queue', from: 'api', to: 'push-queue', mode: 'async', traffic: 'write', fraction: 0.7 },
      { id: 'api-email-queue', from: 'api', to: 'email-queue', mode: 'async', traffic: 'write', fraction: 0.2 },
      { id: 'push-queue-senders', from: 'push-queue', to: 'push-senders', mode: 'async' },
      { id: 'email-queue-senders', from: 'email-queue', to: 'email-senders', mode: 'async' },
      { id: 'push-senders-apns', from: 'push-senders', to: 'apns', mode: 'sync', timeoutMs: 3_000, retries: 3, backoff: true },
      { id: 'email-senders-email', from: 'email-senders', to: 'email', mode: 'sync', timeoutMs: 5_000, retries: 3, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-west-1' }],
  }),
  citations: [
    namedInPlaybook('notifications.push-queue', SECTION, 'DLQ', 'where a notification that keeps failing is parked'),
    namedInPlaybook('notifications.apns', SECTION, 'APNs/FCM', 'the phone platforms\' push services'),
    namedInPlaybook('notifications.prefs', SECTION, 'do-not-disturb', 'a preference checked before anything is sent'),
    namedInPlaybook('notifications.senders.retries', 'asyncPatterns', 'DLQ', 'retries first, then the dead-letter queue'),
  ],
};
