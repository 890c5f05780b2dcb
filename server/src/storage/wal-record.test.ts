// The write-ahead log's record encoding: batches encoded with remembered board prefixes read back, record
// for record, through the same scanner recovery uses (which checks each CRC32 over the whole payload, so
// the continued checksums must equal the format's).
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BoardId } from '../board-id.js';
import type { Lsn, WalEntry } from './wal-record.js';
import { WalBatchEncoder } from './wal-record.js';
import { scanSegment } from './wal-scan.js';

const boardNamed = (index: number): BoardId => `wal-record-board-${String(index).padStart(5, '0')}` as BoardId;
const updateOf = (index: number): Uint8Array => Uint8Array.from({ length: 1 + (index % 40) }, (_, byte) => (index * 7 + byte) % 256);

/** Encodes the entries in batches of `batchSize` into one segment image, as the log appends them. */
function encodeInBatches(encoder: WalBatchEncoder, entries: readonly WalEntry[], batchSize: number): Uint8Array {
  const parts: Buffer[] = [];
  let offset = 0;
  for (let first = 0; first < entries.length; first += batchSize) {
    const { buffer, located } = encoder.encode(entries.slice(first, first + batchSize), 0 as Lsn, offset, first as Lsn);
    expect(located.map((record) => record.ref.lsn)).toEqual(located.map((_, index) => first + index));
    parts.push(buffer);
    offset += buffer.byteLength;
  }
  return Buffer.concat(parts);
}

describe('WalBatchEncoder', () => {
  it('writes records the scanner reads back with their boards, positions and bytes', () => {
    const entries = Array.from({ length: 30 }, (_, index) => ({ boardId: boardNamed(index % 3), update: updateOf(index) }));
    const segment = encodeInBatches(new WalBatchEncoder(), entries, 4);
    const { records, dataEnd: validBytes, gaps } = scanSegment(segment, 0 as Lsn, -1);
    expect(gaps).toEqual([]);
    expect(validBytes).toBe(segment.byteLength);
    expect(records.map((record) => record.boardId)).toEqual(entries.map((entry) => entry.boardId));
    const read = records.map(({ ref }) => Array.from(segment.subarray(ref.offset, ref.offset + ref.length)));
    expect(read).toEqual(entries.map((entry) => Array.from(entry.update)));
  });

  it('stores the CRC32 of the whole payload (board prefix, LSN and update), as the format says', () => {
    const boardId = boardNamed(1);
    const update = updateOf(9);
    const lsn = 2 ** 33 + 5;
    const { buffer } = new WalBatchEncoder().encode([{ boardId, update }], 0 as Lsn, 0, lsn as Lsn);
    const lsnBytes = Buffer.alloc(8);
    lsnBytes.writeBigUInt64LE(BigInt(lsn));
    const payload = Buffer.concat([Buffer.from([0x80 | boardId.length]), Buffer.from(boardId, 'latin1'), lsnBytes, update]);
    expect(buffer.readUInt32LE(0)).toBe(payload.byteLength);
    expect(buffer.readUInt32LE(4)).toBe(crc32(payload));
    expect(buffer.subarray(8).equals(payload)).toBe(true);
  });

  it('keeps encoding correctly past the bound on remembered boards', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => ({ boardId: boardNamed(index), update: updateOf(index) }));
    const segment = encodeInBatches(new WalBatchEncoder(), [...entries, ...entries.slice(0, 10)], 64);
    const { records, dataEnd: validBytes, gaps } = scanSegment(segment, 0 as Lsn, -1);
    expect(gaps).toEqual([]);
    expect(validBytes).toBe(segment.byteLength);
    expect(records).toHaveLength(5010);
    expect(records.at(-1)?.boardId).toBe(boardNamed(9));
  });
});
