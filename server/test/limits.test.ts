// Each limit closes the offending socket with its documented close code, and what it refused reaches
// neither storage nor any other peer (server/src/limits/, README "Limits").
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../src/close-codes.js';
import { encodeAwarenessMessage, encodeSyncStep2, encodeUpdateMessage, MessageType } from '../src/protocol.js';
import { waitFor } from './harness.js';
import { closeCodeOf, kindOf, startLimitsRelay, updatesOf } from './limits-harness.js';

const QUERY_AWARENESS = Uint8Array.of(MessageType.QUERY_AWARENESS);

/** Sync updates a peer was sent (frames `[0][2]…`). */
const relayedUpdates = (received: readonly Uint8Array[]): number => received.filter((frame) => kindOf(frame) === 'sync-2').length;

describe('rate limits (token buckets, 4429)', () => {
  it('a socket over its frame burst is closed with 4429; its board and other sockets carry on', async () => {
    const { join } = startLimitsRelay({ socketFrameBurst: 10, socketFramesPerSecond: 0 });
    const flooder = await join();
    const other = await join();
    for (let i = 0; i < 11; i++) flooder.send(QUERY_AWARENESS);
    expect(await closeCodeOf(flooder)).toBe(CloseCode.RATE_LIMITED);
    expect(flooder.closed?.reason).toMatch(/frames per second from this socket/);
    expect(other.closed).toBeNull();
  });

  it('a socket over its byte burst is closed with 4429', async () => {
    const { join } = startLimitsRelay({ socketByteBurst: 1000, socketBytesPerSecond: 0 });
    const peer = await join();
    const doc = new Y.Doc();
    const [update] = updatesOf(doc, () => doc.getMap('m').set('big', 'x'.repeat(2000)));
    peer.send(encodeUpdateMessage(update ?? new Uint8Array()));
    expect(await closeCodeOf(peer)).toBe(CloseCode.RATE_LIMITED);
  });

  it("a board's frame burst is shared by its sockets: the one that tips it is closed with 4429", async () => {
    const { join } = startLimitsRelay({ boardFrameBurst: 10, boardFramesPerSecond: 0 });
    const first = await join();
    const second = await join();
    for (let i = 0; i < 6; i++) first.send(QUERY_AWARENESS);
    for (let i = 0; i < 5; i++) second.send(QUERY_AWARENESS);
    expect(await closeCodeOf(second)).toBe(CloseCode.RATE_LIMITED);
    expect(second.closed?.reason).toMatch(/on this board/);
    expect(first.closed).toBeNull();
  });
});

describe('size limits (4413)', () => {
  it('an update over maxUpdateBytes is refused with 4413 and a reason the writer can act on', async () => {
    const { join, stored } = startLimitsRelay({ maxUpdateBytes: 1000 });
    const writer = await join();
    const reader = await join();
    const doc = new Y.Doc();
    const [update] = updatesOf(doc, () => doc.getMap('m').set('big', 'x'.repeat(2000)));
    writer.send(encodeUpdateMessage(update ?? new Uint8Array()));
    expect(await closeCodeOf(writer)).toBe(CloseCode.TOO_LARGE);
    expect(writer.closed?.reason).toMatch(/update too large: .* split it/);
    expect(await stored()).toEqual([]);
    expect(relayedUpdates(reader.received)).toBe(0);
  });

  it('a board at maxBoardBytes refuses growth with 4413 "board is full", keeps what it had, and still takes deletes', async () => {
    const { join, stored } = startLimitsRelay({ maxBoardBytes: 64 * 1024 });
    const writer = await join();
    const doc = new Y.Doc();
    const map = doc.getMap('m');
    const updates = updatesOf(doc, () => {
      for (let i = 0; i < 100; i++) map.set(`k${i}`, 'x'.repeat(1000));
    });
    for (const update of updates) writer.send(encodeUpdateMessage(update));
    expect(await closeCodeOf(writer)).toBe(CloseCode.TOO_LARGE);
    expect(writer.closed?.reason).toMatch(/board is full \(0\.1 MiB limit\): delete components or start a new board/);
    const kept = await stored();
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(100);

    // Someone else frees space: a delete-only update passes although the board is full.
    const cleaner = await join();
    const freeing = new Y.Doc();
    Y.applyUpdate(freeing, Y.mergeUpdates([...kept]));
    const [deletion] = updatesOf(freeing, () => freeing.getMap('m').delete('k0'));
    cleaner.send(encodeUpdateMessage(deletion ?? new Uint8Array()));
    for (let polls = 0; (await stored()).length < kept.length + 1 && polls < 1000; polls++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await stored()).toHaveLength(kept.length + 1);
    expect(cleaner.closed).toBeNull();
  });

  it('an awareness frame over maxAwarenessBytes is refused with 4413', async () => {
    const { join } = startLimitsRelay({ maxAwarenessBytes: 256 });
    const peer = await join();
    const encoder = new TextEncoder();
    const json = encoder.encode(JSON.stringify({ user: { name: 'x'.repeat(400), color: '#000000' } }));
    const update = Uint8Array.of(1, 7, 1, ...varUint(json.byteLength), ...json);
    peer.send(encodeAwarenessMessage(update));
    expect(await closeCodeOf(peer)).toBe(CloseCode.TOO_LARGE);
  });
});

describe('update checks against the board', () => {
  it('empty and no-op updates are neither stored nor relayed, and the socket stays', async () => {
    const { join, stored } = startLimitsRelay();
    const writer = await join();
    const reader = await join();
    const doc = new Y.Doc();
    const [real] = updatesOf(doc, () => doc.getMap('m').set('a', 1));
    writer.send(encodeUpdateMessage(real ?? new Uint8Array()));
    await waitFor(() => relayedUpdates(reader.received) === 1, 'the real update is relayed');
    writer.send(encodeUpdateMessage(Uint8Array.of(0, 0))); // no structs, no deletes
    writer.send(encodeUpdateMessage(Uint8Array.of(1, 0, 5, 3, 0))); // one client with zero structs
    writer.send(encodeUpdateMessage(real ?? new Uint8Array())); // a duplicate: nothing new
    const after = doc.getMap('m');
    const [second] = updatesOf(doc, () => after.set('b', 2));
    writer.send(encodeUpdateMessage(second ?? new Uint8Array()));
    await waitFor(() => relayedUpdates(reader.received) === 2, 'the next real update is relayed');
    expect(await stored()).toHaveLength(2);
    expect(writer.closed).toBeNull();
  });

  it('a zero-length delete range (decodes, but makes Yjs throw on every peer) is refused with 4400', async () => {
    const { join, stored } = startLimitsRelay();
    const writer = await join();
    writer.send(encodeUpdateMessage(Uint8Array.of(0, 1, 5, 1, 3, 0)));
    expect(await closeCodeOf(writer)).toBe(CloseCode.MALFORMED_MESSAGE);
    expect(await stored()).toEqual([]);
  });

  it('an update sent before the sync step 2 that carries its predecessor waits for it, then is stored and relayed', async () => {
    // A client reconnecting after its previous socket lost an update in flight: its next edit can reach the
    // relay before its sync step 2 (sent only once the relay's step 1 arrived) brings the lost one.
    const { join, stored } = startLimitsRelay();
    const writer = await join();
    const reader = await join();
    const doc = new Y.Doc();
    const [lost, next] = updatesOf(doc, () => {
      doc.getMap('m').set('a', 1);
      doc.getMap('m').set('b', 2);
    });
    const stateWithLost = new Y.Doc();
    Y.applyUpdate(stateWithLost, lost ?? new Uint8Array());
    writer.send(encodeUpdateMessage(next ?? new Uint8Array()));
    writer.send(encodeSyncStep2(Y.encodeStateAsUpdate(stateWithLost)));
    await waitFor(() => relayedUpdates(reader.received) === 2, 'both relayed');
    const board = new Y.Doc();
    for (const update of await stored()) Y.applyUpdate(board, update);
    expect(board.getMap('m').toJSON()).toEqual({ a: 1, b: 2 });
    expect(writer.closed).toBeNull();
  });

  it('updates whose predecessors never arrive are refused with 4408: never stored, relayed or kept', async () => {
    const { relay, join, stored } = startLimitsRelay({ pendingUpdateTimeoutMs: 20 });
    const writer = await join();
    const reader = await join();
    const doc = new Y.Doc();
    const [, second, third] = updatesOf(doc, () => {
      for (const key of ['a', 'b', 'c']) doc.getMap('m').set(key, key);
    });
    writer.send(encodeUpdateMessage(second ?? new Uint8Array()));
    writer.send(encodeUpdateMessage(third ?? new Uint8Array()));
    expect(await closeCodeOf(writer)).toBe(CloseCode.PENDING_UPDATE_TIMEOUT);
    expect(writer.closed?.reason).toMatch(/depends on edits the board does not have/);
    expect(await stored()).toEqual([]);
    expect(relayedUpdates(reader.received)).toBe(0);
    expect(relay.rooms.all()[0]?.doc.store.pendingStructs).toBeNull();
  });

  it('too many frames behind a waiting update close the socket with 4408 at once', async () => {
    const { join } = startLimitsRelay({ pendingUpdateFrames: 3, pendingUpdateTimeoutMs: 3_600_000 });
    const writer = await join();
    const doc = new Y.Doc();
    const updates = updatesOf(doc, () => {
      for (let i = 0; i < 6; i++) doc.getMap('m').set(`k${i}`, i);
    });
    for (const update of updates.slice(1)) writer.send(encodeUpdateMessage(update));
    expect(await closeCodeOf(writer)).toBe(CloseCode.PENDING_UPDATE_TIMEOUT);
  });
});

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest);
  return bytes;
}
