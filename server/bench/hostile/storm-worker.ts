// The restart storm's clients, a share of the 1,000 in each worker process: each is a y-websocket provider
// set up as the web app sets up its own (apps/web/src/sync/createConnection.ts: the provider's backoff
// capped at 2 s, closes it cannot fix left alone, and reconnects taken over by the app's full jitter,
// imported from apps/web/src/sync/jitteredReconnect.ts, which needs no DOM). Every connection attempt
// (a WebSocket constructed, refused or not) is timed on the machine-wide monotonic clock; after `arm`,
// each client's first sync after its socket closed is timed too.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DEFAULT_JITTER, isRetryableClose, reconnectWithJitter } from '../../../apps/web/src/sync/jitteredReconnect.js';
import { tokenParams } from '../../src/access/link-client.js';
import type { ClientAssignment } from '../fanout-load.js';
import { monotonicMs } from '../fanout-load.js';
import { serveCommands } from './worker-channel.js';

export type StormCommand =
  | { readonly kind: 'connect'; readonly url: string; readonly clients: readonly ClientAssignment[] }
  | { readonly kind: 'arm' }
  | { readonly kind: 'await-resync'; readonly timeoutMs: number }
  | { readonly kind: 'stop' };

export interface StormShare {
  /** When each connection attempt since `arm` was made (monotonic ms). */
  readonly attemptsAt: number[];
  /** When each client that was closed since `arm` synced again; clients still unsynced are left out. */
  readonly resyncedAt: number[];
  readonly clients: number;
}

export type StormReply = { readonly kind: 'done' } | { readonly kind: 'resynced'; readonly share: StormShare };

let recordAttempts = false;
let attemptsAt: number[] = [];

/** The provider's WebSocket, counting attempts (y-websocket constructs one per attempt). */
class CountedWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols);
    if (recordAttempts) attemptsAt.push(monotonicMs());
  }
}

interface StormClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  closedSinceArm: boolean;
  resyncedAt: number | null;
}

const clients: StormClient[] = [];
const CONNECT_BATCH = 100;

// Every y-websocket provider adds a process 'exit' listener.
process.setMaxListeners(0);

function createClient(url: string, { boardId, key, token }: ClientAssignment): StormClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace('http', 'ws')}/ws`, boardId, doc, {
    WebSocketPolyfill: CountedWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 2000,
    shouldReconnect: (event) => isRetryableClose(event.code),
    ...(token === undefined ? {} : { params: tokenParams(token) }),
  });
  reconnectWithJitter(provider, { ...DEFAULT_JITTER, random: Math.random, shouldRetry: isRetryableClose });
  const client: StormClient = { doc, provider, closedSinceArm: false, resyncedAt: null };
  provider.on('connection-close', () => {
    if (recordAttempts) client.closedSinceArm = true;
  });
  provider.on('sync', (synced: boolean) => {
    if (synced && client.closedSinceArm) client.resyncedAt = monotonicMs();
  });
  // One edit each, so every board has content the restarted relay loads from disk.
  provider.once('sync', () => doc.getMap<number>('clients').set(key, Date.now()));
  return client;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

const resynced = (client: StormClient): boolean => client.closedSinceArm && client.provider.synced && client.resyncedAt !== null;

async function handle(command: StormCommand): Promise<StormReply> {
  switch (command.kind) {
    case 'connect':
      // In batches: the first connect is setup, not the storm being measured.
      for (let first = 0; first < command.clients.length; first += CONNECT_BATCH) {
        const batch = command.clients.slice(first, first + CONNECT_BATCH).map((assignment) => createClient(command.url, assignment));
        clients.push(...batch);
        if (!(await until(() => batch.every((client) => client.provider.synced), 60_000))) throw new Error('storm clients did not sync');
      }
      return { kind: 'done' };
    case 'arm':
      attemptsAt = [];
      recordAttempts = true;
      for (const client of clients) Object.assign(client, { closedSinceArm: false, resyncedAt: null });
      return { kind: 'done' };
    case 'await-resync': {
      await until(() => clients.every(resynced), command.timeoutMs);
      const resyncedAt = clients.filter(resynced).map((client) => client.resyncedAt ?? Number.NaN);
      return { kind: 'resynced', share: { attemptsAt, resyncedAt, clients: clients.length } };
    }
    case 'stop':
      recordAttempts = false;
      for (const client of clients.splice(0)) {
        client.provider.destroy();
        client.doc.destroy();
      }
      return { kind: 'done' };
  }
}

serveCommands(handle);
