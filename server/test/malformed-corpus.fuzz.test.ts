// A seeded corpus of 10,000+ frames, most of them malformed (random bytes, valid headers over garbage,
// bit flips, cuts and splices of real updates, non-canonical varints, forged awareness), sent to one board
// through in-memory sockets. A model doc applies the frames the relay kept (socket still open), each of
// which Yjs must take cleanly (no error, no pending structs or deletes); at the end the board, in memory
// and in storage, equals the model: every refused frame changed nothing, nothing kept was garbage, and the
// relay never threw. FUZZ_SEED=<n> replays one seed.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../src/close-codes.js';
import { decodeClientMessage, encodeSyncStep2, encodeUpdateMessage } from '../src/protocol.js';
import type { MemoryPeer } from './memory-socket.js';
import { printSeed, seededRandom, seedsFrom } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { LIMITS_BOARD, startLimitsRelay } from './limits-harness.js';
import type { LimitsRelay } from './limits-harness.js';

const FRAMES_PER_SEED = 2_600;
const REFUSALS = new Set<number>([CloseCode.MALFORMED_MESSAGE, CloseCode.PENDING_UPDATE_TIMEOUT, CloseCode.TOO_LARGE]);
const UNLIMITED = { socketFrameBurst: 1e9, socketByteBurst: 1e12, boardFrameBurst: 1e9, boardByteBurst: 1e12, pendingUpdateTimeoutMs: 3_600_000 };

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.int(256));
}

/** A real edit on a copy of the model: what an honest client would send next. */
function honestUpdate(model: Y.Doc, random: Random): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(model));
  const before = Y.encodeStateVector(peer);
  const map = peer.getMap('m');
  const text = peer.getText('t');
  const choice = random.int(4);
  if (choice === 0) map.set(`k${random.int(20)}`, random.int(1000));
  else if (choice === 1) text.insert(random.int(text.length + 1), 'abc'.slice(random.int(3)));
  else if (choice === 2 && text.length > 0) text.delete(random.int(text.length), 1);
  else map.delete(`k${random.int(20)}`);
  const update = Y.encodeStateAsUpdate(peer, before);
  peer.destroy();
  return update;
}

function mutate(bytes: Uint8Array, random: Random): Uint8Array {
  const copy = Uint8Array.from(bytes);
  switch (random.int(5)) {
    case 0: // flip bits
      for (let i = 0; i <= random.int(3); i++) {
        const at = random.int(copy.length);
        if (copy.length > 0) copy[at] = (copy[at] ?? 0) ^ (1 << random.int(8));
      }
      return copy;
    case 1: // cut short
      return copy.slice(0, random.int(copy.length + 1));
    case 2: // insert garbage
      return Uint8Array.from([...copy.slice(0, random.int(copy.length + 1)), ...randomBytes(random, 1 + random.int(8)), ...copy.slice(random.int(copy.length + 1))]);
    case 3: // a byte set to an extreme
      if (copy.length > 0) copy[random.int(copy.length)] = random.pick([0, 0x7f, 0x80, 0xff]) ?? 0xff;
      return copy;
    default: // a non-canonical varint in front of the payload
      return Uint8Array.from([...copy.slice(0, 2), 0x80, 0x80, ...copy.slice(2)]);
  }
}

function corpusFrame(model: Y.Doc, random: Random): Uint8Array {
  switch (random.int(7)) {
    case 0:
      return randomBytes(random, random.int(48));
    case 1:
      return Uint8Array.from([0, random.int(4), ...randomBytes(random, random.int(40))]);
    case 2:
      return Uint8Array.from([1, ...randomBytes(random, random.int(40))]);
    case 3:
      return Uint8Array.from([random.pick([2, 3, 100, 0x80]) ?? 3, ...randomBytes(random, random.int(6))]);
    case 4:
      return mutate(encodeSyncStep2(honestUpdate(model, random)), random);
    case 5:
      return random.int(4) === 0 ? encodeUpdateMessage(honestUpdate(model, random)) : mutate(encodeUpdateMessage(honestUpdate(model, random)), random);
    default:
      return mutate(encodeUpdateMessage(honestUpdate(model, random)), random);
  }
}

/** What Yjs does with the frame on a copy of the model: applied cleanly (and the copy), or not. */
function modelVerdict(model: Y.Doc, frame: Uint8Array): { applied: Y.Doc | null; stalls: boolean } {
  const decoded = decodeClientMessage(frame);
  if (!decoded.ok || (decoded.message.kind !== 'update' && decoded.message.kind !== 'sync-step-2')) return { applied: null, stalls: false };
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(model));
  try {
    Y.applyUpdate(copy, decoded.message.update);
  } catch {
    return { applied: null, stalls: false };
  }
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) return { applied: null, stalls: true };
  return { applied: copy, stalls: false };
}

async function joinQuickly(relay: LimitsRelay): Promise<MemoryPeer> {
  const { createMemoryPeer } = await import('./memory-socket.js');
  const peer = createMemoryPeer();
  relay.relay.accept(peer.serverSide, LIMITS_BOARD);
  for (let i = 0; i < 100 && peer.received.length === 0; i++) await tick();
  return peer;
}

describe('malformed-frame corpus', () => {
  it.each(seedsFrom(1300, 4))('seed %i: every refused frame leaves the board unchanged; the relay never throws', async (seed) => {
    printSeed('malformed corpus', seed);
    const random = seededRandom(seed);
    const relay = startLimitsRelay(UNLIMITED);
    let model = new Y.Doc();
    let peer = await joinQuickly(relay);
    const codes = new Map<number, number>();
    let accepted = 0;
    for (let i = 0; i < FRAMES_PER_SEED; i++) {
      const frame = corpusFrame(model, random);
      const verdict = modelVerdict(model, frame);
      peer.send(frame);
      await tick();
      // The relay may be stricter than Yjs (a zero-length delete range, a delete of what the board lacks):
      // a frame it refused must have changed nothing; one it kept must be one Yjs applies cleanly.
      if (verdict.applied !== null && peer.closed === null) {
        model = verdict.applied;
        accepted++;
      }
      if (peer.closed !== null || verdict.stalls) {
        if (peer.closed !== null) codes.set(peer.closed.code, (codes.get(peer.closed.code) ?? 0) + 1);
        // A socket whose update waits for predecessors would hold its later updates back: start afresh.
        peer.disconnect();
        peer = await joinQuickly(relay);
      }
    }
    for (let i = 0; i < 10; i++) await tick();
    console.log(`  ${FRAMES_PER_SEED} frames: ${accepted} frames kept (each applied cleanly by Yjs), closes by code ${JSON.stringify(Object.fromEntries(codes))}`);
    for (const code of codes.keys()) expect(REFUSALS.has(code)).toBe(true);
    const room = relay.relay.rooms.get(LIMITS_BOARD);
    expect(room?.doc.store.pendingStructs ?? null).toBeNull();
    expect(room?.doc.getMap('m').toJSON()).toEqual(model.getMap('m').toJSON());
    expect(room?.doc.getText('t').toString()).toBe(model.getText('t').toString());
    const stored = new Y.Doc();
    for (const update of await relay.stored()) Y.applyUpdate(stored, update);
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(model));
    expect(stored.getMap('m').toJSON()).toEqual(model.getMap('m').toJSON());
  }, 120_000);
});
