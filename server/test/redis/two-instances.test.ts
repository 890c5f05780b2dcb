// Two relays over one Redis, real y-websocket clients on each: documents converge both ways, awareness
// crosses instances, and the presence roster (GET /api/presence) is the same on both.
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, newBoardId, startTestRelay, stateOf, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { entryOrigins, healthOf, pollUntil, rosterOf } from './roster.js';

describe('two relay instances over one Redis', () => {
  const clients: TestClient[] = [];
  const relays: TestRelay[] = [];
  let redis: TestRedis | null = null;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const relay of relays.splice(0)) await relay.dispose();
    await redis?.dispose();
    redis = null;
  });
  const client = (url: string, boardId: string): TestClient => {
    const created = connectClient(url, boardId);
    clients.push(created);
    return created;
  };

  it('converges edits made on either instance and shares awareness and the roster', async () => {
    redis = await startTestRedis();
    const first = await startTestRelay({ redisUrl: redis.url });
    const second = await startTestRelay({ redisUrl: redis.url });
    relays.push(first, second);
    const boardId = newBoardId();
    const a = client(first.url, boardId);
    const b = client(second.url, boardId);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);

    for (let i = 0; i < 20; i++) {
      a.map.set(`a${i}`, i);
      b.map.set(`b${i}`, i);
    }
    await waitFor(() => a.map.size === 40 && b.map.size === 40, 'both saw all 40 edits');
    expect(stateOf(a.doc)).toEqual(stateOf(b.doc));
    // Exactly once: each instance applied precisely the stream entries the other one appended.
    const [firstHealth, secondHealth] = [await healthOf(first.url), await healthOf(second.url)];
    const entries = await entryOrigins(redis.url, boardId);
    expect(firstHealth.remoteUpdatesApplied).toBe(entries.filter((origin) => origin === secondHealth.instanceId).length);
    expect(secondHealth.remoteUpdatesApplied).toBe(entries.filter((origin) => origin === firstHealth.instanceId).length);
    expect(entries.filter((origin) => origin === secondHealth.instanceId).length).toBeGreaterThanOrEqual(20);

    a.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#112233' });
    b.provider.awareness.setLocalStateField('user', { name: 'Grace', color: '#445566' });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID) !== undefined, 'b sees a’s awareness');
    await waitFor(() => a.provider.awareness.getStates().get(b.doc.clientID) !== undefined, 'a sees b’s awareness');

    // "Within 1 s": both rosters list both people once the awareness has arrived (polled, not timed).
    await pollUntil(async () => (await rosterOf(first.url, boardId)).length === 2, 'roster on the first instance', 1_000);
    await pollUntil(async () => (await rosterOf(second.url, boardId)).length === 2, 'roster on the second instance', 1_000);
    expect(await rosterOf(first.url, boardId)).toEqual(['Ada', 'Grace']);
    expect(await rosterOf(second.url, boardId)).toEqual(['Ada', 'Grace']);
  });

  it('a late joiner on another instance catches up from the shared stream', async () => {
    redis = await startTestRedis();
    const first = await startTestRelay({ redisUrl: redis.url });
    relays.push(first);
    const boardId = newBoardId();
    const a = client(first.url, boardId);
    await waitForSynced(a);
    for (let i = 0; i < 50; i++) a.map.set(`k${i}`, 'x'.repeat(i));
    // The first relay relays only what Redis acknowledged, so a second client there seeing every edit
    // proves they are all in the shared stream before the other instance opens the board.
    const witness = client(first.url, boardId);
    await waitFor(() => witness.map.size === 50, 'witness on the first instance saw every edit');
    const second = await startTestRelay({ redisUrl: redis.url });
    relays.push(second);
    const late = client(second.url, boardId);
    await waitForSynced(late);
    expect(stateOf(late.doc)).toEqual(stateOf(a.doc));
    a.map.set('after', true);
    await waitFor(() => late.map.get('after') === true, 'late joiner follows live edits');
  });
});
