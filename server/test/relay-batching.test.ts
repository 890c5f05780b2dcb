// Group commit reaches the wire: updates from several peers that one write-ahead log commit makes durable
// go to every other peer in one write (not a write per update): a frame each while they are few, one
// merged update beyond that, and they still converge.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { admitEveryone } from '../src/auth.js';
import { createSilentLogger } from '../src/logger.js';
import { InProcessPresenceRegistry } from '../src/presence/presence-registry.js';
import { encodeUpdateMessage } from '../src/protocol.js';
import { MAX_SEPARATE_FRAMES } from '../src/relay-batch.js';
import { Relay } from '../src/relay.js';
import { FileBoardStorage } from '../src/storage/file-storage.js';
import { makeTempDir, updatesIn } from './harness.js';
import { createMemoryPeer } from './memory-socket.js';
import type { MemoryPeer } from './memory-socket.js';

const BOARD = 'relay-batching-board-01';

const relayedUpdates = (peer: MemoryPeer): Uint8Array[] => updatesIn(peer.received);

async function waitFor(condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 500 && !condition(); attempt++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('relay batching', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Three peers on a fresh board; `alice` and `bob` each write `perWriter` keys in one tick (one group commit). */
  async function commitFromTwoWriters(perWriter: number): Promise<{ alice: MemoryPeer; carol: MemoryPeer }> {
    const dir = await makeTempDir();
    const storage = new FileBoardStorage({ dataDir: dir.path, logger: createSilentLogger() });
    const relay = new Relay({ storage, presence: new InProcessPresenceRegistry(), authenticate: admitEveryone, logger: createSilentLogger(), gracePeriodMs: 60_000 });
    cleanups.push(async () => {
      await relay.shutdown();
      await storage.close();
      await dir.remove();
    });
    const [alice, bob, carol] = [createMemoryPeer(), createMemoryPeer(), createMemoryPeer()];
    for (const peer of [alice, bob, carol]) relay.accept(peer.serverSide, BOARD);
    await waitFor(() => [alice, bob, carol].every((peer) => peer.received.length > 0)); // each got sync step 1
    for (const peer of [alice, bob]) {
      const doc = new Y.Doc();
      doc.on('update', (update: Uint8Array) => peer.send(encodeUpdateMessage(update)));
      for (let i = 0; i < perWriter; i++) doc.getMap('m').set(`${doc.clientID}-${i}`, i);
    }
    await waitFor(() => relayedUpdates(carol).length > 0);
    await storage.flush();
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { alice, carol };
  }

  const keysIn = (updates: readonly Uint8Array[]): number => {
    const seen = new Y.Doc();
    for (const update of updates) Y.applyUpdate(seen, update);
    return Object.keys(seen.getMap('m').toJSON()).length;
  };

  it(`a commit of up to ${MAX_SEPARATE_FRAMES} updates reaches each other peer in one write, a frame per update`, async () => {
    const { alice, carol } = await commitFromTwoWriters(2);
    expect(relayedUpdates(carol)).toHaveLength(4);
    expect(carol.writes.slice(1)).toEqual([4]); // after sync step 1: the four frames in one write
    expect(keysIn(relayedUpdates(carol))).toBe(4);
    // The writers get the same write too (each learns the other's updates from it).
    expect(alice.writes.slice(1)).toEqual([4]);
  });

  it(`a commit of more than ${MAX_SEPARATE_FRAMES} updates reaches each other peer as one merged frame`, async () => {
    const { alice, carol } = await commitFromTwoWriters(3);
    expect(relayedUpdates(carol)).toHaveLength(1);
    expect(carol.writes.slice(1)).toEqual([1]);
    expect(keysIn(relayedUpdates(carol))).toBe(6);
    expect(relayedUpdates(alice)).toHaveLength(1);
  });
});
