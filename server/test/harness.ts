// Shared test harness: a relay on port 0 with a temp data dir, real y-websocket clients, and polling waits.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { encodeUpdateMessage } from '../src/protocol.js';
import { newId } from '@napkin/doc';
import { linkFor, tokenParams } from '../src/access/link-client.js';
import type { Role } from '../src/access/roles.js';
import { createSilentLogger } from '../src/logger.js';
import type { ServerOptions } from '../src/config.js';
import { decodeClientMessage } from '../src/protocol.js';
import { startServer } from '../src/server.js';
import type { RunningServer } from '../src/server.js';

export async function makeTempDir(prefix = 'napkin-server-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A valid board id (the relay refuses ids shorter than 16 characters). */
export const newBoardId = (): string => newId();

/**
 * The operator secret every relay these tests start is given (in-process and child processes alike), so
 * that `linkFor` (src/access/link-client.ts, the one helper) can issue links on any of them.
 */
export const TEST_ADMIN_TOKEN = randomBytes(24).toString('base64url');

/** `/healthz` shows its details (counts, storage, Redis) only with the admin token. */
export const ADMIN_HEADERS = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

/** A token for `role` on the board (one per relay, board and role, cached). */
export const tokenFor = async (url: string, boardId: string, role: Role = 'editor'): Promise<string> =>
  (await linkFor(url, TEST_ADMIN_TOKEN, boardId, role)).token;

/** `ws://…/ws/<room>?k=<token>` for a hand-made socket; `room` may name a side room (`<id>~notes`). */
export async function roomUrl(url: string, room: string, role: Role = 'editor'): Promise<string> {
  const boardId = room.split('~')[0] ?? room;
  return `${url.replace(/^http/, 'ws')}/ws/${room}?k=${await tokenFor(url, boardId, role)}`;
}

export interface TestRelay extends RunningServer {
  readonly dataDir: string;
  /** Closes the server and deletes its data dir. */
  dispose(): Promise<void>;
}

export async function startTestRelay(options: ServerOptions = {}): Promise<TestRelay> {
  const temp = await makeTempDir();
  const dataDir = options.dataDir ?? temp.path;
  const server = await startServer({
    port: 0, host: '127.0.0.1', logger: createSilentLogger(), webDistDir: join(temp.path, 'no-web'), adminToken: TEST_ADMIN_TOKEN, ...options, dataDir,
  });
  return {
    ...server,
    dataDir,
    dispose: async () => {
      await server.close();
      await temp.remove();
    },
  };
}

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly map: Y.Map<unknown>;
  destroy(): void;
}

/**
 * A real y-websocket client on `ws://…/ws/<boardId>`, as the web app connects; `params` go in the query.
 * Without a token in `params` (`k`) it connects once `linkFor` gave it an editor link (`role` for another).
 */
export function connectClient(url: string, boardId: string, doc = new Y.Doc(), params?: Record<string, string>, role: Role = 'editor'): TestClient {
  const needsLink = params?.k === undefined;
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/ws`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
    connect: !needsLink,
    ...(params === undefined ? {} : { params }),
  });
  let destroyed = false;
  if (needsLink) {
    void tokenFor(url, boardId.split('~')[0] ?? boardId, role).then(
      (token) => {
        if (destroyed) return;
        provider.params = { ...provider.params, ...tokenParams(token) };
        provider.connect();
      },
      (error: unknown) => console.error('no link for the test client', error),
    );
  }
  return {
    doc,
    provider,
    map: doc.getMap('test'),
    destroy: () => {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const waitForSynced = (client: TestClient): Promise<void> => waitFor(() => client.provider.synced, 'client synced');

export const stateOf = (doc: Y.Doc): unknown => doc.getMap('test').toJSON();

/**
 * The Yjs updates inside the `[sync][update]` messages among `messages` (what the relay sent a peer): the
 * relay's update messages have the clients' wire format, so the relay's own decoder reads them.
 */
export function updatesIn(messages: readonly Uint8Array[]): Uint8Array[] {
  return messages.flatMap((message) => {
    const decoded = decodeClientMessage(message);
    return decoded.ok && decoded.message.kind === 'update' ? [decoded.message.update] : [];
  });
}

/** `count` update messages from one doc, each setting its own key. */
export function updateMessages(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const messages: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => messages.push(encodeUpdateMessage(update)));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return messages;
}
