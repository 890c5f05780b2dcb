// Damage as a failing disk or a careless operator would do it to a closed FileBoardStorage data
// directory, and the bookkeeping the damage suite needs: where each edit was durable before the damage
// (its log record, its board's compacted file, or both) and which of those places the damage hit.
import { readdir, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoardId } from '../../src/board-id.js';
import { RECORD_HEADER_BYTES } from '../../src/storage/record-format.js';
import { LSN_BYTES } from '../../src/storage/wal-record.js';
import type { Lsn } from '../../src/storage/wal-record.js';
import { scanSegment } from '../../src/storage/wal-scan.js';
import type { Random } from '@napkin/testkit';

export const DAMAGE_KINDS = ['torn-tail', 'flipped-bytes', 'zero-filled-segment', 'deleted-log', 'deleted-compacted', 'truncated-compacted'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** Somewhere an edit's bytes live on disk. */
export type Source = { readonly kind: 'log'; readonly file: string; readonly start: number; readonly end: number } | { readonly kind: 'compacted'; readonly boardId: BoardId };

interface LogRecord {
  readonly boardId: BoardId;
  readonly lsn: Lsn;
  readonly source: Source & { kind: 'log' };
  readonly update: Buffer;
}

export interface DiskLayout {
  readonly records: readonly LogRecord[];
  /** Per board, the LSN below which its compacted file holds everything (absent: no compacted file). */
  readonly covered: ReadonlyMap<BoardId, Lsn>;
}

const SEGMENT = /^segment-(\d{16})\.wal$/;
const COMPACTED = /^compacted-(\d{16})\.bin$/;

/** Reads where every record and compacted file is, from a data directory whose storage was closed cleanly. */
export async function readLayout(dataDir: string, boards: readonly BoardId[]): Promise<DiskLayout> {
  const walDir = join(dataDir, 'wal');
  const records: LogRecord[] = [];
  let lastLsn = -1;
  for (const file of (await readdir(walDir)).filter((name) => SEGMENT.test(name)).sort()) {
    const path = join(walDir, file);
    const bytes = await readFile(path);
    const scan = scanSegment(bytes, Number(SEGMENT.exec(file)?.[1]) as Lsn, lastLsn);
    if (scan.gaps.length > 0) throw new Error(`${path} is damaged before the damage was applied`);
    for (const { boardId, ref } of scan.records) {
      const start = ref.offset - LSN_BYTES - boardId.length - 1 - RECORD_HEADER_BYTES;
      const update = bytes.subarray(ref.offset, ref.offset + ref.length);
      records.push({ boardId, lsn: ref.lsn, source: { kind: 'log', file: path, start, end: ref.offset + ref.length }, update });
    }
    lastLsn = scan.lastLsn;
  }
  const covered = new Map<BoardId, Lsn>();
  for (const boardId of boards) {
    const files = await readdir(join(dataDir, 'boards', boardId)).catch(() => [] as string[]);
    const newest = files.map((name) => Number(COMPACTED.exec(name)?.[1] ?? -1)).reduce((a, b) => Math.max(a, b), -1);
    if (newest >= 0) covered.set(boardId, newest as Lsn);
  }
  return { records, covered };
}

/** Every place the edit with this update can be read back from (its record, and/or its compacted file). */
export function sourcesOf(layout: DiskLayout, boardId: BoardId, update: Uint8Array): Source[] {
  const record = layout.records.find((candidate) => candidate.boardId === boardId && candidate.update.equals(update));
  const covered = layout.covered.get(boardId);
  const sources: Source[] = record === undefined ? [] : [record.source];
  // A record no longer in the log was recycled after its board compacted it.
  if (covered !== undefined && (record === undefined || record.lsn < covered)) sources.push({ kind: 'compacted', boardId });
  return sources;
}

export interface Damage {
  readonly kind: DamageKind;
  readonly what: string;
  /** Whether the damage touched the bytes of this source. */
  readonly hit: (source: Source) => boolean;
  /** Whether storage can tell the damage happened (a zeroed end of the newest segment looks like free space). */
  readonly detectable: boolean;
}

const overlaps = (source: Source, file: string, start: number, end: number): boolean =>
  source.kind === 'log' && source.file === file && source.start < end && start < source.end;

/** Applies one damage of `kind` to the data directory; `null` if the layout offers nothing to damage. */
export async function applyDamage(kind: DamageKind, dataDir: string, layout: DiskLayout, random: Random): Promise<Damage | null> {
  const segments = [...new Set(layout.records.map((record) => record.source.file))].sort();
  const recordsIn = (file: string): LogRecord[] => layout.records.filter((record) => record.source.file === file);
  const highestCovered = Math.max(0, ...layout.covered.values());
  switch (kind) {
    case 'torn-tail': {
      const last = recordsIn(segments.at(-1) ?? '');
      const first = last[Math.max(0, last.length - 1 - random.int(3))];
      if (first === undefined) return null;
      const { file, start, end } = first.source;
      const from = start + 1 + random.int(end - start - 1);
      const to = last.at(-1)?.source.end ?? end;
      const bytes = await readFile(file);
      const zeros = random.next() < 0.3;
      for (let at = from; at < to; at++) bytes[at] = zeros ? 0 : random.int(256);
      await writeFile(file, bytes);
      return { kind, what: `${file} bytes ${from}-${to} ${zeros ? 'zeroed' : 'garbled'}`, hit: (source) => overlaps(source, file, from, to), detectable: !zeros };
    }
    case 'flipped-bytes': {
      const candidates = segments.flatMap((file) => recordsIn(file).slice(0, -1));
      const victim = random.pick(candidates);
      if (victim === undefined) return null;
      const { file, start, end } = victim.source;
      const bytes = await readFile(file);
      const flipped = new Set<number>();
      while (flipped.size < 3) flipped.add(start + random.int(end - start));
      for (const at of flipped) bytes[at] = (bytes[at] ?? 0) ^ (1 + random.int(255));
      await writeFile(file, bytes);
      return { kind, what: `3 bytes flipped in ${file} ${start}-${end}`, hit: (source) => overlaps(source, file, start, end), detectable: true };
    }
    case 'zero-filled-segment': {
      const file = random.pick(segments);
      if (file === undefined) return null;
      const size = (await readFile(file)).byteLength;
      await writeFile(file, Buffer.alloc(size));
      return { kind, what: `${file} zero-filled`, hit: (source) => source.kind === 'log' && source.file === file, detectable: true };
    }
    case 'deleted-log':
      await rm(join(dataDir, 'wal'), { recursive: true });
      return { kind, what: 'wal/ deleted', hit: (source) => source.kind === 'log', detectable: highestCovered > 0 };
    case 'deleted-compacted':
    case 'truncated-compacted': {
      const boardId = random.pick([...layout.covered.keys()]);
      if (boardId === undefined) return null;
      const file = join(dataDir, 'boards', boardId, `compacted-${String(layout.covered.get(boardId)).padStart(16, '0')}.bin`);
      if (kind === 'deleted-compacted') await unlink(file);
      else await truncate(file, random.int((await readFile(file)).byteLength));
      const hit = (source: Source): boolean => source.kind === 'compacted' && source.boardId === boardId;
      return { kind, what: `${file} ${kind === 'deleted-compacted' ? 'deleted' : 'truncated'}`, hit, detectable: kind === 'truncated-compacted' };
    }
  }
}
