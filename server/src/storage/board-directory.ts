// The files of one board, `<dataDir>/boards/<boardId>/`, and how to read them back after any crash.
//
//   compacted-<L>.bin  one record: a Yjs update holding the board's write-ahead log records with LSN < L,
//                      plus everything in the legacy files below
//   snapshot-<G>.bin, log-<G>.bin
//                      legacy per-board snapshot and logs (the layout before the shared write-ahead log):
//                      still read while no compacted file exists, deleted by the first compaction
//
// A compacted file is written atomically (temp file, fsync, rename, fsync directory) before anything it
// supersedes is deleted, so a crash at any step leaves files that load back to the full board.
import { mkdir, readdir, readFile, rename, truncate, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { StorageIssue } from './board-storage.js';
import { fsyncDirectory, writeFileAtomically } from './fs-durability.js';
import { decodeRecords, encodeRecord } from './record-format.js';
import type { Lsn } from './wal-record.js';

const COMPACTED = /^compacted-(\d{16})\.bin$/;
/** Also matches compacted files set aside (`.corrupt-<time>`) or not yet installed (`.tmp`). */
const COMPACTED_PREFIX = /^compacted-(\d{16})\.bin/;
const LEGACY_SNAPSHOT = /^snapshot-(\d{10})\.bin$/;
const LEGACY_LOG = /^log-(\d{10})\.bin$/;
export const compactedName = (lsn: Lsn): string => `compacted-${String(lsn).padStart(16, '0')}.bin`;

export interface BoardContents {
  /** Yjs updates in the order they must be applied: compacted (or legacy snapshot) first, then legacy logs. */
  readonly updates: Uint8Array[];
  readonly issues: StorageIssue[];
  /** The board's write-ahead log records below this LSN are in `updates` already. */
  readonly coveredLsn: Lsn;
  /** Legacy files are still present: the next compaction folds them in even without new records. */
  readonly hasLegacyFiles: boolean;
  /** The compacted file `updates` came from, if any: a compaction may delete it and older ones only. */
  readonly compactedFile: string | null;
}

function numbered(files: readonly string[], pattern: RegExp): number[] {
  const numbers: number[] = [];
  for (const file of files) {
    const match = pattern.exec(file);
    if (match?.[1] !== undefined) numbers.push(Number(match[1]));
  }
  return numbers.sort((a, b) => a - b);
}

/** A single-record file is valid only as exactly one complete, checksummed record. */
async function readSingleRecord(path: string): Promise<Uint8Array | null> {
  const bytes = await readFile(path);
  const { payloads, validBytes } = decodeRecords(bytes);
  return payloads.length === 1 && validBytes === bytes.byteLength ? (payloads[0] ?? null) : null;
}

/** Reads the newest valid single-record file; with `repair`, corrupt newer ones are renamed aside. */
async function readNewest(
  directory: string,
  names: readonly string[],
  repair: boolean,
  issues: StorageIssue[],
): Promise<{ name: string; state: Uint8Array } | null> {
  for (const name of [...names].reverse()) {
    const path = join(directory, name);
    const state = await readSingleRecord(path);
    if (state !== null) return { name, state };
    if (repair) {
      const movedTo = `${path}.corrupt-${Date.now()}`;
      await rename(path, movedTo);
      issues.push({ kind: 'corrupt-snapshot', file: path, movedTo });
    }
  }
  return null;
}

/**
 * Reads a board directory. With `repair`, a torn legacy log tail is truncated, a corrupt compacted file or
 * snapshot is renamed aside (never deleted) and files an interrupted compaction left behind are removed.
 */
export async function readBoardDirectory(directory: string, { repair }: { repair: boolean }): Promise<BoardContents> {
  const files = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const issues: StorageIssue[] = [];
  const compactedFiles = numbered(files, COMPACTED).map((lsn) => compactedName(lsn as Lsn));
  const compacted = await readNewest(directory, compactedFiles, repair, issues);
  const legacyLogs = numbered(files, LEGACY_LOG);
  const legacySnapshots = numbered(files, LEGACY_SNAPSHOT).map((g) => `snapshot-${String(g).padStart(10, '0')}.bin`);
  const stale = files.filter((file) => file.endsWith('.tmp'));
  const updates: Uint8Array[] = [];
  let coveredLsn = 0 as Lsn;
  let hasLegacyFiles = false;
  if (compacted !== null) {
    updates.push(compacted.state);
    coveredLsn = Number(COMPACTED.exec(compacted.name)?.[1] ?? 0) as Lsn;
    stale.push(...compactedFiles.filter((name) => name < compacted.name), ...legacySnapshots);
    stale.push(...legacyLogs.map((g) => `log-${String(g).padStart(10, '0')}.bin`));
  } else {
    const snapshot = await readNewest(directory, legacySnapshots, repair, issues);
    const base = snapshot === null ? 0 : Number(LEGACY_SNAPSHOT.exec(snapshot.name)?.[1] ?? 0);
    if (snapshot !== null) updates.push(snapshot.state);
    hasLegacyFiles = snapshot !== null || legacyLogs.length > 0;
    for (const generation of legacyLogs) {
      const name = `log-${String(generation).padStart(10, '0')}.bin`;
      if (generation < base) {
        stale.push(name);
        continue;
      }
      const path = join(directory, name);
      const bytes = await readFile(path);
      const { payloads, validBytes } = decodeRecords(bytes);
      updates.push(...payloads);
      if (validBytes < bytes.byteLength) {
        issues.push({ kind: 'torn-tail', file: path, keptBytes: validBytes, droppedBytes: bytes.byteLength - validBytes });
        if (repair) await truncate(path, validBytes);
      }
    }
    if (snapshot !== null) stale.push(...legacySnapshots.filter((name) => name < snapshot.name));
  }
  if (repair) for (const file of stale) await unlink(join(directory, file)).catch(() => undefined);
  return { updates, issues, coveredLsn, hasLegacyFiles, compactedFile: compacted?.name ?? null };
}

/**
 * Writes compacted-<L> atomically, then removes what it supersedes: the compacted file it was folded from
 * (`foldedFrom`) and older ones, and legacy files. A compacted file it was not folded from (unreadable
 * when the compaction read the directory) holds edits the new one may lack: it is set aside as
 * `*.corrupt-<time>`, never deleted, and reported.
 */
export async function installCompacted(directory: string, coveredLsn: Lsn, state: Uint8Array, foldedFrom: string | null): Promise<StorageIssue[]> {
  await ensureDirectory(directory);
  const name = compactedName(coveredLsn);
  await writeFileAtomically(join(directory, name), encodeRecord(state));
  const issues: StorageIssue[] = [];
  for (const file of await readdir(directory)) {
    const path = join(directory, file);
    if (COMPACTED.test(file) && file < name && (foldedFrom === null || file > foldedFrom)) {
      const movedTo = `${path}.corrupt-${Date.now()}`;
      await rename(path, movedTo);
      issues.push({ kind: 'corrupt-snapshot', file: path, movedTo });
    } else if ((COMPACTED.test(file) && file < name) || LEGACY_SNAPSHOT.test(file) || LEGACY_LOG.test(file)) {
      await unlink(path).catch(() => undefined);
    }
  }
  return issues;
}

/** Creates a board's directory (and `boards/`) on its first compaction, durably: the parents are fsync'ed. */
async function ensureDirectory(directory: string): Promise<void> {
  const boards = dirname(directory);
  const created = await mkdir(directory, { recursive: true });
  if (created === undefined) return;
  await fsyncDirectory(boards);
  await fsyncDirectory(dirname(boards));
}

/**
 * The highest LSN any board's compacted file covers, unreadable ones included (their names still count):
 * the write-ahead log must never number a record below it, whatever happened to the log.
 */
export async function highestCompactedLsn(boardsDirectory: string): Promise<Lsn> {
  const boards = await readdir(boardsDirectory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  let highest = 0;
  const listings = await Promise.all(boards.map((board) => readdir(join(boardsDirectory, board)).catch(() => [] as string[])));
  for (const files of listings) {
    for (const file of files) {
      const covered = Number(COMPACTED_PREFIX.exec(file)?.[1] ?? 0);
      if (covered > highest) highest = covered;
    }
  }
  return highest as Lsn;
}
