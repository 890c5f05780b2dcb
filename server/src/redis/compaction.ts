// Folds a board's stream into its snapshot under a lock, so the stream stays short and loads stay fast.
// The lock is `SET NX PX` with a random token; the snapshot write and the trim happen in one Lua script
// that first checks the token is still ours, so a compactor that stalled past the lock's expiry cannot
// overwrite a newer snapshot. Snapshot and trim are atomic together, which is what lets a reader take
// "snapshot + whole stream" in one MULTI and never see a gap.
//
// The script also checks that the stream is still the one that was read (its incarnation, stream-id.ts).
// Stream ids restart when a stream is deleted and made again, so without that check a compaction that
// read the old stream would `XTRIM MINID` the new one with an old id. The damage suite (test/redis/
// damage.test.ts, 20 runs per damage) lost 16 of 1,012 post-damage edits that way with "stream key
// deleted" and 2 to 40 of 1,003 with "all of the board keys deleted" when a running compaction's lock
// survived, on streams whose old ids ran ahead of the clock; 0 since.
// A corrupt snapshot is set aside rather than merged (Y.mergeUpdates throws on it: the board could never
// compact again), and what the read shows is missing is reported (board-inspection.ts).
import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { BoardId } from '../board-id.js';
import type { StorageIssue } from '../storage/board-storage.js';
import { inspectBoard } from './board-inspection.js';
import { boardKeys, fieldOf, nextStreamId, readWholeBoard } from './stream-id.js';
import type { StreamId } from './stream-id.js';

/** Longer than any compaction should take; a crashed compactor's lock frees itself after this. */
export const COMPACTION_LOCK_MS = 30_000;

// KEYS: lock, snapshot, log, incarnation. ARGV: token, data, id, trim-from id, incarnation read, entries-added read.
// The hash is rewritten whole (DEL first) so no field of an older layout outlives it.
const WRITE_IF_UNCHANGED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if (redis.call('GET', KEYS[4]) or '') ~= ARGV[5] then return -1 end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[2], 'data', ARGV[2], 'id', ARGV[3], 'sha1', redis.sha1hex(ARGV[2]), 'incarnation', ARGV[5], 'folded', ARGV[6])
redis.call('XTRIM', KEYS[3], 'MINID', ARGV[4])
return 1`;

const RELEASE_IF_LOCKED = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export type CompactionOutcome = 'compacted' | 'nothing-to-do' | 'locked-elsewhere' | 'lock-lost' | 'stream-replaced';

/** `report` hears about damage the read shows (the caller logs it); the board is compacted from what is left. */
export async function compactBoard(
  client: Redis,
  boardId: BoardId,
  token: string,
  report: (issue: StorageIssue) => void = () => undefined,
): Promise<CompactionOutcome> {
  const keys = boardKeys(boardId);
  const acquired = await client.set(keys.lock, token, 'PX', COMPACTION_LOCK_MS, 'NX');
  if (acquired === null) return 'locked-elsewhere';
  try {
    const board = await readWholeBoard(client, boardId);
    const { snapshot, issues } = await inspectBoard(client, boardId, board);
    for (const issue of issues) report(issue);
    const last = board.entries.at(-1);
    if (last === undefined) return 'nothing-to-do';
    const updates: Uint8Array[] = snapshot === null ? [] : [snapshot.data];
    for (const [, fields] of board.entries) {
      const update = fieldOf(fields, 'u');
      if (update !== undefined) updates.push(update);
    }
    const lastId = last[0].toString() as StreamId;
    const merged = Buffer.from(Y.mergeUpdates(updates));
    const folded = board.stream?.entriesAdded ?? '';
    const written = await client.eval(WRITE_IF_UNCHANGED, 4, keys.lock, keys.snapshot, keys.log, keys.incarnation, token, merged, lastId, nextStreamId(lastId), board.incarnation ?? '', folded);
    return written === 1 ? 'compacted' : written === -1 ? 'stream-replaced' : 'lock-lost';
  } finally {
    await client.eval(RELEASE_IF_LOCKED, 1, keys.lock, token).catch(() => undefined);
  }
}
