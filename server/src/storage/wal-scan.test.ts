// Recovery's scan of one segment: records of the older format (no stored LSN) still read, a damaged
// record costs only itself, and under seeded random damage every record whose bytes were not touched is
// read back with its board and LSN, while nothing is invented.
import { describe, expect, it } from 'vitest';
import type { BoardId } from '../board-id.js';
import { replayHint, seededRandom, seedsFrom } from '@napkin/testkit';
import { encodeRecord } from './record-format.js';
import type { Lsn } from './wal-record.js';
import { WalBatchEncoder } from './wal-record.js';
import { scanSegment } from './wal-scan.js';

const BOARDS = ['wal-scan-board-alpha', 'wal-scan-board-bravo-with-a-longer-id'] as BoardId[];
const updateOf = (index: number): Uint8Array => Uint8Array.from({ length: 2 + (index % 30) }, (_, byte) => (index * 13 + byte * 7 + 1) % 256);

/** A segment image of `count` records (boards alternating) and where each record starts and ends. */
function segmentOf(count: number, firstLsn = 0): { bytes: Buffer; spans: Array<{ start: number; end: number }> } {
  const encoder = new WalBatchEncoder();
  const parts: Buffer[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const boardId = BOARDS[index % 2] as BoardId;
    const { buffer } = encoder.encode([{ boardId, update: updateOf(index) }], firstLsn as Lsn, offset, (firstLsn + index) as Lsn);
    parts.push(buffer);
    spans.push({ start: offset, end: offset + buffer.byteLength });
    offset += buffer.byteLength;
  }
  return { bytes: Buffer.concat(parts), spans };
}

describe('scanSegment', () => {
  it('reads records of the older format (no stored LSN) followed by new ones, numbered in order', () => {
    const legacy = [0, 1, 2].map((index) => {
      const boardId = BOARDS[0] as BoardId;
      return encodeRecord(Buffer.concat([Buffer.from([boardId.length]), Buffer.from(boardId, 'latin1'), updateOf(index)]));
    });
    const tail = new WalBatchEncoder().encode([{ boardId: BOARDS[1] as BoardId, update: updateOf(3) }], 40 as Lsn, 0, 43 as Lsn).buffer;
    const scan = scanSegment(Buffer.concat([...legacy, tail]), 40 as Lsn, 39);
    expect(scan.records.map((record) => record.ref.lsn)).toEqual([40, 41, 42, 43]);
    expect(scan.records.map((record) => record.boardId)).toEqual([BOARDS[0], BOARDS[0], BOARDS[0], BOARDS[1]]);
    expect(scan.gaps).toEqual([]);
  });

  it('steps over garbage between records and says how many records it swallowed', () => {
    const { bytes, spans } = segmentOf(10);
    const [third, fourth] = [spans[3], spans[4]] as [{ start: number; end: number }, { start: number; end: number }];
    for (let at = third.start + 5; at < fourth.end; at++) bytes[at] = (at * 31) % 256;
    const scan = scanSegment(bytes, 0 as Lsn, -1);
    expect(scan.records.map((record) => record.ref.lsn)).toEqual([0, 1, 2, 5, 6, 7, 8, 9]);
    expect(scan.gaps).toEqual([{ offset: third.start, end: fourth.end, recordsAfter: true }]);
  });

  it('a zeroed block in the middle is a gap; zeros after the last record are free space', () => {
    const { bytes, spans } = segmentOf(8);
    const image = Buffer.concat([bytes, Buffer.alloc(4096)]);
    image.fill(0, spans[2]?.start, spans[3]?.end);
    const scan = scanSegment(image, 0 as Lsn, -1);
    expect(scan.records.map((record) => record.ref.lsn)).toEqual([0, 1, 4, 5, 6, 7]);
    expect(scan.gaps).toEqual([{ offset: spans[2]?.start, end: spans[3]?.end, recordsAfter: true }]);
    expect(scan.dataEnd).toBe(bytes.byteLength);
  });

  it.each(seedsFrom(500, 50))('seed %i: random damage loses only the records it touched', (seed) => {
    const random = seededRandom(seed);
    const { bytes, spans } = segmentOf(120, 1000);
    const original = Buffer.from(bytes);
    for (let hits = 1 + random.int(4); hits > 0; hits--) {
      const from = random.int(bytes.byteLength);
      const to = Math.min(bytes.byteLength, from + 1 + random.int(random.next() < 0.5 ? 8 : 400));
      const style = random.int(3);
      for (let at = from; at < to; at++) bytes[at] = style === 0 ? 0 : style === 1 ? random.int(256) : (bytes[at] ?? 0) ^ 0xff;
    }
    // Touched: any byte differs (overlapping hits can cancel, and zero or random bytes can equal the old ones).
    const touched = (span: { start: number; end: number }): boolean => !bytes.subarray(span.start, span.end).equals(original.subarray(span.start, span.end));
    const scan = scanSegment(bytes, 1000 as Lsn, 999);
    const read = scan.records.map((record) => record.ref.lsn - 1000);
    const intact = spans.map((_, index) => index).filter((index) => !touched(spans[index] as { start: number; end: number }));
    expect(read, `seed ${seed} (${replayHint(seed)})`).toEqual(intact);
    for (const record of scan.records) {
      const index = record.ref.lsn - 1000;
      expect(record.boardId).toBe(BOARDS[index % 2]);
      expect([...bytes.subarray(record.ref.offset, record.ref.offset + record.ref.length)]).toEqual([...updateOf(index)]);
    }
  });
});
