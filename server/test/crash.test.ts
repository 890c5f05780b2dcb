// The durability promise, end to end: once an edit has reached another client, a SIGKILL of the relay
// cannot lose it. And SIGTERM flushes and exits 0.
import { afterEach, describe, expect, it } from 'vitest';
import type { RawData, WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1, MessageType, SyncType } from '../src/protocol.js';
import { connectClient, makeTempDir, newBoardId, stateOf, waitFor, waitForSynced } from './harness.js';
import type { TestClient } from './harness.js';
import { spawnRelay } from './child-relay.js';
import type { ChildRelay } from './child-relay.js';

/**
 * Sends a sync step 1 on the client's own socket and waits for the relay's answer: the relay handles a
 * socket's frames in order, so it has read every edit the client sent before (durable or not).
 */
async function relayHasRead(client: TestClient): Promise<void> {
  const socket = client.provider.ws as unknown as WebSocket;
  let answered = false;
  const onMessage = (data: RawData): void => {
    const frame = Array.isArray(data) ? Buffer.concat(data) : new Uint8Array(data);
    if (frame[0] === MessageType.SYNC && frame[1] === SyncType.STEP_2) answered = true;
  };
  socket.on('message', onMessage);
  socket.send(encodeSyncStep1(Y.encodeStateVector(client.doc)));
  await waitFor(() => answered, "the relay's answer after the edits");
  socket.off('message', onMessage);
}

describe('relay process', () => {
  const clients: TestClient[] = [];
  const relays: ChildRelay[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    for (const relay of relays.splice(0)) {
      if (relay.process.exitCode === null && relay.process.signalCode === null) relay.process.kill('SIGKILL');
      await relay.exited;
    }
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const start = async (dataDir: string): Promise<ChildRelay> => {
    const relay = await spawnRelay(dataDir);
    relays.push(relay);
    return relay;
  };
  const client = (url: string, boardId: string): TestClient => {
    const created = connectClient(url, boardId);
    clients.push(created);
    return created;
  };

  it('SIGKILL right after an edit reached another client loses nothing that client saw', async () => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const boardId = newBoardId();
    const first = await start(dir.path);
    const a = client(first.url, boardId);
    const b = client(first.url, boardId);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);

    for (let i = 0; i < 30; i++) a.map.set(`edit${i}`, { n: i, text: 'x'.repeat(i) });
    await waitFor(() => b.map.has('edit29'), 'b observed the last edit');
    first.process.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    const observed = stateOf(b.doc);
    a.destroy();
    b.destroy();

    const second = await start(dir.path);
    const fresh = client(second.url, boardId);
    await waitForSynced(fresh);
    expect(stateOf(fresh.doc)).toEqual(observed);
  });

  it('SIGTERM flushes storage and exits 0; the board survives the restart', async () => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const boardId = newBoardId();
    const first = await start(dir.path);
    const a = client(first.url, boardId);
    await waitForSynced(a);
    const closeCodes: number[] = [];
    a.provider.on('connection-close', (event) => {
      if (event !== null) closeCodes.push(event.code);
    });
    for (let i = 0; i < 100; i++) a.map.set(`k${i}`, i);
    // No wait for durability (no other client observes): what the relay received must be flushed, not
    // dropped. Only for it to be received (a 200 ms sleep before: too short for a starved child process).
    await relayHasRead(a);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    expect(closeCodes).toContain(1001);
    a.provider.disconnect();

    const second = await start(dir.path);
    const fresh = client(second.url, boardId);
    await waitForSynced(fresh);
    expect(stateOf(fresh.doc)).toEqual(stateOf(a.doc));
  });
});
