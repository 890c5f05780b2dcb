// Recovery's reading of one write-ahead log segment. A damaged record costs that record only: where the
// bytes stop making sense the scan looks, byte by byte, for the next record that is complete, checksummed
// and numbered after the last good one, and goes on from there. What lies between is a gap; the caller
// copies it aside and reports it. A gap with no record after it is the tail of a write that never
// finished (a crash mid-write); one with records after it is damage to bytes that had been durable.
import type { BoardId } from '../board-id.js';
import type { LocatedRecord, Lsn, WalRecordRef } from './wal-record.js';
import { MIN_RECORD_BYTES, readRecordAt } from './wal-record.js';

/** Bytes of a segment that hold no readable record, between two records or after the last one. */
export interface SegmentGap {
  readonly offset: number;
  readonly end: number;
  /** True when a readable record follows: durable bytes were damaged, not just a write left unfinished. */
  readonly recordsAfter: boolean;
}

export interface SegmentScan {
  readonly records: LocatedRecord[];
  readonly gaps: SegmentGap[];
  /** LSN of the last record read, or `lastLsnBefore` when there was none. */
  readonly lastLsn: number;
  /** Where the next record goes: after the last record or the last non-zero byte, whichever is later. */
  readonly dataEnd: number;
}

/** End of the last non-zero byte at or after `from`: a clean segment ends in preallocated zeros. */
function endOfData(bytes: Uint8Array, from: number): number {
  for (let end = bytes.byteLength; end > from; end--) if (bytes[end - 1] !== 0) return end;
  return from;
}

/**
 * Highest LSN a record found `skipped` bytes after the last good one can carry: at most one record per
 * MIN_RECORD_BYTES of the skipped bytes can have been lost. Bounding the stored LSN this tightly makes a
 * chance match inside damaged bytes practically impossible (it must also pass the CRC).
 */
const maxLsnAfter = (lastLsn: number, skipped: number): number => lastLsn + 1 + Math.floor(skipped / MIN_RECORD_BYTES);

/** The next record at or after `from` (below `limit`), or null. */
function nextRecordFrom(view: Buffer, from: number, limit: number, lastLsn: number): { offset: number; lsn: Lsn; boardId: BoardId; updateStart: number; end: number } | null {
  for (let offset = from; offset < limit; offset++) {
    // Records after a gap must store their LSN: an older-format record's number cannot be known there.
    const found = readRecordAt(view, offset, lastLsn + 1, maxLsnAfter(lastLsn, offset - from + 1));
    if (found?.lsn != null) return { offset, lsn: found.lsn, boardId: found.boardId, updateStart: found.updateStart, end: found.end };
  }
  return null;
}

/**
 * Reads every readable record of segment `segment` (its file name: the LSN its first record was given).
 * `lastLsnBefore` is the last LSN of the segments before it: numbers only ever grow.
 */
export function scanSegment(bytes: Uint8Array, segment: Lsn, lastLsnBefore: number): SegmentScan {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: LocatedRecord[] = [];
  const gaps: SegmentGap[] = [];
  let lastLsn = Math.max(lastLsnBefore, segment - 1);
  let offset = 0;
  const dataEnd = endOfData(bytes, 0);
  while (offset < dataEnd) {
    const here = readRecordAt(view, offset, lastLsn + 1, lastLsn + 1);
    const found = here === null ? nextRecordFrom(view, offset + 1, dataEnd, lastLsn) : { ...here, offset, lsn: here.lsn ?? ((lastLsn + 1) as Lsn) };
    if (found === null) {
      gaps.push({ offset, end: dataEnd, recordsAfter: false });
      break;
    }
    if (found.offset > offset) gaps.push({ offset, end: found.offset, recordsAfter: true });
    const ref: WalRecordRef = { lsn: found.lsn, segment, offset: found.updateStart, length: found.end - found.updateStart };
    records.push({ boardId: found.boardId, ref });
    lastLsn = found.lsn;
    offset = found.end;
  }
  return { records, gaps, lastLsn, dataEnd: Math.max(offset, dataEnd) };
}
