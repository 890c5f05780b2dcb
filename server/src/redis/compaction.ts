// Folds a board's stream into its snapshot under a lock, so the stream stays short and loads stay fast.
// The lock is `SET NX PX` with a random token; the snapshot write and the trim happen in one Lua script
// that first checks the token is still ours, so a compactor that stalled past the lock's expiry cannot
// overwrite a newer snapshot. Snapshot and trim are atomic together, which is what lets a reader take
// "snapshot + whole stream" in one MULTI and never see a gap.
import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { BoardId } from '../board-id.js';
import { boardKeys, fieldOf, nextStreamId, readWholeBoard } from './stream-id.js';
import type { StreamId } from './stream-id.js';

/** Longer than any compaction should take; a crashed compactor's lock frees itself after this. */
export const COMPACTION_LOCK_MS = 30_000;

const WRITE_IF_LOCKED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[2], 'data', ARGV[2], 'id', ARGV[3])
redis.call('XTRIM', KEYS[3], 'MINID', ARGV[4])
return 1`;

const RELEASE_IF_LOCKED = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export type CompactionOutcome = 'compacted' | 'nothing-to-do' | 'locked-elsewhere' | 'lock-lost';

export async function compactBoard(client: Redis, boardId: BoardId, token: string): Promise<CompactionOutcome> {
  const keys = boardKeys(boardId);
  const acquired = await client.set(keys.lock, token, 'PX', COMPACTION_LOCK_MS, 'NX');
  if (acquired === null) return 'locked-elsewhere';
  try {
    const { snapshot, entries } = await readWholeBoard(client, boardId);
    const last = entries.at(-1);
    if (last === undefined) return 'nothing-to-do';
    const updates: Uint8Array[] = snapshot === null ? [] : [snapshot.data];
    for (const [, fields] of entries) {
      const update = fieldOf(fields, 'u');
      if (update !== undefined) updates.push(update);
    }
    const lastId = last[0].toString() as StreamId;
    const merged = Buffer.from(Y.mergeUpdates(updates));
    const written = await client.eval(WRITE_IF_LOCKED, 3, keys.lock, keys.snapshot, keys.log, token, merged, lastId, nextStreamId(lastId));
    return written === 1 ? 'compacted' : 'lock-lost';
  } finally {
    await client.eval(RELEASE_IF_LOCKED, 1, keys.lock, token).catch(() => undefined);
  }
}
