// Redis killed mid-session and restarted on the same port (with or without its data): clients on one instance keep editing,
// /healthz says degraded with the reason, the relay processes stay up, and once Redis is back the two
// instances converge within 5 s with every edit made on either side during the outage.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnRelay } from '../child-relay.js';
import type { ChildRelay } from '../child-relay.js';
import { connectClient, makeTempDir, newBoardId, stateOf, waitFor, waitForSynced } from '../harness.js';
import type { TestClient } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { healthOf, pollUntil, rosterOf } from './roster.js';

describe('Redis goes away mid-session', () => {
  const clients: TestClient[] = [];
  const relays: ChildRelay[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  let redis: TestRedis | null = null;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const relay of relays.splice(0)) {
      if (relay.process.exitCode === null && relay.process.signalCode === null) relay.process.kill('SIGKILL');
      await relay.exited;
    }
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await redis?.dispose();
    redis = null;
  });
  const start = async (url: string): Promise<ChildRelay> => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const relay = await spawnRelay(dir.path, { REDIS_URL: url });
    relays.push(relay);
    return relay;
  };
  const client = (url: string, boardId: string): TestClient => {
    const created = connectClient(url, boardId);
    clients.push(created);
    return created;
  };
  const alive = (relay: ChildRelay): boolean => relay.process.exitCode === null && relay.process.signalCode === null;

  // With appendonly Redis keeps its data; without it, the instances re-seed the board from memory.
  it.each([
    { persistence: 'appendonly', appendonly: true },
    { persistence: 'no persistence', appendonly: false },
  ])('keeps local editing, reports degraded, resyncs within 5 s of Redis returning, nothing lost ($persistence)', async ({ appendonly }) => {
    redis = await startTestRedis({ appendonly });
    const first = await start(redis.url);
    const second = await start(redis.url);
    const boardId = newBoardId();
    const a1 = client(first.url, boardId);
    const a2 = client(first.url, boardId);
    const b = client(second.url, boardId);
    await Promise.all([a1, a2, b].map(waitForSynced));
    a1.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#102030' });
    b.provider.awareness.setLocalStateField('user', { name: 'Grace', color: '#405060' });
    a1.map.set('before', 1);
    await waitFor(() => b.map.get('before') === 1, 'cross-instance sync before the outage');

    await redis.kill();
    await pollUntil(async () => (await healthOf(first.url)).status === 'degraded', 'first instance degraded', 5_000);
    const health = await healthOf(first.url);
    expect(health.reason).toMatch(/redis/i);

    // Local editing carries on, on both sides, while the instances cannot see each other.
    for (let i = 0; i < 20; i++) a1.map.set(`during-a${i}`, i);
    for (let i = 0; i < 20; i++) b.map.set(`during-b${i}`, i);
    await waitFor(() => a2.map.has('during-a19'), 'a2 sees a1’s edits on the same instance');
    expect((await healthOf(first.url)).spilledAppends).toBeGreaterThan(0);
    expect(alive(first) && alive(second)).toBe(true);

    await redis.start();
    // The promise: cross-instance sync resumes within 5 s of Redis being back.
    await waitFor(() => b.map.has('during-a19') && a1.map.has('during-b19') && a2.map.has('during-b19'), 'resynced after redis returned', 5_000);
    await pollUntil(async () => (await healthOf(first.url)).status === 'ok' && (await healthOf(second.url)).status === 'ok', 'healthy again', 5_000);
    expect(stateOf(a1.doc)).toEqual(stateOf(b.doc));
    expect(a1.map.size).toBe(41);
    // The shared roster is back too (rewritten on reconnect even if Redis came back empty).
    await pollUntil(async () => (await rosterOf(second.url, boardId)).join() === 'Ada,Grace', 'roster restored', 5_000);

    // Nothing was lost on the way to Redis: a fresh client loads the whole board from the shared store.
    const late = client((await start(redis.url)).url, boardId);
    await waitForSynced(late);
    expect(stateOf(late.doc)).toEqual(stateOf(a1.doc));
    expect(alive(first) && alive(second)).toBe(true);
  });

  it('a relay stopped with SIGTERM while Redis is away still exits 0, keeping its spilled edits on disk', async () => {
    redis = await startTestRedis({ appendonly: true });
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const relay = await spawnRelay(dir.path, { REDIS_URL: redis.url });
    relays.push(relay);
    const boardId = newBoardId();
    const a = client(relay.url, boardId);
    await waitForSynced(a);
    await redis.kill();
    await pollUntil(async () => (await healthOf(relay.url)).status === 'degraded', 'degraded', 5_000);
    for (let i = 0; i < 10; i++) a.map.set(`k${i}`, i);
    await pollUntil(async () => (await healthOf(relay.url)).spilledAppends === 10, 'all ten spilled', 5_000);
    relay.process.kill('SIGTERM');
    expect(await relay.exited).toBe(0);
    a.provider.disconnect();

    // The next run on the same data dir replays the spill once Redis is back.
    await redis.start();
    const next = await spawnRelay(dir.path, { REDIS_URL: redis.url });
    relays.push(next);
    const fresh = client(next.url, boardId);
    await waitFor(() => fresh.provider.synced && fresh.map.size === 10, 'the spilled edits reached Redis and the fresh client');
    expect(stateOf(fresh.doc)).toEqual(stateOf(a.doc));
  });
});
