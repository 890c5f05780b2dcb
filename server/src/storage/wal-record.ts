// Records of the shared write-ahead log. Every board of the process appends to one log, so each record
// names its board, and each carries its own log sequence number so that recovery can skip a damaged
// record and still number every record after it correctly:
//   [u32 LE payload length][u32 LE CRC32 of payload]
//   [payload = u8 (0x80 | board id length), board id (ASCII), u64 LE LSN, Yjs update]
// Records written before the LSN was stored (first byte without 0x80: `u8 board id length, board id,
// update`) are still read; their LSN is the one after the record before them.
// The framing is the one of record-format.ts; a batch of records is encoded into one buffer (one write,
// one allocation) and each record's position is returned so a board's updates can be read back alone.
import { crc32 } from 'node:zlib';
import type { BoardId } from '../board-id.js';
import { parseStorageKey } from '../access/room-path.js';
import { MAX_RECORD_BYTES, RECORD_HEADER_BYTES } from './record-format.js';

export const LSN_BYTES = 8;
/** Set in a payload's first byte when the record stores its LSN (storage keys are at most 73 characters). */
const LSN_FLAG = 0x80;
const MIN_BOARD_ID = 16;
/** A board id (≤ 64) or a room key `<boardId>~comments` (≤ 73), access/room-path.ts. */
const MAX_BOARD_ID = 73;
/** The smallest record of either format: header, id length, shortest id, a one-byte update. */
export const MIN_RECORD_BYTES = RECORD_HEADER_BYTES + 1 + MIN_BOARD_ID + 1;

/** Log sequence number: the position of a record in the log, counted over all boards, never reused. */
export type Lsn = number & { readonly __brand: 'Lsn' };

/** Where one board's update lives: segment (named by its first LSN), byte offset and length of the update. */
export interface WalRecordRef {
  readonly lsn: Lsn;
  readonly segment: Lsn;
  readonly offset: number;
  readonly length: number;
}

export interface WalEntry {
  readonly boardId: BoardId;
  readonly update: Uint8Array;
}

export interface LocatedRecord {
  readonly boardId: BoardId;
  readonly ref: WalRecordRef;
}

/** A record's payload up to its LSN, `[u8 0x80 | id length][board id]`, and its CRC32 to continue from. */
interface RecordPrefix {
  readonly bytes: Buffer;
  readonly crc: number;
}

/** Boards whose prefixes are kept before the memo starts over: a bound, not a working-set guess. */
const MAX_REMEMBERED_PREFIXES = 4096;

/**
 * Encodes batches of records. Each board's record prefix and its checksum are computed once and reused:
 * a record then costs one copy of the prefix and a CRC32 of its LSN and update alone, continued from the
 * prefix's.
 */
export class WalBatchEncoder {
  private readonly prefixes = new Map<BoardId, RecordPrefix>();

  /**
   * Encodes entries as consecutive records starting at `fileOffset` of segment `segment`, the first one
   * numbered `firstLsn`. Board ids are ASCII by construction (BOARD_ID_PATTERN), one byte per character.
   */
  encode(entries: readonly WalEntry[], segment: Lsn, fileOffset: number, firstLsn: Lsn): { buffer: Buffer; located: LocatedRecord[] } {
    let total = 0;
    for (const { boardId, update } of entries) total += RECORD_HEADER_BYTES + 1 + boardId.length + LSN_BYTES + update.byteLength;
    const buffer = Buffer.allocUnsafe(total);
    const located: LocatedRecord[] = new Array<LocatedRecord>(entries.length);
    let position = 0;
    for (let index = 0; index < entries.length; index++) {
      const { boardId, update } = entries[index] as WalEntry;
      const prefix = this.prefixOf(boardId);
      const lsn = (firstLsn + index) as Lsn;
      const payloadStart = position + RECORD_HEADER_BYTES;
      const lsnStart = payloadStart + prefix.bytes.byteLength;
      const updateStart = lsnStart + LSN_BYTES;
      const end = updateStart + update.byteLength;
      buffer.set(prefix.bytes, payloadStart);
      writeLsn(buffer, lsnStart, lsn);
      buffer.set(update, updateStart);
      buffer.writeUInt32LE(end - payloadStart, position);
      buffer.writeUInt32LE(crc32(buffer.subarray(lsnStart, end), prefix.crc), position + 4);
      const ref: WalRecordRef = { lsn, segment, offset: fileOffset + updateStart, length: update.byteLength };
      located[index] = { boardId, ref };
      position = end;
    }
    return { buffer, located };
  }

  private prefixOf(boardId: BoardId): RecordPrefix {
    const known = this.prefixes.get(boardId);
    if (known !== undefined) return known;
    if (this.prefixes.size >= MAX_REMEMBERED_PREFIXES) this.prefixes.clear();
    const bytes = Buffer.allocUnsafe(1 + boardId.length);
    bytes[0] = LSN_FLAG | boardId.length;
    bytes.write(boardId, 1, 'latin1');
    const prefix = { bytes, crc: crc32(bytes) };
    this.prefixes.set(boardId, prefix);
    return prefix;
  }
}


function writeLsn(buffer: Buffer, at: number, lsn: Lsn): void {
  buffer.writeUInt32LE(lsn % 0x1_0000_0000, at);
  buffer.writeUInt32LE(Math.floor(lsn / 0x1_0000_0000), at + 4);
}

/** What the record at an offset holds, if it is one; `lsn` is null for the older format that stores none. */
export interface RecordAt {
  readonly boardId: BoardId;
  readonly lsn: Lsn | null;
  readonly updateStart: number;
  readonly end: number;
}

/**
 * Reads the record at `offset` if it is a complete, checksummed record whose stored LSN lies in
 * [minLsn, maxLsn]; null otherwise. The cheap checks come first and the CRC last, so scanning damaged
 * bytes for the next record costs little per position.
 */
export function readRecordAt(view: Buffer, offset: number, minLsn: number, maxLsn: number): RecordAt | null {
  if (offset + RECORD_HEADER_BYTES > view.byteLength) return null;
  const length = view.readUInt32LE(offset);
  const payloadStart = offset + RECORD_HEADER_BYTES;
  const end = payloadStart + length;
  if (length < MIN_RECORD_BYTES - RECORD_HEADER_BYTES || length > MAX_RECORD_BYTES || end > view.byteLength) return null;
  const first = view[payloadStart] ?? 0;
  const idLength = first & ~LSN_FLAG;
  if (idLength < MIN_BOARD_ID || idLength > MAX_BOARD_ID) return null;
  const idEnd = payloadStart + 1 + idLength;
  const hasLsn = (first & LSN_FLAG) !== 0;
  const updateStart = hasLsn ? idEnd + LSN_BYTES : idEnd;
  if (updateStart >= end) return null;
  let lsn: Lsn | null = null;
  if (hasLsn) {
    const stored = view.readUInt32LE(idEnd) + view.readUInt32LE(idEnd + 4) * 0x1_0000_0000;
    if (stored < minLsn || stored > maxLsn) return null;
    lsn = stored as Lsn;
  }
  if (crc32(view.subarray(payloadStart, end)) !== view.readUInt32LE(offset + 4)) return null;
  const boardId = parseStorageKey(view.toString('latin1', payloadStart + 1, idEnd));
  return boardId === null ? null : { boardId, lsn, updateStart, end };
}
