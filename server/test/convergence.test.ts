// Real y-websocket clients through the real relay: concurrent edits converge, late joiners get the
// whole board, and edits made offline merge on reconnect.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, newBoardId, startTestRelay, stateOf, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

describe('relay convergence', () => {
  let relay: TestRelay;
  const clients: TestClient[] = [];
  const client = (boardId: string): TestClient => {
    const created = connectClient(relay.url, boardId);
    clients.push(created);
    return created;
  };

  beforeEach(async () => {
    relay = await startTestRelay();
  });
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay.dispose();
  });

  it('two clients editing concurrently converge', async () => {
    const boardId = newBoardId();
    const a = client(boardId);
    const b = client(boardId);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    for (let i = 0; i < 20; i++) {
      a.map.set(`a${i}`, i);
      b.map.set(`b${i}`, i);
    }
    a.map.set('shared', 'from a');
    b.map.set('shared', 'from b');
    await waitFor(() => a.map.size === 41 && b.map.size === 41, 'both see all 41 keys');
    await waitFor(() => a.map.get('shared') === b.map.get('shared'), 'same winner for the conflicting key');
    expect(stateOf(a.doc)).toEqual(stateOf(b.doc));
  });

  it('a late joiner has the full board at its first sync', async () => {
    const boardId = newBoardId();
    const a = client(boardId);
    const observer = client(boardId);
    await Promise.all([waitForSynced(a), waitForSynced(observer)]);
    for (let i = 0; i < 50; i++) a.map.set(`k${i}`, { value: i });
    // Relayed means durable and applied on the relay: from now on every sync reply includes all 50.
    await waitFor(() => observer.map.size === 50, 'observer has all 50 keys');

    const late = client(boardId);
    let sizeAtFirstSync = -1;
    late.provider.once('sync', () => {
      sizeAtFirstSync = late.map.size;
    });
    await waitForSynced(late);
    expect(sizeAtFirstSync).toBe(50);
    expect(stateOf(late.doc)).toEqual(stateOf(a.doc));
  });

  it("an offline client's edits merge when it reconnects", async () => {
    const boardId = newBoardId();
    const a = client(boardId);
    const b = client(boardId);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.map.set('before', 1);
    await waitFor(() => b.map.get('before') === 1, 'b sees the first edit');

    b.provider.disconnect();
    b.map.set('offline-b', 'made while offline');
    a.map.set('online-a', 'made meanwhile');
    await waitFor(() => !b.map.has('online-a') && a.map.has('online-a'), 'a edited while b is away');
    expect(a.map.has('offline-b')).toBe(false);

    b.provider.connect();
    await waitFor(() => a.map.get('offline-b') === 'made while offline', 'a receives b offline edit');
    await waitFor(() => b.map.get('online-a') === 'made meanwhile', 'b receives a edit');
    expect(stateOf(a.doc)).toEqual(stateOf(b.doc));
  });
});
