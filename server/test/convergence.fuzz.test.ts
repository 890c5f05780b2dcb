// Seeded convergence fuzz: several real y-websocket clients apply random board operations through the
// @napkin/doc Board API while randomly dropping and regaining their connection; once all are back and
// settled, every client and a fresh one must hold the same normalised board.
// FUZZ_SEED=<n> replays one seed; a failing seed should be pinned in SEEDS as a regression.
import { afterEach, describe, expect, it } from 'vitest';
import { Board } from '@napkin/doc';
import type { CallId, ComponentId, ZoneId } from '@napkin/doc';
import { connectClient, newBoardId, startTestRelay, waitFor } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';
import { fuzzSeeds, printSeed, replayHint, seededRandom } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';

const SEEDS = fuzzSeeds([1, 42, 20240611]);
const CLIENTS = 4;
const STEPS = 160;

/** The board as every peer must see it: snapshot arrays are id-sorted by the reader; compared as JSON. */
const normalised = (board: Board): string => JSON.stringify(board.snapshot());


function randomOperation(board: Board, random: Random): void {
  const snapshot = board.snapshot();
  const componentIds = snapshot.components.map((component) => component.id as ComponentId);
  const callIds = snapshot.calls.map((call) => call.id as CallId);
  const zoneIds = snapshot.zones.map((zone) => zone.id as ZoneId);
  const roll = random.int(10);
  const someComponent = random.pick(componentIds);
  switch (roll) {
    case 0:
    case 1:
      board.addComponent({ kind: random.pick(['service', 'database', 'cache', 'queue']) ?? 'service', x: random.int(2000), y: random.int(2000) });
      return;
    case 2:
    case 3:
      if (someComponent !== undefined) board.moveComponent(someComponent, random.int(2000), random.int(2000));
      return;
    case 4:
      if (someComponent !== undefined) board.updateComponent(someComponent, { name: `n${random.int(1000)}` });
      return;
    case 5:
      if (someComponent !== undefined) board.removeComponent(someComponent);
      return;
    case 6: {
      const to = random.pick(componentIds);
      if (someComponent !== undefined && to !== undefined && to !== someComponent) {
        board.addCall({ from: someComponent, to, mode: random.next() < 0.5 ? 'sync' : 'async' });
      }
      return;
    }
    case 7: {
      const call = random.pick(callIds);
      if (call !== undefined) board.removeCall(call);
      return;
    }
    case 8:
      if (random.next() < 0.5) board.addZone({ level: 'region', x: random.int(500), y: random.int(500), width: 300, height: 200 });
      else {
        const zone = random.pick(zoneIds);
        if (zone !== undefined) board.removeZone(zone);
      }
      return;
    default:
      board.setTitle(`title ${random.int(100)}`);
  }
}

describe('convergence fuzz', () => {
  let relay: TestRelay | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay?.dispose();
    relay = undefined;
  });

  it.each(SEEDS)('seed %i: all clients and a fresh one end with the same board', async (seed) => {
    printSeed('convergence fuzz', seed);
    const random = seededRandom(seed);
    relay = await startTestRelay();
    const url = relay.url;
    const boardId = newBoardId();
    const peers = Array.from({ length: CLIENTS }, () => {
      const client = connectClient(url, boardId);
      clients.push(client);
      return { client, board: new Board(client.doc) };
    });
    try {
      for (let step = 0; step < STEPS; step++) {
        const peer = random.pick(peers);
        if (peer === undefined) continue;
        if (random.next() < 0.08) {
          if (peer.client.provider.shouldConnect) peer.client.provider.disconnect();
          else peer.client.provider.connect();
        } else {
          randomOperation(peer.board, random);
        }
        // Let traffic flow between some steps so edits interleave with relaying, not only at the end.
        if (random.next() < 0.3) await new Promise((resolve) => setTimeout(resolve, random.int(15)));
      }
      for (const { client } of peers) client.provider.connect();
      const agreed = (): boolean => peers.every(({ board }) => normalised(board) === normalised(peers[0]!.board));
      await waitFor(() => peers.every(({ client }) => client.provider.synced) && agreed(), 'all clients agree', 20_000);

      const fresh = connectClient(url, boardId);
      clients.push(fresh);
      const freshBoard = new Board(fresh.doc);
      await waitFor(() => fresh.provider.synced && normalised(freshBoard) === normalised(peers[0]!.board), 'fresh client agrees', 20_000);
      expect(JSON.parse(normalised(freshBoard))).toEqual(JSON.parse(normalised(peers[0]!.board)));
    } catch (error) {
      const boards = peers.map(({ board }) => normalised(board));
      throw new Error(`convergence fuzz failed for seed ${seed} (${replayHint(seed)}): ${String(error)}\n${boards.join('\n')}`);
    }
  });
});
