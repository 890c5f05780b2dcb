// Seeded fuzz across two relay instances over one Redis: clients on both instances edit a shared map and
// list at random while dropping and regaining their connection; rooms leave memory quickly and the
// stream is compacted every few appends, so followers keep crossing compactions and reloads. Once all
// are back, every client and a fresh client on each instance hold the same document. Each seed also
// runs with Redis killed for the middle third of the run and restarted (appendonly).
// FUZZ_SEED=<n> replays one seed; a failing seed should be pinned in SEEDS as a regression.
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectClient, newBoardId, startTestRelay, waitFor } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { fuzzSeeds, printSeed, replayHint, seededRandom } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';

const SEEDS = fuzzSeeds([7, 1234]);
const CLIENTS = 4;
const STEPS = 150;

/** Map keys sorted: Yjs map iteration order depends on the order updates were integrated. */
const contentOf = (doc: Y.Doc): string =>
  JSON.stringify({ map: [...doc.getMap<number>('m').entries()].sort(([a], [b]) => a.localeCompare(b)), list: doc.getArray('l').toJSON() });

function randomEdit(doc: Y.Doc, random: Random): void {
  const map = doc.getMap<number>('m');
  const list = doc.getArray<string>('l');
  switch (random.int(4)) {
    case 0:
      map.set(`k${random.int(30)}`, random.int(1000));
      return;
    case 1:
      map.delete(`k${random.int(30)}`);
      return;
    case 2:
      list.insert(random.int(list.length + 1), [`v${random.int(1000)}`]);
      return;
    default:
      if (list.length > 0) list.delete(random.int(list.length), 1);
  }
}

describe('cross-instance convergence fuzz', () => {
  const clients: TestClient[] = [];
  const relays: TestRelay[] = [];
  let redis: TestRedis | null = null;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const relay of relays.splice(0)) await relay.dispose();
    await redis?.dispose();
    redis = null;
  });

  const cases = SEEDS.flatMap((seed) => [
    { seed, outage: false },
    { seed, outage: true },
  ]);
  it.each(cases)('seed $seed, Redis outage mid-run: $outage — clients on two instances and fresh ones end with the same document', async ({ seed, outage }) => {
    printSeed(`cross-instance fuzz, outage ${outage}`, seed);
    const random = seededRandom(seed);
    redis = await startTestRedis({ appendonly: outage });
    const options = { redisUrl: redis.url, gracePeriodMs: 50, redisCompactAfterEntries: 7 };
    relays.push(await startTestRelay(options), await startTestRelay(options));
    const boardId = newBoardId();
    const peers = Array.from({ length: CLIENTS }, (_, index) => {
      const client = connectClient(relays[index % relays.length]?.url ?? '', boardId);
      clients.push(client);
      return client;
    });
    try {
      for (let step = 0; step < STEPS; step++) {
        // With an outage, Redis is down for the middle third: both instances spill and edit locally.
        if (outage && step === Math.floor(STEPS / 3)) await redis.kill();
        if (outage && step === Math.floor((2 * STEPS) / 3)) await redis.start();
        const peer = peers[random.int(peers.length)];
        if (peer === undefined) continue;
        if (random.next() < 0.08) {
          if (peer.provider.shouldConnect) peer.provider.disconnect();
          else peer.provider.connect();
        } else {
          randomEdit(peer.doc, random);
        }
        if (random.next() < 0.3) await new Promise((resolve) => setTimeout(resolve, random.int(20)));
      }
      for (const peer of peers) peer.provider.connect();
      const first = peers[0] as TestClient;
      await waitFor(() => peers.every((peer) => peer.provider.synced && contentOf(peer.doc) === contentOf(first.doc)), 'all clients agree', 20_000);
      for (const relay of relays) {
        const fresh = connectClient(relay.url, boardId);
        clients.push(fresh);
        await waitFor(() => fresh.provider.synced && contentOf(fresh.doc) === contentOf(first.doc), 'a fresh client agrees', 20_000);
        expect(contentOf(fresh.doc)).toBe(contentOf(first.doc));
      }
    } catch (error) {
      throw new Error(`cross-instance fuzz failed for seed ${seed} (${replayHint(seed)}): ${String(error)}\n${peers.map((peer) => contentOf(peer.doc)).join('\n')}`);
    }
  });
});
