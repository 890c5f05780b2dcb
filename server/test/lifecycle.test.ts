// Room lifecycle: eviction after the grace period, reload from storage before the first sync reply,
// awareness removal when a connection closes, and the heartbeat dropping a silent peer (but not a talking one).
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseBoardId } from '../src/board-id.js';
import { connectClient, newBoardId, roomUrl, startTestRelay, stateOf, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

describe('room lifecycle', () => {
  let relay: TestRelay | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay?.dispose();
    relay = undefined;
  });
  const client = (server: TestRelay, boardId: string): TestClient => {
    const created = connectClient(server.url, boardId);
    clients.push(created);
    return created;
  };

  it('an empty room leaves memory after the grace period and reloads from storage before its first sync', async () => {
    relay = await startTestRelay({ gracePeriodMs: 100 });
    const boardId = newBoardId();
    const writer = client(relay, boardId);
    await waitForSynced(writer);
    for (let i = 0; i < 10; i++) writer.map.set(`k${i}`, i);
    await waitFor(() => relay!.relay.rooms.get(parseBoardId(boardId)!)?.doc.getMap('test').size === 10, 'relay applied all edits');
    const expected = stateOf(writer.doc);
    writer.destroy();

    await waitFor(() => relay!.relay.stats().rooms === 0, 'room evicted after grace');
    const reader = client(relay, boardId);
    let sizeAtFirstSync = -1;
    reader.provider.once('sync', () => {
      sizeAtFirstSync = reader.map.size;
    });
    await waitForSynced(reader);
    expect(sizeAtFirstSync).toBe(10);
    expect(stateOf(reader.doc)).toEqual(expected);
  });

  it('a room with a client stays in memory; it is evicted only once empty', async () => {
    relay = await startTestRelay({ gracePeriodMs: 50 });
    const boardId = newBoardId();
    const a = client(relay, boardId);
    await waitForSynced(a);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(relay.relay.stats()).toEqual({ rooms: 1, connections: 1 });
    a.destroy();
    await waitFor(() => relay!.relay.stats().rooms === 0, 'room evicted');
  });

  it("a closed connection's awareness state is removed for the others", async () => {
    relay = await startTestRelay();
    const boardId = newBoardId();
    const a = client(relay, boardId);
    const b = client(relay, boardId);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.provider.awareness.setLocalState({ user: { name: 'Ada', color: '#112233' }, cursor: null, drag: null });
    const aId = a.doc.clientID;
    await waitFor(() => b.provider.awareness.getStates().has(aId), 'b sees a presence');
    const presence = await relay.relay.presenceOf(parseBoardId(boardId)!);
    expect(presence.map((entry) => entry.name)).toEqual(['Ada']);

    // Terminate the socket abruptly, as a crashed tab would: no "I left" awareness message is sent.
    (a.provider.ws as unknown as WebSocket).terminate();
    a.provider.shouldConnect = false;
    await waitFor(() => !b.provider.awareness.getStates().has(aId), 'b no longer sees a');
    await waitFor(() => relay!.relay.stats().connections === 1, 'relay dropped a');
    expect(await relay.relay.presenceOf(parseBoardId(boardId)!)).toEqual([]);
  });

  it('the heartbeat drops a connection that stops answering pings', async () => {
    relay = await startTestRelay({ heartbeatIntervalMs: 50 });
    const boardId = newBoardId();
    // It answers pings until the relay has greeted it (joined), then falls silent. Were it silent from the
    // start, a join slower than two heartbeats (a loaded machine) would be dropped before the test saw it.
    const silent = new WebSocket(await roomUrl(relay.url, boardId), { autoPong: false });
    const closed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    let joined = false;
    silent.on('message', () => (joined = true));
    silent.on('ping', (data: Buffer) => {
      if (!joined) silent.pong(data);
    });
    await waitFor(() => joined, 'silent client joined');
    await closed;
    await waitFor(() => relay!.relay.stats().connections === 0, 'relay forgot the silent client');
  });

  it('a client that sends messages counts as alive without answering pings', async () => {
    relay = await startTestRelay({ heartbeatIntervalMs: 50 });
    const boardId = newBoardId();
    const busy = new WebSocket(await roomUrl(relay.url, boardId), { autoPong: false });
    let closed = false;
    busy.once('close', () => (closed = true));
    // Each ping is a heartbeat that found it alive without a pong: counted, not timed, so a loaded machine
    // makes the test no weaker.
    let pings = 0;
    busy.on('ping', () => pings++);
    await new Promise((resolve) => busy.once('open', resolve));
    const QUERY_AWARENESS = Uint8Array.of(3); // a valid message that changes nothing
    const talking = setInterval(() => busy.send(QUERY_AWARENESS), 10);
    try {
      await waitFor(() => pings >= 8 || closed, 'eight heartbeats');
      expect(closed).toBe(false);
      expect(relay.relay.stats().connections).toBe(1);
    } finally {
      clearInterval(talking);
      busy.close();
    }
  });
});
