// A relay instance dies (SIGKILL) while its users are on a board shared with another instance: they
// leave the roster within the presence TTL, the other instance's clients keep editing, and a client of
// the dead relay that reconnects to the live one loses nothing (not even edits made while cut off).
// One stopped cleanly (SIGTERM) removes its users from the roster straight away.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { DEFAULT_PRESENCE_TTL_MS } from '../../src/redis/redis-presence.js';
import { spawnRelay } from '../child-relay.js';
import type { ChildRelay } from '../child-relay.js';
import { connectClient, makeTempDir, newBoardId, stateOf, waitFor, waitForSynced } from '../harness.js';
import type { TestClient } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { pollUntil, rosterOf } from './roster.js';

const TEST_TTL_MS = 3_000;

describe('a relay instance going away', () => {
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
  const start = async (url: string, ttlMs = TEST_TTL_MS): Promise<ChildRelay> => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const relay = await spawnRelay(dir.path, { REDIS_URL: url, NAPKIN_PRESENCE_TTL_MS: String(ttlMs) });
    relays.push(relay);
    return relay;
  };
  const client = (url: string, boardId: string, name: string): TestClient => {
    const created = connectClient(url, boardId);
    created.provider.awareness.setLocalStateField('user', { name, color: '#224466' });
    clients.push(created);
    return created;
  };

  it('the production presence TTL is at most 30 s', () => {
    expect(DEFAULTS.presenceTtlMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_PRESENCE_TTL_MS).toBeLessThanOrEqual(30_000);
  });

  it('drops its users from the roster within the TTL; the survivors edit on; a reconnect loses nothing', async () => {
    redis = await startTestRedis();
    const doomed = await start(redis.url);
    const survivor = await start(redis.url);
    const boardId = newBoardId();
    const ada = client(doomed.url, boardId, 'Ada');
    const grace = client(survivor.url, boardId, 'Grace');
    await Promise.all([waitForSynced(ada), waitForSynced(grace)]);
    await pollUntil(async () => (await rosterOf(survivor.url, boardId)).length === 2, 'both on the roster');

    for (let i = 0; i < 10; i++) ada.map.set(`ada${i}`, i);
    await waitFor(() => grace.map.size === 10, 'grace saw ada’s edits');
    doomed.process.kill('SIGKILL');
    expect(await doomed.exited).toBe('SIGKILL');

    // Ada keeps typing while cut off; her provider keeps retrying the dead relay.
    for (let i = 0; i < 5; i++) ada.map.set(`offline${i}`, i);
    for (let i = 0; i < 10; i++) grace.map.set(`grace${i}`, i);
    const linus = client(survivor.url, boardId, 'Linus');
    await waitForSynced(linus);
    await waitFor(() => linus.map.has('grace9') && linus.map.has('ada9'), 'a new client on the survivor sees both');

    // Within the TTL (plus one heartbeat of slack) only the survivor's users are left.
    await pollUntil(async () => (await rosterOf(survivor.url, boardId)).join() === 'Grace,Linus', 'ada left the roster', TEST_TTL_MS + 1_500);

    // Ada reconnects through the surviving instance with her own doc: everything merges, nothing lost.
    ada.provider.destroy();
    const back = connectClient(survivor.url, boardId, ada.doc);
    clients.push(back);
    await waitForSynced(back);
    await waitFor(() => grace.map.has('offline4') && back.map.has('grace9'), 'both directions merged');
    expect(stateOf(back.doc)).toEqual(stateOf(grace.doc));
    expect(back.map.size).toBe(25);
  });

  it('a relay stopped with SIGTERM takes its users off the roster at once, not after the TTL', async () => {
    redis = await startTestRedis();
    const leaving = await start(redis.url, 30_000);
    const staying = await start(redis.url, 30_000);
    const boardId = newBoardId();
    const ada = client(leaving.url, boardId, 'Ada');
    const grace = client(staying.url, boardId, 'Grace');
    await Promise.all([waitForSynced(ada), waitForSynced(grace)]);
    await pollUntil(async () => (await rosterOf(staying.url, boardId)).length === 2, 'both on the roster');
    leaving.process.kill('SIGTERM');
    expect(await leaving.exited).toBe(0);
    await pollUntil(async () => (await rosterOf(staying.url, boardId)).join() === 'Grace', 'ada gone well before the 30 s TTL', 3_000);
  });
});
