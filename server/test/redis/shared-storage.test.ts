// The Redis storage's own promises, beyond the contract: a follower that opened mid-session reads every
// entry exactly once and bridges a compaction that trimmed past its cursor; the compaction lock is
// honoured; appends made while Redis is away survive a relay restart in the local spill file and reach
// the shared stream once Redis is back.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import { createSilentLogger } from '../../src/logger.js';
import { compactBoard } from '../../src/redis/compaction.js';
import { startRedisBackend } from '../../src/redis/redis-backend.js';
import { RedisLink } from '../../src/redis/redis-link.js';
import { RedisBoardStorage } from '../../src/redis/redis-storage.js';
import { SpillQueue } from '../../src/redis/spill-queue.js';
import { StreamFollower } from '../../src/redis/stream-follower.js';
import { boardKeys } from '../../src/redis/stream-id.js';
import { makeTempDir, newBoardId, waitFor } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';

interface Instance {
  readonly id: string;
  readonly link: RedisLink;
  readonly spill: SpillQueue;
  readonly storage: RedisBoardStorage;
  close(): Promise<void>;
}

function counterUpdates(count: number, prefix: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${prefix}${i}`, i);
  return updates;
}

describe('Redis board storage', () => {
  const cleanups: Array<() => Promise<void>> = [];
  let redis: TestRedis | null = null;
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await redis?.dispose();
    redis = null;
  });

  const instance = async (url: string, spillDir?: string): Promise<Instance> => {
    const dir = spillDir ?? (await makeTempDir()).path;
    const link = new RedisLink({ url, logger: createSilentLogger() });
    const spill = await SpillQueue.open(dir);
    const id = randomUUID();
    const storage = new RedisBoardStorage({ link, spill, instanceId: id, logger: createSilentLogger(), compactAfterEntries: 1_000_000 });
    const close = async (): Promise<void> => {
      await storage.close();
      await link.close();
      await spill.close();
    };
    cleanups.push(close);
    return { id, link, spill, storage, close };
  };

  it('a mid-session follower applies every other-instance entry once, across a compaction past its cursor', async () => {
    redis = await startTestRedis();
    const writer = await instance(redis.url);
    const reader = await instance(redis.url);
    await waitFor(() => writer.link.up && reader.link.up, 'links up');
    const boardId = newBoardId() as BoardId;
    const updates = counterUpdates(60, 'k');
    for (const update of updates.slice(0, 20)) await writer.storage.append(boardId, update);

    const doc = new Y.Doc();
    for (const update of (await reader.storage.load(boardId)).updates) Y.applyUpdate(doc, update);
    let delivered = 0;
    let snapshots = 0;
    const follower = new StreamFollower({
      commands: reader.link.commands,
      boardId,
      instanceId: reader.id,
      cursor: reader.storage.cursorAfterLoad(boardId),
      logger: createSilentLogger(),
      deliver: (batch, fromSnapshot) => {
        if (fromSnapshot) snapshots++;
        else delivered += batch.length;
        for (const update of batch) Y.applyUpdate(doc, update);
      },
    });
    cleanups.push(async () => follower.stop());

    for (const update of updates.slice(20, 40)) await writer.storage.append(boardId, update);
    follower.pull();
    await waitFor(() => delivered === 20, 'the 20 entries after the load, once each');
    // Compaction folds everything so far into the snapshot and trims the stream past the follower's cursor.
    for (const update of updates.slice(40, 60)) await writer.storage.append(boardId, update);
    expect(await compactBoard(writer.link.commands, boardId, randomUUID())).toBe('compacted');
    follower.pull();
    await waitFor(() => snapshots === 1, 'bridged the trimmed range from the snapshot');
    expect(doc.getMap('m').size).toBe(60);
    expect(delivered).toBe(20);
  });

  it('compaction respects a lock held by someone else and never writes with a lost lock', async () => {
    redis = await startTestRedis();
    const one = await instance(redis.url);
    await waitFor(() => one.link.up, 'link up');
    const boardId = newBoardId() as BoardId;
    for (const update of counterUpdates(5, 'k')) await one.storage.append(boardId, update);
    const keys = boardKeys(boardId);
    await one.link.commands.set(keys.lock, 'someone-else', 'PX', 10_000);
    expect(await compactBoard(one.link.commands, boardId, 'mine')).toBe('locked-elsewhere');
    expect(await one.link.commands.xlen(keys.log)).toBe(5);
    expect(await one.link.commands.get(keys.lock)).toBe('someone-else');
    await one.link.commands.del(keys.lock);
    expect(await compactBoard(one.link.commands, boardId, 'mine')).toBe('compacted');
    expect(await one.link.commands.xlen(keys.log)).toBe(0);
    expect(await one.link.commands.exists(keys.lock)).toBe(0);
  });

  it('appends made while Redis is down survive a restart of the relay and are replayed when Redis returns', async () => {
    redis = await startTestRedis({ appendonly: true });
    const spillDir = (await makeTempDir()).path;
    const first = await instance(redis.url, spillDir);
    await waitFor(() => first.link.up, 'link up');
    const boardId = newBoardId() as BoardId;
    const updates = counterUpdates(30, 'k');
    for (const update of updates.slice(0, 10)) await first.storage.append(boardId, update);
    await redis.kill();
    await waitFor(() => !first.link.up, 'link noticed redis is gone');
    for (const update of updates.slice(10)) await first.storage.append(boardId, update);
    expect(first.spill.size).toBe(20);
    await first.close(); // the relay goes away before Redis returns

    await redis.start();
    const second = await instance(redis.url, spillDir);
    expect(second.spill.size).toBe(20);
    await waitFor(() => second.spill.size === 0, 'spill replayed into redis');
    const doc = new Y.Doc();
    for (const update of (await second.storage.load(boardId)).updates) Y.applyUpdate(doc, update);
    expect(doc.getMap('m').size).toBe(30);
  });

  it('refuses an instance id that could not be a field of an announcement', async () => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    await expect(startRedisBackend({ url: 'redis://127.0.0.1:1', spillDir: dir.path, logger: createSilentLogger(), instanceId: 'a b' })).rejects.toThrow(/instance id/);
  });
});
