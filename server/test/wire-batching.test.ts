// Over real sockets: updates a client sends back to back (one read, one group commit) reach another
// client byte for byte and in order, whether the relay writes them as separate frames in one write or
// merges a larger batch; the sender gets none of its own back.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { newBoardId, roomUrl, startTestRelay, updatesIn, waitFor, updateMessages } from './harness.js';
import type { TestRelay } from './harness.js';

interface RawPeer {
  readonly socket: WebSocket;
  /** Every binary message received, in order. */
  readonly messages: Uint8Array[];
}

async function joinRaw(relay: TestRelay, boardId: string): Promise<RawPeer> {
  const socket = new WebSocket(await roomUrl(relay.url, boardId));
  const messages: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => messages.push(Uint8Array.from(data)));
  await waitFor(() => messages.length > 0, 'sync step 1 from the relay'); // joined the room
  return { socket, messages };
}


describe('relayed batches on the wire', () => {
  let relay: TestRelay | undefined;
  const sockets: WebSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.close();
    await relay?.dispose();
    relay = undefined;
  });

  it('three updates sent back to back arrive as the same three messages, in order, and not at the sender', async () => {
    relay = await startTestRelay();
    const boardId = newBoardId();
    const [sender, receiver] = [await joinRaw(relay, boardId), await joinRaw(relay, boardId)];
    sockets.push(sender.socket, receiver.socket);
    const sent = updateMessages(3);
    for (const message of sent) sender.socket.send(message);
    await waitFor(() => updatesIn(receiver.messages).length === 3, 'three updates relayed');
    const hex = (updates: Uint8Array[]): string[] => updates.map((update) => Buffer.from(update).toString('hex'));
    expect(hex(updatesIn(receiver.messages))).toEqual(hex(updatesIn(sent)));
    await new Promise((resolve) => setTimeout(resolve, 50)); // an echo would have been written with the relay
    expect(updatesIn(sender.messages)).toEqual([]);
  });

  it('twelve updates sent back to back all reach the other client', async () => {
    relay = await startTestRelay();
    const boardId = newBoardId();
    const [sender, receiver] = [await joinRaw(relay, boardId), await joinRaw(relay, boardId)];
    sockets.push(sender.socket, receiver.socket);
    for (const message of updateMessages(12)) sender.socket.send(message);
    const seen = new Y.Doc();
    await waitFor(() => {
      for (const update of updatesIn(receiver.messages)) Y.applyUpdate(seen, update);
      return seen.getMap('m').size === 12;
    }, 'twelve keys relayed');
    expect(seen.getMap('m').toJSON()).toEqual(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i])));
  });
});
