// Chat: clients hold WebSockets to a gateway tier; a message is written to Cassandra (partitioned by
// conversation), put on the recipients' inboxes in Kafka, and pushed live or through APNs/FCM.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.4 Chat / Messaging (WhatsApp, Slack)';

export const CHAT: ProblemMaterial = {
  id: 'chat',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'websockets', title: 'Holds a WebSocket per client on a gateway tier behind a sticky load balancer', check: { type: 'serves', kinds: ['websocket-gateway'] }, term: 'WebSocket gateways' },
    { id: 'presence-redis', title: 'Keeps who is online, and on which gateway, in Redis', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'presence in Redis' },
    { id: 'inbox-ack', title: 'Delivers through a per-user inbox, with client acknowledgements and offline messages kept', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'inbox queue' },
    { id: 'wide-column', title: 'Stores messages in a wide-column store partitioned by conversation', check: { type: 'serves', kinds: ['wide-column-store'] }, term: 'Cassandra' },
    { id: 'groups', title: 'Chooses fan-out on write or one shared log for group conversations', check: null, term: 'Group chat' },
    { id: 'e2e-push', title: 'Covers end-to-end encryption and push notifications to offline phones', check: { type: 'serves', kinds: ['push-gateway'] }, term: 'APNs' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Chat (reference design)',
    components: [
      {
        id: 'clients', kind: 'mobile-client', name: 'Apps',
        entry: { dau: 100_000_000, actionsPerUser: 40, peakFactor: 2, readFraction: 0.5, p99BudgetMs: 300, availabilityObjective: 0.9995, payloadBytes: 200 },
        ...at(0, 1),
      },
      { id: 'lb', kind: 'load-balancer-l4', name: 'Sticky L4 load balancer', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'gateways', kind: 'websocket-gateway', name: 'WebSocket gateways', instances: 20, zone: 'region', ...at(2, 1) },
      { id: 'chat', kind: 'stateless-service', name: 'Chat service', instances: 20, zone: 'region', ...at(3, 1) },
      { id: 'presence', kind: 'in-memory-cache', name: 'Redis presence + sessions', instances: 3, params: { hitRatio: 0.95, ttlSeconds: 60 }, zone: 'region', ...at(4, 0) },
      { id: 'messages', kind: 'wide-column-store', name: 'Cassandra messages', instances: 15, zone: 'region', ...at(5, 0) },
      { id: 'inboxes', kind: 'event-stream', name: 'Kafka inboxes', instances: 6, params: { partitions: 48, consumers: 8, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 2) },
      { id: 'delivery', kind: 'stream-processor', name: 'Delivery workers', instances: 8, zone: 'region', ...at(5, 2) },
      { id: 'push', kind: 'push-gateway', name: 'APNs / FCM', instances: 30, ...at(6, 2) },
    ],
    calls: [
      { id: 'clients-lb', from: 'clients', to: 'lb', mode: 'sync', label: 'WebSocket frames' },
      { id: 'lb-gateways', from: 'lb', to: 'gateways', mode: 'sync', timeoutMs: 1_000 },
      { id: 'gateways-chat', from: 'gateways', to: 'chat', mode: 'sync', timeoutMs: 500 },
      { id: 'chat-presence', from: 'chat', to: 'presence', mode: 'sync', traffic: 'read', timeoutMs: 300, label: 'recent history, recipients\' gateways' },
      { id: 'presence-messages', from: 'presence', to: 'messages', mode: 'sync', label: 'misses', timeoutMs: 200 },
      { id: 'chat-messages', from: 'chat', to: 'messages', mode: 'sync', traffic: 'write', label: 'store, then ack', timeoutMs: 200 },
      { id: 'chat-inboxes', from: 'chat', to: 'inboxes', mode: 'async', traffic: 'write', label: 'to recipients' },
      { id: 'inboxes-delivery', from: 'inboxes', to: 'delivery', mode: 'async' },
      { id: 'delivery-push', from: 'delivery', to: 'push', mode: 'sync', fraction: 0.3, label: 'recipient offline', timeoutMs: 3_000, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-west-1' }],
  }),
  citations: [
    namedInPlaybook('chat.lb', SECTION, 'sticky LB', 'keeps a client on the gateway that holds its socket'),
    namedInPlaybook('chat.messages', SECTION, 'conversation_id', 'the partition key of the message table'),
    namedInPlaybook('chat.delivery', SECTION, 'ack from client', 'a message leaves the inbox only when the device confirms it'),
    namedInPlaybook('chat.gateways', 'realTimePush', 'WebSocket', 'the two-way channel a chat client keeps open'),
  ],
};
