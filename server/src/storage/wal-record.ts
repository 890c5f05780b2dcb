// Records of the shared write-ahead log. Every board of the process appends to one log, so each record
// names its board:
//   [u32 LE payload length][u32 LE CRC32 of payload][payload = u8 board id length, board id (ASCII), Yjs update]
// The framing is the one of record-format.ts; a batch of records is encoded into one buffer (one write,
// one allocation) and each record's position is returned so a board's updates can be read back alone.
import { crc32 } from 'node:zlib';
import type { BoardId } from '../board-id.js';
import { parseBoardId } from '../board-id.js';
import { MAX_RECORD_BYTES, RECORD_HEADER_BYTES } from './record-format.js';

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

/** A record's payload up to the update, `[u8 id length][board id]`, and its CRC32 to continue from. */
interface RecordPrefix {
  readonly bytes: Buffer;
  readonly crc: number;
}

/** Boards whose prefixes are kept before the memo starts over: a bound, not a working-set guess. */
const MAX_REMEMBERED_PREFIXES = 4096;

/**
 * Encodes batches of records. Each board's record prefix and its checksum are computed once and reused:
 * a record then costs one copy of the prefix and a CRC32 of the update alone, continued from the prefix's.
 */
export class WalBatchEncoder {
  private readonly prefixes = new Map<BoardId, RecordPrefix>();

  /**
   * Encodes entries as consecutive records starting at `fileOffset` of segment `segment`, the first one
   * numbered `firstLsn`. Board ids are ASCII by construction (BOARD_ID_PATTERN), one byte per character.
   */
  encode(entries: readonly WalEntry[], segment: Lsn, fileOffset: number, firstLsn: Lsn): { buffer: Buffer; located: LocatedRecord[] } {
    let total = 0;
    for (const { boardId, update } of entries) total += RECORD_HEADER_BYTES + 1 + boardId.length + update.byteLength;
    const buffer = Buffer.allocUnsafe(total);
    const located: LocatedRecord[] = new Array<LocatedRecord>(entries.length);
    let position = 0;
    for (let index = 0; index < entries.length; index++) {
      const { boardId, update } = entries[index] as WalEntry;
      const prefix = this.prefixOf(boardId);
      const payloadStart = position + RECORD_HEADER_BYTES;
      const updateStart = payloadStart + prefix.bytes.byteLength;
      const end = updateStart + update.byteLength;
      buffer.set(prefix.bytes, payloadStart);
      buffer.set(update, updateStart);
      buffer.writeUInt32LE(end - payloadStart, position);
      buffer.writeUInt32LE(crc32(update, prefix.crc), position + 4);
      const ref: WalRecordRef = { lsn: (firstLsn + index) as Lsn, segment, offset: fileOffset + updateStart, length: update.byteLength };
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
    bytes[0] = boardId.length;
    bytes.write(boardId, 1, 'latin1');
    const prefix = { bytes, crc: crc32(bytes) };
    this.prefixes.set(boardId, prefix);
    return prefix;
  }
}

/**
 * Reads a segment's records until the end or the first torn, corrupt or unreadable one. `validBytes`
 * covers exactly the records returned; anything after it must be truncated before appending again.
 */
export function scanWalSegment(bytes: Uint8Array, segment: Lsn): { records: LocatedRecord[]; validBytes: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: LocatedRecord[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= view.byteLength) {
    const length = view.readUInt32LE(offset);
    const payloadStart = offset + RECORD_HEADER_BYTES;
    const end = payloadStart + length;
    if (length < 1 || length > MAX_RECORD_BYTES || end > view.byteLength) break;
    if (crc32(view.subarray(payloadStart, end)) !== view.readUInt32LE(offset + 4)) break;
    const idLength = view[payloadStart] ?? 0;
    const updateStart = payloadStart + 1 + idLength;
    const boardId = updateStart <= end ? parseBoardId(view.toString('latin1', payloadStart + 1, updateStart)) : null;
    if (boardId === null) break;
    const ref: WalRecordRef = { lsn: (segment + records.length) as Lsn, segment, offset: updateStart, length: end - updateStart };
    records.push({ boardId, ref });
    offset = end;
  }
  return { records, validBytes: offset };
}
