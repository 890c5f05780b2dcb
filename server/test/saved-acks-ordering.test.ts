// "Saved" (type 100) through the relay core with in-memory sockets, where a frame reaches the relay the
// moment it is sent: a request queued while the board loads waits behind the update queued before it,
// requests one commit satisfies get one answer (the newest id), and a failed append answers nothing.
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { admitEveryone } from '../src/auth.js';
import { CloseCode } from '../src/close-codes.js';
import { createSilentLogger } from '../src/logger.js';
import { InProcessPresenceRegistry } from '../src/presence/presence-registry.js';
import { encodeSavedMessage, encodeSyncStep1, MessageType } from '../src/protocol.js';
import { Relay } from '../src/relay.js';
import { GatedStorage } from './gated-storage.js';
import { updatesIn, updateMessages } from './harness.js';
import { createMemoryPeer } from './memory-socket.js';
import type { MemoryPeer } from './memory-socket.js';

const BOARD = 'saved-acks-board-00001';

/** Lets pending promise callbacks and microtasks run (appends resolving, the relay's microtask). */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Waits until the peer holds `count` answers: a due answer waits up to ANSWER_WAIT_MS for a write to ride
 * in (due-answers.ts). Bounded by iterations, not by a duration.
 */
async function answered(peer: MemoryPeer, count: number, polls = 400): Promise<number[]> {
  for (let i = 0; i < polls && answersTo(peer).length < count; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return answersTo(peer);
}

/** The ids of the saved answers a peer received, in order. */
function answersTo(peer: MemoryPeer): number[] {
  return peer.received.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    return decoding.readVarUint(decoder) === MessageType.SAVED ? [decoding.readVarUint(decoder)] : [];
  });
}

function setup(): { storage: GatedStorage; join: () => MemoryPeer } {
  const storage = new GatedStorage();
  const relay = new Relay({
    storage,
    presence: new InProcessPresenceRegistry(),
    authenticate: admitEveryone,
    logger: createSilentLogger(),
    gracePeriodMs: 60_000,
  });
  const join = (): MemoryPeer => {
    const peer = createMemoryPeer();
    relay.accept(peer.serverSide, BOARD);
    return peer;
  };
  return { storage, join };
}


describe('saved answers in the relay core', () => {
  it('a request queued while the board loads waits behind the update queued before it', async () => {
    const { storage, join } = setup();
    const peer = join();
    const [update] = updateMessages(1);
    peer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    peer.send(update ?? new Uint8Array());
    peer.send(encodeSavedMessage(1));
    await settle();
    expect(peer.received).toEqual([]);
    expect(storage.appended).toEqual([]);

    storage.finishLoad();
    for (let i = 0; i < 10 && storage.appended.length === 0; i++) await settle();
    expect(storage.appended).toHaveLength(1);
    await settle();
    expect(answersTo(peer)).toEqual([]);

    storage.makeNextAppendDurable();
    expect(await answered(peer, 1)).toEqual([1]);
  });

  it('answers only the newest of the requests one commit satisfies, and only its sender', async () => {
    const { storage, join } = setup();
    storage.finishLoad();
    const alice = join();
    const bob = join();
    for (let i = 0; i < 10 && bob.received.length === 0; i++) await settle();
    updateMessages(3).forEach((update, index) => {
      alice.send(update);
      alice.send(encodeSavedMessage(index + 1));
    });
    await settle();
    expect(storage.heldCount).toBe(3);

    storage.makeAllAppendsDurable();
    expect(await answered(alice, 1)).toEqual([3]);
    expect(updatesIn(bob.received)).toHaveLength(3);
    await answered(alice, 2, 30); // would catch a second answer sent after the wait
    expect(answersTo(alice)).toEqual([3]);
    expect(answersTo(bob)).toEqual([]);
  });

  it('answers a request as soon as its own updates are durable, before later ones of the same socket', async () => {
    const { storage, join } = setup();
    storage.finishLoad();
    const alice = join();
    for (let i = 0; i < 10 && alice.received.length === 0; i++) await settle();
    const [first, second] = updateMessages(2);
    alice.send(first ?? new Uint8Array());
    alice.send(encodeSavedMessage(1));
    alice.send(second ?? new Uint8Array());
    alice.send(encodeSavedMessage(2));
    await settle();

    storage.makeNextAppendDurable();
    expect(await answered(alice, 1)).toEqual([1]);
    storage.makeNextAppendDurable();
    expect(await answered(alice, 2)).toEqual([1, 2]);
  });

  it('a due answer rides in the next write relaying another peer\'s update to its socket, else goes alone', async () => {
    const { storage, join } = setup();
    storage.finishLoad();
    const alice = join();
    const bob = join();
    for (let i = 0; i < 10 && bob.received.length === 0; i++) await settle();
    const [fromAlice, fromBob, later] = updateMessages(3);
    alice.send(fromAlice ?? new Uint8Array());
    alice.send(encodeSavedMessage(7));
    storage.makeNextAppendDurable();
    await settle();
    expect(answersTo(alice)).toEqual([]); // due, waiting for a write to alice
    const writesBefore = alice.writes.length;
    bob.send(fromBob ?? new Uint8Array());
    storage.makeNextAppendDurable();
    await settle();
    // One write to alice: Bob's update and her answer.
    expect(alice.writes.slice(writesBefore)).toEqual([2]);
    expect(answersTo(alice)).toEqual([7]);

    alice.send(later ?? new Uint8Array());
    alice.send(encodeSavedMessage(8));
    storage.makeNextAppendDurable();
    expect(await answered(alice, 2)).toEqual([7, 8]); // nobody else wrote: sent alone after the wait
    expect(alice.writes.at(-1)).toBe(1);
  });

  it('a failed append closes the socket with 4503 and the request waiting on it is never answered', async () => {
    const { storage, join } = setup();
    storage.finishLoad();
    const alice = join();
    for (let i = 0; i < 10 && alice.received.length === 0; i++) await settle();
    const [first, second] = updateMessages(2);
    alice.send(first ?? new Uint8Array());
    alice.send(second ?? new Uint8Array());
    alice.send(encodeSavedMessage(1));
    await settle();

    storage.makeNextAppendDurable();
    storage.failNextAppend();
    await settle();
    expect(alice.closed?.code).toBe(CloseCode.STORAGE_UNAVAILABLE);
    expect(answersTo(alice)).toEqual([]);
  });
});
