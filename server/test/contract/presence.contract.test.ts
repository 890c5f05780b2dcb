// One contract, every PresenceRegistry: in-process and Redis. What the relay and /api/presence rely on:
// upserts are listed (once per client, in client-id order), removals remove, counts count, boards apart.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardId } from '../../src/board-id.js';
import type { AwarenessClientId, EpochMillis, PresenceEntry, PresenceRegistry } from '../../src/presence/presence-registry.js';
import { newBoardId } from '../harness.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { presenceFactories } from './factories.js';
import type { Made } from './factories.js';

const entry = (clientId: number, name: string, lastSeen = 1_000): PresenceEntry => ({
  clientId: clientId as AwarenessClientId,
  name,
  color: '#123456',
  lastSeen: lastSeen as EpochMillis,
});

describe.each(presenceFactories)('PresenceRegistry contract: $name', (factory) => {
  let redis: TestRedis | null = null;
  const made: Array<Made<PresenceRegistry>> = [];
  beforeAll(async () => {
    if (factory.name === 'redis') redis = await startTestRedis();
  });
  afterAll(async () => redis?.dispose());
  afterEach(async () => {
    for (const registry of made.splice(0)) await registry.dispose();
  });
  const registry = async (): Promise<PresenceRegistry> => {
    const created = await factory.make({
      redis: () => {
        if (redis === null) throw new Error('no redis in this suite');
        return redis;
      },
    });
    made.push(created);
    return created.subject;
  };
  const board = (): BoardId => newBoardId() as BoardId;

  it('lists upserted peers once each, ordered by client id, refreshed in place', async () => {
    const subject = await registry();
    const id = board();
    await subject.upsert(id, entry(30, 'Grace'));
    await subject.upsert(id, entry(10, 'Ada'));
    await subject.upsert(id, entry(30, 'Grace H.', 2_000));
    expect(await subject.list(id)).toEqual([entry(10, 'Ada'), entry(30, 'Grace H.', 2_000)]);
  });

  it('removes peers that left, and keeps boards apart', async () => {
    const subject = await registry();
    const [first, second] = [board(), board()];
    await subject.upsert(first, entry(1, 'Ada'));
    await subject.upsert(first, entry(2, 'Grace'));
    await subject.upsert(second, entry(3, 'Linus'));
    await subject.remove(first, [1 as AwarenessClientId]);
    expect((await subject.list(first)).map((e) => e.name)).toEqual(['Grace']);
    expect((await subject.list(second)).map((e) => e.name)).toEqual(['Linus']);
    await subject.remove(first, [2 as AwarenessClientId]);
    expect(await subject.list(first)).toEqual([]);
  });

  it('counts the peers of every board with anyone on it', async () => {
    const subject = await registry();
    const [first, second, empty] = [board(), board(), board()];
    await subject.upsert(first, entry(1, 'Ada'));
    await subject.upsert(first, entry(2, 'Grace'));
    await subject.upsert(second, entry(3, 'Linus'));
    await subject.upsert(empty, entry(4, 'Gone'));
    await subject.remove(empty, [4 as AwarenessClientId]);
    const counts = await subject.counts();
    expect(counts.get(first)).toBe(2);
    expect(counts.get(second)).toBe(1);
    expect(counts.has(empty)).toBe(false);
  });
});
