// Reading the write-ahead log back when the storage opens: every segment is scanned (wal-scan.ts), each
// readable record is handed to the listener, and whatever could not be read is copied to a quarantine
// file and reported. Nothing is zeroed or truncated in place: new records go after the damaged bytes,
// and the evidence stays on disk until the segment is recycled (and in the quarantine file after that).
import { access, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StorageIssue } from './board-storage.js';
import { writeFileAtomically } from './fs-durability.js';
import type { LocatedRecord, Lsn } from './wal-record.js';
import type { SegmentGap } from './wal-scan.js';
import { scanSegment } from './wal-scan.js';

const SEGMENT = /^segment-(\d{16})\.wal$/;
export const segmentName = (segment: Lsn): string => `segment-${String(segment).padStart(16, '0')}.wal`;
export const QUARANTINE_DIRECTORY = 'quarantine';

/** The newest segment as found: appends continue after its data unless the log must start a new one. */
export interface LastSegment {
  readonly segment: Lsn;
  readonly dataEnd: number;
  readonly size: number;
  /** Bytes from the start of the block holding `dataEnd` up to it (direct I/O rewrites that block). */
  readonly tail: Uint8Array;
  readonly lastLsn: number;
}

export interface RecoveredLog {
  /** Every segment but the newest, oldest first. */
  readonly sealed: Lsn[];
  readonly last: LastSegment | null;
  /** The LSN after the last readable record (or the newest segment's name when it holds none). */
  readonly nextLsn: Lsn;
  readonly issues: StorageIssue[];
}

async function segmentsIn(directory: string): Promise<Lsn[]> {
  return (await readdir(directory))
    .map((file) => SEGMENT.exec(file)?.[1])
    .filter((first): first is string => first !== undefined)
    .map((first) => Number(first) as Lsn)
    .sort((a, b) => a - b);
}

/** Copies a gap's bytes aside once (the name says where they came from); true if an earlier start did. */
async function quarantine(path: string, bytes: Uint8Array): Promise<boolean> {
  const known = await access(path).then(
    () => true,
    () => false,
  );
  if (!known) await writeFileAtomically(path, bytes);
  return known;
}

function gapIssue(file: string, gap: SegmentGap, lostRecords: number | null, quarantinedTo: string, known: boolean): StorageIssue {
  return { kind: 'log-gap', file, offset: gap.offset, end: gap.end, recordsAfter: gap.recordsAfter, lostRecords, quarantinedTo, known };
}

/** Scans every segment of the log in `directory`, oldest first, calling `onRecord` in LSN order. */
export async function recoverSegments(directory: string, onRecord: (record: LocatedRecord) => void): Promise<RecoveredLog> {
  const segments = await segmentsIn(directory);
  const issues: StorageIssue[] = [];
  const quarantineDirectory = join(directory, QUARANTINE_DIRECTORY);
  let lastLsn = -1;
  let last: LastSegment | null = null;
  for (const [index, segment] of segments.entries()) {
    const path = join(directory, segmentName(segment));
    const bytes = await readFile(path);
    const scan = scanSegment(bytes, segment, lastLsn);
    for (const record of scan.records) onRecord(record);
    for (const gap of scan.gaps) {
      const before = scan.records.findLast((record) => record.ref.offset < gap.offset)?.ref.lsn ?? Math.max(lastLsn, segment - 1);
      const after = scan.records.find((record) => record.ref.offset > gap.end);
      // Records carry their LSN, so the jump across the gap counts the records it swallowed.
      const lostRecords = after === undefined ? null : after.ref.lsn - 1 - before;
      await mkdir(quarantineDirectory, { recursive: true });
      const quarantinedTo = join(quarantineDirectory, `${segmentName(segment)}.bytes-${gap.offset}-${gap.end}`);
      const known = await quarantine(quarantinedTo, bytes.subarray(gap.offset, gap.end));
      issues.push(gapIssue(path, gap, lostRecords, quarantinedTo, known));
    }
    // A segment is sealed exactly when the next one starts, and the next one is named by the LSN that
    // follows this one's last record: a shortfall means records at its end were lost (zeroed, cut off).
    const next = segments[index + 1];
    // A segment gets its zeroed space right before its first record is written: one that is all zeros
    // yet has a size lost its records (or the relay died between the two steps, which the message says).
    const zeroed = scan.records.length === 0 && scan.dataEnd === 0 && bytes.byteLength > 0;
    if (zeroed) issues.push({ kind: 'log-segment-zeroed', file: path, bytes: bytes.byteLength });
    else if (next !== undefined && scan.lastLsn + 1 < next) {
      issues.push({ kind: 'log-records-missing', file: path, fromLsn: (scan.lastLsn + 1) as Lsn, toLsn: (next - 1) as Lsn });
    }
    lastLsn = scan.lastLsn;
    const tailStart = scan.dataEnd - (scan.dataEnd % 4096);
    last = { segment, dataEnd: scan.dataEnd, size: bytes.byteLength, tail: bytes.subarray(tailStart, scan.dataEnd), lastLsn: scan.lastLsn };
  }
  return { sealed: segments.slice(0, -1), last, nextLsn: (lastLsn + 1) as Lsn, issues };
}
