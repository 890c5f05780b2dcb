// Which write-ahead log records each board still needs (not yet folded into its compacted file), and
// which boards pin each segment. Kept in memory: rebuilt from the segments when the storage opens.
import type { BoardId } from '../board-id.js';
import type { LocatedRecord, Lsn, WalRecordRef } from './wal-record.js';

interface BoardRecords {
  refs: WalRecordRef[];
  bytes: number;
}

export class WalIndex {
  private readonly boards = new Map<BoardId, BoardRecords>();
  /** segment → board → how many of the board's live records it holds. */
  private readonly pins = new Map<Lsn, Map<BoardId, number>>();

  add({ boardId, ref }: LocatedRecord): void {
    let board = this.boards.get(boardId);
    if (board === undefined) {
      board = { refs: [], bytes: 0 };
      this.boards.set(boardId, board);
    }
    board.refs.push(ref);
    board.bytes += ref.length;
    let pinned = this.pins.get(ref.segment);
    if (pinned === undefined) {
      pinned = new Map();
      this.pins.set(ref.segment, pinned);
    }
    pinned.set(boardId, (pinned.get(boardId) ?? 0) + 1);
  }

  /** The board's live records in LSN order. */
  refsOf(boardId: BoardId): readonly WalRecordRef[] {
    return this.boards.get(boardId)?.refs ?? [];
  }

  /** Bytes of the board's live records: drives its compaction threshold. */
  bytesOf(boardId: BoardId): number {
    return this.boards.get(boardId)?.bytes ?? 0;
  }

  /** Forgets the board's records below `lsn` (they are in its compacted file now). */
  dropBelow(boardId: BoardId, lsn: Lsn): void {
    const board = this.boards.get(boardId);
    if (board === undefined) return;
    let kept = 0;
    while (kept < board.refs.length && (board.refs[kept]?.lsn ?? Infinity) < lsn) kept++;
    for (const ref of board.refs.splice(0, kept)) {
      board.bytes -= ref.length;
      const pinned = this.pins.get(ref.segment);
      const count = (pinned?.get(boardId) ?? 0) - 1;
      if (count > 0) pinned?.set(boardId, count);
      else pinned?.delete(boardId);
      if (pinned?.size === 0) this.pins.delete(ref.segment);
    }
    if (board.refs.length === 0) this.boards.delete(boardId);
  }

  /** Boards that still need records in the segment; none means it can be recycled. */
  boardsPinning(segment: Lsn): BoardId[] {
    return [...(this.pins.get(segment)?.keys() ?? [])];
  }
}
