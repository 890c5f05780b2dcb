// The files of one board and how to read them back after any crash.
//
//   snapshot-<G>.bin  one record: a Yjs update holding everything in logs with generation < G
//   log-<G>.bin       records appended after snapshot G was taken (generation G and up are replayed)
//
// Compaction at generation G starts log-(G+1) first, then writes snapshot-(G+1) atomically, then deletes
// the older files; a crash at any step leaves a set of files this reader turns back into the full board.
import { readdir, readFile, rename, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeRecords, encodeRecord } from './record-format.js';
import type { StorageIssue } from './board-storage.js';
import { writeFileAtomically } from './fs-durability.js';

export type Generation = number & { readonly __brand: 'Generation' };

const SNAPSHOT = /^snapshot-(\d{10})\.bin$/;
const LOG = /^log-(\d{10})\.bin$/;

export const snapshotName = (generation: Generation): string => `snapshot-${String(generation).padStart(10, '0')}.bin`;
export const logName = (generation: Generation): string => `log-${String(generation).padStart(10, '0')}.bin`;

export interface BoardContents {
  readonly updates: Uint8Array[];
  readonly issues: StorageIssue[];
  /** Generation of the snapshot the updates start from (0 = no snapshot). */
  readonly baseGeneration: Generation;
  /** The log new appends go to: the newest one present, or the base generation's. */
  readonly logGeneration: Generation;
}

function generationsOf(files: readonly string[], pattern: RegExp): Generation[] {
  const generations: Generation[] = [];
  for (const file of files) {
    const match = pattern.exec(file);
    if (match?.[1] !== undefined) generations.push(Number(match[1]) as Generation);
  }
  return generations.sort((a, b) => a - b);
}

/** A snapshot is valid only as exactly one complete, checksummed record. */
async function readSnapshot(path: string): Promise<Uint8Array | null> {
  const bytes = await readFile(path);
  const { payloads, validBytes } = decodeRecords(bytes);
  return payloads.length === 1 && validBytes === bytes.byteLength ? (payloads[0] ?? null) : null;
}

/**
 * Reads a board directory. With `repair`, a torn log tail is truncated to the last good record, a corrupt
 * snapshot is renamed aside (never deleted) and files left over from an interrupted compaction are removed.
 * `logsBelow` limits the read to logs older than a generation (compaction reads only closed logs).
 */
export async function readBoardDirectory(
  directory: string,
  { repair, logsBelow = Infinity }: { repair: boolean; logsBelow?: number },
): Promise<BoardContents> {
  const files = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const issues: StorageIssue[] = [];
  const updates: Uint8Array[] = [];

  let baseGeneration = 0 as Generation;
  const snapshots = generationsOf(files, SNAPSHOT);
  for (const generation of [...snapshots].reverse()) {
    const path = join(directory, snapshotName(generation));
    const snapshot = await readSnapshot(path);
    if (snapshot !== null) {
      updates.push(snapshot);
      baseGeneration = generation;
      break;
    }
    if (repair) {
      const movedTo = `${path}.corrupt-${Date.now()}`;
      await rename(path, movedTo);
      issues.push({ kind: 'corrupt-snapshot', file: path, movedTo });
    }
  }

  const logs = generationsOf(files, LOG);
  for (const generation of logs.filter((g) => g >= baseGeneration && g < logsBelow)) {
    const path = join(directory, logName(generation));
    const bytes = await readFile(path);
    const { payloads, validBytes } = decodeRecords(bytes);
    updates.push(...payloads);
    if (validBytes < bytes.byteLength) {
      issues.push({ kind: 'torn-tail', file: path, keptBytes: validBytes, droppedBytes: bytes.byteLength - validBytes });
      if (repair) await truncate(path, validBytes);
    }
  }

  if (repair) {
    const stale = [
      ...snapshots.filter((g) => g < baseGeneration).map(snapshotName),
      ...logs.filter((g) => g < baseGeneration).map(logName),
      ...files.filter((file) => file.endsWith('.tmp')),
    ];
    for (const file of stale) await unlink(join(directory, file)).catch(() => undefined);
  }

  const newestLog = logs.at(-1);
  const logGeneration = newestLog !== undefined && newestLog > baseGeneration ? newestLog : baseGeneration;
  return { updates, issues, baseGeneration, logGeneration };
}

/** Writes snapshot G atomically, then removes the snapshot and logs it supersedes. */
export async function installSnapshot(directory: string, generation: Generation, state: Uint8Array): Promise<void> {
  await writeFileAtomically(join(directory, snapshotName(generation)), encodeRecord(state));
  const files = await readdir(directory);
  const superseded = [
    ...generationsOf(files, SNAPSHOT).filter((g) => g < generation).map(snapshotName),
    ...generationsOf(files, LOG).filter((g) => g < generation).map(logName),
  ];
  for (const file of superseded) await unlink(join(directory, file)).catch(() => undefined);
}
