// The append script announces each entry with its predecessor's id; a follower takes an announced entry
// directly only when it is the very next one, and otherwise reads the stream: never a gap, never twice.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { BoardId } from '../../src/board-id.js';
import { createSilentLogger } from '../../src/logger.js';
import { parseAppendedEntry, queueAppend } from '../../src/redis/append-script.js';
import type { AppendedEntry } from '../../src/redis/append-script.js';
import { StreamFollower } from '../../src/redis/stream-follower.js';
import { STREAM_START, boardKeys, compareStreamIds, nextStreamId } from '../../src/redis/stream-id.js';
import type { StreamId } from '../../src/redis/stream-id.js';
import { newBoardId, waitFor } from '../harness.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';

describe('announced appends', () => {
  let redis: TestRedis;
  let client: Redis;
  let listener: Redis;
  beforeAll(async () => {
    redis = await startTestRedis();
    client = new Redis(redis.url);
    listener = new Redis(redis.url);
  });
  afterAll(async () => {
    client.disconnect();
    listener.disconnect();
    await redis.dispose();
  });

  /** Appends through the script and returns the announcement the subscribers received. */
  const appendAndHear = async (boardId: BoardId, origin: string, bytes: number[]): Promise<AppendedEntry> => {
    const channel = boardKeys(boardId).updates;
    const heard = new Promise<Buffer>((resolve) => {
      const onMessage = (name: Buffer, message: Buffer): void => {
        if (name.toString() !== channel) return;
        listener.off('messageBuffer', onMessage);
        resolve(message);
      };
      listener.on('messageBuffer', onMessage);
    });
    await listener.subscribe(channel);
    await queueAppend(client.pipeline(), boardId, origin, Uint8Array.from(bytes)).exec();
    const entry = parseAppendedEntry(await heard);
    if (entry === null) throw new Error('announcement did not parse');
    return entry;
  };

  it('announces each entry with its predecessor, binary payload intact (spaces included)', async () => {
    const boardId = newBoardId() as BoardId;
    const first = await appendAndHear(boardId, 'inst-a', [0x20, 0, 255, 0x20]);
    const second = await appendAndHear(boardId, 'inst-b', [1, 2, 3]);
    expect(first.prev).toBe(STREAM_START);
    expect(second.prev).toBe(first.id);
    expect([...first.update]).toEqual([0x20, 0, 255, 0x20]);
    expect(second.origin).toBe('inst-b');
    expect(compareStreamIds(second.id, first.id)).toBe(1);
    expect(compareStreamIds(nextStreamId('5-9' as StreamId), '5-9' as StreamId)).toBe(1);
    expect(parseAppendedEntry(Buffer.from('not an entry'))).toBeNull();
    expect(parseAppendedEntry(Buffer.from('1-0 x y z'))).toBeNull();
  });

  it('a follower applies the next entry directly, reads the stream on a gap, and skips its own entries', async () => {
    const boardId = newBoardId() as BoardId;
    const self = randomUUID();
    const delivered: number[][] = [];
    const follower = new StreamFollower({
      commands: client,
      boardId,
      instanceId: self,
      cursor: STREAM_START,
      logger: createSilentLogger(),
      deliver: (updates) => delivered.push(...updates.map((update) => [...update])),
    });
    const one = await appendAndHear(boardId, 'other', [1]);
    follower.offer(one);
    expect(delivered).toEqual([[1]]); // synchronously: no stream read was needed

    const own = await appendAndHear(boardId, self, [2]);
    follower.offer(own);
    expect(delivered).toEqual([[1]]);

    // Entry 3's announcement is "lost"; entry 4's does not follow the cursor, so the stream is read.
    await appendAndHear(boardId, 'other', [3]);
    const four = await appendAndHear(boardId, 'other', [4]);
    follower.offer(four);
    await waitFor(() => delivered.length === 3, 'gap filled from the stream');
    expect(delivered).toEqual([[1], [3], [4]]);
    follower.offer(four); // a late duplicate announcement changes nothing
    follower.pull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(delivered).toEqual([[1], [3], [4]]);
    follower.stop();
  });
});
