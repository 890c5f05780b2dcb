// "Saved" (type 100) over real sockets, with storage that holds appends until the test lets them through:
// a request is answered only once the updates its socket sent before it are durable, at once when nothing
// of the socket's is pending, and never to a socket that did not ask (the official y-websocket client).
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { encodeSavedMessage, encodeSyncStep2, encodeUpdateMessage, MessageType } from '../src/protocol.js';
import { GatedStorage } from './gated-storage.js';
import { tokenParams } from '../src/access/link-client.js';
import { connectClient, newBoardId, startTestRelay, tokenFor, updatesIn, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';
import { barrier, joinRaw, typeOf } from './raw-client.js';
import type { RawClient } from './raw-client.js';

/** A raw client that notes, with each saved answer, how many appends were durable when it arrived. */
async function joinNoting(relay: TestRelay, boardId: string, storage: GatedStorage): Promise<RawClient & { durableAtAnswer: number[] }> {
  const durableAtAnswer: number[] = [];
  const client = await joinRaw(relay.url, boardId, () => durableAtAnswer.push(storage.durable.length));
  return { ...client, durableAtAnswer };
}

function updateSetting(doc: Y.Doc, key: string): Uint8Array {
  let captured: Uint8Array | null = null;
  const capture = (update: Uint8Array): void => void (captured = update);
  doc.on('update', capture);
  doc.getMap('m').set(key, true);
  doc.off('update', capture);
  if (captured === null) throw new Error('no update');
  return captured;
}

describe('saved answers over real sockets', () => {
  let relay: TestRelay | undefined;
  const sockets: WebSocket[] = [];
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    for (const client of clients.splice(0)) client.destroy();
    await relay?.dispose();
    relay = undefined;
  });

  async function start(): Promise<{ relay: TestRelay; storage: GatedStorage; boardId: string }> {
    const storage = new GatedStorage();
    storage.finishLoad();
    relay = await startTestRelay({ storage });
    return { relay, storage, boardId: newBoardId() };
  }

  it('answers a request only once the update sent before it is durable', async () => {
    const { relay, storage, boardId } = await start();
    const client = await joinNoting(relay, boardId, storage);
    sockets.push(client.socket);

    client.send(encodeUpdateMessage(updateSetting(new Y.Doc(), 'edit')));
    client.send(encodeSavedMessage(1));
    await barrier(client);
    expect(storage.appended).toHaveLength(1);
    expect(client.answers).toEqual([]);

    storage.makeNextAppendDurable();
    await waitFor(() => client.answers.length > 0, 'saved answer');
    expect(client.answers).toEqual([1]);
    expect(client.durableAtAnswer).toEqual([1]);
  });

  it('answers at once when the request follows nothing new (a sync step 2 the board already holds)', async () => {
    const { relay, storage, boardId } = await start();
    const client = await joinNoting(relay, boardId, storage);
    sockets.push(client.socket);

    client.send(encodeSyncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    client.send(encodeSavedMessage(41));
    await waitFor(() => client.answers.length > 0, 'saved answer');
    expect(client.answers).toEqual([41]);
    expect(client.durableAtAnswer).toEqual([0]);
    expect(storage.appended).toEqual([]);
  });

  it('the official y-websocket client, which never asks, never receives type 100', async () => {
    const { relay, storage, boardId } = await start();
    // With its token up front, so the provider's socket exists at once and no frame goes unseen.
    const official = connectClient(relay.url, boardId, undefined, tokenParams(await tokenFor(relay.url, boardId)));
    clients.push(official);
    const officialTypes: number[] = [];
    // The provider's socket delivers ArrayBuffers (binaryType 'arraybuffer').
    (official.provider.ws as unknown as WebSocket).on('message', (data: ArrayBuffer) => officialTypes.push(typeOf(new Uint8Array(data))));
    await waitForSynced(official);
    const asking = await joinNoting(relay, boardId, storage);
    sockets.push(asking.socket);

    // Both edit; only the raw client asks. Every append is let through as it comes.
    official.map.set('from-official', 1);
    asking.send(encodeUpdateMessage(updateSetting(new Y.Doc(), 'from-asking')));
    asking.send(encodeSavedMessage(7));
    await waitFor(() => {
      storage.makeAllAppendsDurable();
      return asking.answers.length > 0 && official.doc.getMap('m').get('from-asking') === true && updatesIn(asking.frames).length > 0;
    }, 'both edits relayed and the asking client answered');

    expect(asking.answers).toEqual([7]);
    expect(officialTypes.length).toBeGreaterThan(0);
    expect(officialTypes.filter((type) => type === MessageType.SAVED)).toEqual([]);
    expect(official.provider.wsconnected).toBe(true);
  });

  it('answers each socket for its own updates when one commit holds several sockets', async () => {
    const { relay, storage, boardId } = await start();
    const alice = await joinNoting(relay, boardId, storage);
    const bob = await joinNoting(relay, boardId, storage);
    sockets.push(alice.socket, bob.socket);

    alice.send(encodeUpdateMessage(updateSetting(new Y.Doc(), 'alice')));
    alice.send(encodeSavedMessage(3));
    bob.send(encodeUpdateMessage(updateSetting(new Y.Doc(), 'bob')));
    bob.send(encodeSavedMessage(9));
    await barrier(alice);
    await barrier(bob);
    expect(storage.heldCount).toBe(2);
    expect([...alice.answers, ...bob.answers]).toEqual([]);

    storage.makeAllAppendsDurable();
    await waitFor(() => alice.answers.length > 0 && bob.answers.length > 0, 'both answered');
    expect([alice.answers, alice.durableAtAnswer]).toEqual([[3], [2]]);
    expect([bob.answers, bob.durableAtAnswer]).toEqual([[9], [2]]);
  });
});
