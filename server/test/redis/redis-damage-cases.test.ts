// The damage suite's findings pinned as named cases (damage.test.ts runs them at random): a compaction
// never trims a stream made again while it ran; a corrupt snapshot is set aside, reported, and the board
// loads and compacts from its stream; a stream trimmed past its snapshot is reported with the count; a
// follower whose stream is made again with lower ids reads the new one and says the old one was lost.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardId } from '../../src/board-id.js';
import { createSilentLogger } from '../../src/logger.js';
import { compactBoard } from '../../src/redis/compaction.js';
import { RedisLink } from '../../src/redis/redis-link.js';
import { RedisBoardStorage } from '../../src/redis/redis-storage.js';
import { SpillQueue } from '../../src/redis/spill-queue.js';
import { StreamFollower } from '../../src/redis/stream-follower.js';
import { boardKeys } from '../../src/redis/stream-id.js';
import { makeTempDir, newBoardId, waitFor } from '../harness.js';
import { createEditMaker, keysIn, keysOf, loadDoc } from './damage-edits.js';
import { withHookBeforeFirstEval } from './damage-run.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';

describe('Redis damage, pinned cases', () => {
  let redis: TestRedis;
  let admin: Redis;
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    redis = await startTestRedis();
    admin = new Redis(redis.url);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  afterAll(async () => {
    admin.disconnect();
    await redis.dispose();
  });

  const storage = async (): Promise<{ storage: RedisBoardStorage; link: RedisLink; instanceId: string }> => {
    const dir = await makeTempDir();
    const link = new RedisLink({ url: redis.url, logger: createSilentLogger() });
    const spill = await SpillQueue.open(dir.path);
    const instanceId = randomUUID();
    const created = new RedisBoardStorage({ link, spill, instanceId, logger: createSilentLogger(), compactAfterEntries: 1_000_000 });
    cleanups.push(async () => (await created.close(), await link.close(), await spill.close(), await dir.remove()));
    await waitFor(() => link.up, 'redis link up');
    return { storage: created, link, instanceId };
  };
  const makeEdit = createEditMaker(7);
  const appendEdits = async (target: RedisBoardStorage, boardId: BoardId, count: number): Promise<string[]> => {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const edit = makeEdit('k');
      await target.append(boardId, edit.update);
      keys.push(edit.key);
    }
    return keys;
  };
  /** The stream's ids run 10 minutes ahead, as if made on a Redis with a fast clock: a new stream's are lower. */
  const clockAhead = (boardId: BoardId): Promise<unknown> => admin.xsetid(boardKeys(boardId).log, `${Date.now() + 600_000}-0`);

  it('a compaction that read a stream deleted and made again meanwhile does not trim the new one', async () => {
    const { storage: one } = await storage();
    const boardId = newBoardId() as BoardId;
    await appendEdits(one, boardId, 1);
    await clockAhead(boardId);
    await appendEdits(one, boardId, 5);
    let madeAfter: string[] = [];
    const hooked = withHookBeforeFirstEval(admin, async () => {
      await admin.del(boardKeys(boardId).log);
      madeAfter = await appendEdits(one, boardId, 3);
    });
    expect(await compactBoard(hooked, boardId, randomUUID())).toBe('stream-replaced');
    const present = keysOf(loadDoc((await one.load(boardId)).updates).doc);
    expect(madeAfter.filter((key) => !present.has(key))).toEqual([]);
  });

  it('a corrupt snapshot is moved aside and reported; the board loads from its stream and compacts again', async () => {
    const { storage: one } = await storage();
    const boardId = newBoardId() as BoardId;
    await appendEdits(one, boardId, 10);
    await one.compact(boardId);
    const after = await appendEdits(one, boardId, 5);
    const keys = boardKeys(boardId);
    const data = await admin.hgetBuffer(keys.snapshot, 'data');
    await admin.hset(keys.snapshot, 'data', data?.subarray(0, 7) ?? '');

    const loaded = await one.load(boardId);
    expect(loaded.issues.map((issue) => issue.kind)).toEqual(['corrupt-snapshot', 'missing-log-entries']);
    const [quarantined] = loaded.issues;
    expect(quarantined?.kind === 'corrupt-snapshot' && (await admin.exists(quarantined.movedTo))).toBe(1);
    expect(loaded.issues[1]).toMatchObject({ missing: 10 });
    const { doc, failedUpdates } = loadDoc(loaded.updates);
    expect(failedUpdates).toBe(0);
    expect([...keysOf(doc)].sort()).toEqual([...after].sort());

    await one.compact(boardId);
    const again = await one.load(boardId);
    expect(again.issues).toEqual([]);
    expect([...keysOf(loadDoc(again.updates).doc)].sort()).toEqual([...after].sort());
  });

  it('a stream trimmed past its snapshot is reported with the number of entries lost', async () => {
    const { storage: one } = await storage();
    const boardId = newBoardId() as BoardId;
    await appendEdits(one, boardId, 8);
    await one.compact(boardId);
    await appendEdits(one, boardId, 6);
    const entries = await admin.xrange(boardKeys(boardId).log, '-', '+');
    await admin.xtrim(boardKeys(boardId).log, 'MINID', entries[3]?.[0] ?? '0-0');
    const loaded = await one.load(boardId);
    expect(loaded.issues).toEqual([expect.objectContaining({ kind: 'missing-log-entries', missing: 3 })]);
    expect(keysOf(loadDoc(loaded.updates).doc).size).toBe(8 + 3);
  });

  it('a follower whose stream is made again with lower ids reads the new one and reports the old one lost', async () => {
    const writer = await storage();
    const reader = await storage();
    const boardId = newBoardId() as BoardId;
    await appendEdits(writer.storage, boardId, 1);
    await clockAhead(boardId);
    await appendEdits(writer.storage, boardId, 4);
    await reader.storage.load(boardId);
    const delivered: string[] = [];
    let lost = 0;
    const follower = new StreamFollower({
      commands: reader.link.commands,
      boardId,
      instanceId: reader.instanceId,
      cursor: reader.storage.cursorAfterLoad(boardId),
      incarnation: reader.storage.incarnationAfterLoad(boardId),
      logger: createSilentLogger(),
      deliver: (updates) => delivered.push(...updates.flatMap((update) => keysIn(update))),
      onStreamLost: () => lost++,
    });
    cleanups.push(async () => follower.stop());
    const [, found] = await admin.scan('0', 'MATCH', `napkin:{${boardId}}:*`, 'COUNT', 1_000);
    await admin.del(...found);
    const madeAfter = await appendEdits(writer.storage, boardId, 3);
    follower.pull();
    await waitFor(() => madeAfter.every((key) => delivered.includes(key)), 'the new stream read');
    expect(lost).toBe(1);
  });
});
