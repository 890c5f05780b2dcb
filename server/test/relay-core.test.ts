// The relay core through in-memory sockets, with storage whose appends and loads the test completes by
// hand: proves "loaded before the first sync reply" and "durable before relayed" deterministically.
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { admitEveryone } from '../src/auth.js';
import { CloseCode } from '../src/close-codes.js';
import { createSilentLogger } from '../src/logger.js';
import { InProcessPresenceRegistry } from '../src/presence/presence-registry.js';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from '../src/protocol.js';
import { Relay } from '../src/relay.js';
import { GatedStorage } from './gated-storage.js';
import { createMemoryPeer } from './memory-socket.js';
import type { MemoryPeer } from './memory-socket.js';

const BOARD = 'relay-core-board-0001';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

/** Message type and sync type of a frame the relay sent. */
function kindOf(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  return type === 0 ? `sync-${decoding.readVarUint(decoder)}` : `type-${type}`;
}

function setup(initial: Uint8Array[] = []): { relay: Relay; storage: GatedStorage; join: () => MemoryPeer } {
  const storage = new GatedStorage(initial);
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
  return { relay, storage, join };
}

function updateSetting(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, true);
  return Y.encodeStateAsUpdate(doc);
}

describe('relay core', () => {
  it('answers nothing until the board is loaded, then replies with the stored board', async () => {
    const { storage, join } = setup([updateSetting('stored')]);
    const peer = join();
    peer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await settle();
    expect(peer.received).toEqual([]);

    storage.finishLoad();
    await settle();
    expect(peer.received.map(kindOf)).toEqual(['sync-0', 'sync-1']);
    const doc = new Y.Doc();
    const reply = decoding.createDecoder(peer.received[1] ?? new Uint8Array());
    decoding.readVarUint(reply);
    decoding.readVarUint(reply);
    Y.applyUpdate(doc, decoding.readVarUint8Array(reply));
    expect(doc.getMap('m').toJSON()).toEqual({ stored: true });
  });

  it('relays an update only after storage made it durable, in arrival order', async () => {
    const { storage, join } = setup();
    const a = join();
    const b = join();
    storage.finishLoad();
    await settle();
    b.received.length = 0;

    a.send(encodeUpdateMessage(updateSetting('first')));
    a.send(encodeUpdateMessage(updateSetting('second')));
    await settle();
    expect(storage.appended).toHaveLength(2);
    expect(b.received).toEqual([]);

    // The second append becoming durable first must not overtake the first.
    storage.makeNextAppendDurable();
    await settle();
    expect(b.received.map(kindOf)).toEqual(['sync-2']);
    storage.makeNextAppendDurable();
    await settle();
    expect(b.received.map(kindOf)).toEqual(['sync-2', 'sync-2']);
    expect(a.received.filter((frame) => kindOf(frame) === 'sync-2')).toEqual([]);
  });

  it('a sync step 2 is stored and relayed only for what the board lacks', async () => {
    const known = updateSetting('known');
    const { storage, join } = setup([known]);
    const a = join();
    const b = join();
    storage.finishLoad();
    await settle();
    b.received.length = 0;

    // A reconnecting client sends its whole state: the board has all of it, so nothing is stored or sent.
    a.send(encodeSyncStep2(known));
    await settle();
    expect(storage.appended).toEqual([]);

    // With one new entry besides the known one, only the new entry goes to storage and to the others.
    const client = new Y.Doc();
    Y.applyUpdate(client, known);
    client.getMap('m').set('new', true);
    a.send(encodeSyncStep2(Y.encodeStateAsUpdate(client)));
    await settle();
    expect(storage.appended).toHaveLength(1);
    const stored = new Y.Doc();
    Y.applyUpdate(stored, storage.appended[0] ?? new Uint8Array());
    expect(stored.getMap('m').toJSON()).toEqual({ new: true });
    storage.makeNextAppendDurable();
    await settle();
    expect(b.received.map(kindOf)).toEqual(['sync-2']);
  });

  it('a malformed frame never reaches storage and closes only its socket', async () => {
    const { storage, join, relay } = setup();
    const a = join();
    const bad = join();
    storage.finishLoad();
    await settle();
    bad.send(Uint8Array.of(0, 2, 5, 1, 2));
    await settle();
    expect(bad.closed?.code).toBe(CloseCode.MALFORMED_MESSAGE);
    expect(a.closed).toBeNull();
    expect(storage.appended).toEqual([]);
    expect(relay.stats()).toEqual({ rooms: 1, connections: 1 });
  });
});
