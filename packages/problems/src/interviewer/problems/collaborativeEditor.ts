// Collaborative editor: every editor of a document holds a WebSocket to the one server that owns it (the
// merge authority, found by document id); operations are appended to a log and snapshots taken now and
// then, and cursors travel on a separate, ephemeral pub/sub channel.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.16 Collaborative Editor (Google Docs)';

export const COLLABORATIVE_EDITOR: ProblemMaterial = {
  id: 'collaborative-editor',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'ot-crdt', title: 'Merges concurrent edits without locks using OT or a CRDT', check: null, term: 'CRDT' },
    { id: 'websocket-authority', title: 'Keeps a WebSocket per session to the one server that merges a given document', check: { type: 'serves', kinds: ['websocket-gateway'] }, term: 'merge authority' },
    { id: 'partitioning', title: 'Partitions by document: one shard owns a document and its editors connect there', check: null, term: 'one shard owns one document' },
    { id: 'snapshot-log', title: 'Appends every operation to a log and snapshots periodically for fast loads', check: { type: 'async-into', kinds: ['event-stream', 'message-queue'] }, term: 'Snapshot + ops log' },
    { id: 'presence-channel', title: 'Sends cursors on a separate ephemeral channel', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'Presence cursors' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Collaborative editor (reference design)',
    components: [
      {
        id: 'editors', kind: 'web-client', name: 'Editors (browsers)',
        entry: { dau: 10_000_000, actionsPerUser: 500, peakFactor: 3, readFraction: 0.5, p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 100 },
        ...at(0, 1),
      },
      { id: 'lb', kind: 'load-balancer-l7', name: 'L7 LB (route by document)', instances: 6, zone: 'region', ...at(1, 1) },
      { id: 'doc-servers', kind: 'websocket-gateway', name: 'Document servers (owner per doc)', instances: 30, zone: 'region', ...at(2, 1) },
      { id: 'cursors', kind: 'in-memory-cache', name: 'Redis cursors + snapshots', instances: 3, params: { hitRatio: 0.95, ttlSeconds: 30 }, zone: 'region', ...at(3, 0) },
      { id: 'snapshots', kind: 'object-storage', name: 'S3 snapshots', instances: 2, zone: 'region', ...at(4, 0) },
      { id: 'ops', kind: 'event-stream', name: 'Kafka op log', instances: 6, params: { partitions: 48, consumers: 16, hasDeadLetterQueue: true }, zone: 'region', ...at(3, 2) },
      { id: 'persister', kind: 'stream-processor', name: 'Op persister + snapshotter', instances: 16, zone: 'region', ...at(4, 2) },
      { id: 'history', kind: 'wide-column-store', name: 'Cassandra op history', instances: 24, zone: 'region', ...at(5, 2) },
    ],
    calls: [
      { id: 'editors-lb', from: 'editors', to: 'lb', mode: 'sync', label: 'ops + cursor moves' },
      { id: 'lb-doc-servers', from: 'lb', to: 'doc-servers', mode: 'sync', timeoutMs: 500 },
      { id: 'doc-servers-cursors', from: 'doc-servers', to: 'cursors', mode: 'sync', traffic: 'read', label: 'cursors, open from snapshot', timeoutMs: 300 },
      { id: 'cursors-snapshots', from: 'cursors', to: 'snapshots', mode: 'sync', label: 'misses', timeoutMs: 250 },
      { id: 'doc-servers-ops', from: 'doc-servers', to: 'ops', mode: 'async', traffic: 'write', label: 'append op' },
      { id: 'ops-persister', from: 'ops', to: 'persister', mode: 'async' },
      { id: 'persister-history', from: 'persister', to: 'history', mode: 'sync', timeoutMs: 200, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-central-1' }],
  }),
  citations: [
    namedInPlaybook('collaborative-editor.doc-servers', SECTION, 'WebSocket per session', 'each editor\'s connection to the document\'s owner'),
    namedInPlaybook('collaborative-editor.cursors', SECTION, 'ephemeral channel', 'cursors need less durability than text'),
    namedInPlaybook('collaborative-editor.ops', SECTION, 'periodic snapshots', 'so opening a document does not replay its whole history'),
    namedInPlaybook('collaborative-editor.lb', SECTION, 'Document partitioning', 'why the balancer routes by document id'),
  ],
};
