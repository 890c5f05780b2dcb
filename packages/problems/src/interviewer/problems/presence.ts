// Online presence: apps heartbeat every 30 s to a gateway tier that sets a Redis key with a 60 s TTL;
// friends read keys in batches; only a change of state (online ↔ offline) goes out on pub/sub, and
// last-seen is written at most once a minute.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.20 Online Presence (Status / Last Seen)';

export const PRESENCE: ProblemMaterial = {
  id: 'presence',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'heartbeat-ttl', title: 'Heartbeats every 30 s set a key that expires after 60 s', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'TTL = 60 s' },
    { id: 'read-exists', title: 'Reads presence as "the key exists"', check: null, term: 'key exists' },
    { id: 'transitions', title: 'Fans out to friends only on a change of state, through pub/sub, never per heartbeat', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'pub/sub' },
    { id: 'sharding', title: 'Shards by user id and batches cross-shard friend lookups', check: null, term: 'Sharded by user ID' },
    { id: 'last-seen', title: 'Writes last-seen debounced, about once a minute', check: { type: 'serves', kinds: ['key-value-store', 'wide-column-store'] }, term: 'debounced writes' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Online presence (reference design)',
    components: [
      {
        id: 'apps', kind: 'mobile-client', name: 'Apps (heartbeats + friend lists)',
        entry: { dau: 100_000_000, actionsPerUser: 120, peakFactor: 2, readFraction: 0.5, p99BudgetMs: 100, availabilityObjective: 0.999, payloadBytes: 100 },
        ...at(0, 1),
      },
      { id: 'lb', kind: 'load-balancer-l4', name: 'L4 load balancer', instances: 4, zone: 'region', ...at(1, 1) },
      { id: 'gateways', kind: 'websocket-gateway', name: 'Presence gateways', instances: 50, zone: 'region', ...at(2, 1) },
      { id: 'keys', kind: 'in-memory-cache', name: 'Redis presence keys (sharded)', instances: 8, params: { hitRatio: 0.98, ttlSeconds: 60 }, zone: 'region', ...at(3, 0) },
      { id: 'last-seen', kind: 'key-value-store', name: 'Last seen (debounced)', instances: 12, zone: 'region', ...at(4, 0) },
      { id: 'changes', kind: 'event-stream', name: 'Kafka state changes', params: { partitions: 24, consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'fanout', kind: 'stream-processor', name: 'Friend fan-out', instances: 4, zone: 'region', ...at(4, 2) },
    ],
    calls: [
      { id: 'apps-lb', from: 'apps', to: 'lb', mode: 'sync', label: 'heartbeat, GET friends\' status' },
      { id: 'lb-gateways', from: 'lb', to: 'gateways', mode: 'sync', timeoutMs: 500 },
      { id: 'gateways-keys', from: 'gateways', to: 'keys', mode: 'sync', label: 'SET EX 60 / MGET', timeoutMs: 80 },
      { id: 'gateways-last-seen', from: 'gateways', to: 'last-seen', mode: 'sync', traffic: 'write', fraction: 0.5, label: 'last seen, once a minute', timeoutMs: 60 },
      { id: 'gateways-changes', from: 'gateways', to: 'changes', mode: 'async', traffic: 'write', fraction: 0.02, label: 'online ↔ offline' },
      { id: 'changes-fanout', from: 'changes', to: 'fanout', mode: 'async' },
      { id: 'fanout-gateways', from: 'fanout', to: 'gateways', mode: 'async', callsPerRequest: 10, label: 'to online friends' },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('presence.apps', SECTION, '30 s', 'how often an open app says it is still there'),
    namedInPlaybook('presence.last-seen', SECTION, '1/min', 'the most often last-seen is written per user'),
    namedInPlaybook('presence.changes', SECTION, 'not on every heartbeat', 'why only transitions fan out'),
    namedInPlaybook('presence.gateways', 'realTimePush', 'WebSocket', 'the connection heartbeats travel on'),
  ],
};
