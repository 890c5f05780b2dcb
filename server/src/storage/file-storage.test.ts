// The embedded storage's per-board guarantees: order, group commit, compacted files, corrupt files set
// aside, leftovers of an interrupted compaction, and the legacy per-board layout still loading.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId } from '../board-id.js';
import { encodeRecord, encodeRecords } from './record-format.js';
import { hex, makeUpdates, replay, temporaryStorages } from '../../test/storage-fixtures.js';
import type { Lsn } from './wal-record.js';
import { scanSegment } from './wal-scan.js';

const BOARD = 'storage-test-board-0001' as BoardId;
const FIRST_SEGMENT = 'segment-0000000000000000.wal';
const compactedFiles = async (directory: string): Promise<string[]> =>
  (await readdir(directory)).filter((file) => file.startsWith('compacted-') && file.endsWith('.bin'));

describe('FileBoardStorage', () => {
  const storages = temporaryStorages();
  afterEach(() => storages.cleanup());

  it('loads appended updates back in order, across a reopen', async () => {
    const { storage, reopen } = await storages.open();
    const { updates, expected } = makeUpdates(25);
    await Promise.all(updates.map((update) => storage.append(BOARD, update)));
    await storage.close();
    const loaded = await reopen().load(BOARD);
    expect(hex(loaded.updates)).toEqual(hex(updates));
    expect(replay(loaded.updates)).toEqual(expected);
    expect(loaded.issues).toEqual([]);
  });

  it('an unknown board loads empty', async () => {
    const { storage } = await storages.open();
    expect(await storage.load('never-written-board-1' as BoardId)).toEqual({ updates: [], issues: [] });
  });

  it("a board's directory exists only once it has content: loading, releasing and compacting an empty board leave nothing", async () => {
    const { storage, boardDir } = await storages.open();
    const guessed = 'guessed-board-id-0001' as BoardId;
    await storage.load(guessed);
    await storage.compact(guessed);
    await storage.release(guessed);
    await expect(readdir(boardDir(guessed))).rejects.toThrow(/ENOENT/);
    await storage.append(BOARD, makeUpdates(1).updates[0] ?? new Uint8Array());
    await storage.compact(BOARD);
    expect((await readdir(boardDir(BOARD))).some((file) => file.startsWith('compacted-'))).toBe(true);
  });

  it('a board released while shutting down is left in the log, not compacted, and loads in full after a restart', async () => {
    const { storage, boardDir, reopen } = await storages.open();
    const { updates } = makeUpdates(30);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.load(BOARD);
    await storage.release(BOARD, { shuttingDown: true });
    await expect(readdir(boardDir(BOARD))).rejects.toThrow(/ENOENT/);
    await storage.close();
    const restarted = reopen();
    expect(hex((await restarted.load(BOARD)).updates)).toEqual(hex(updates));
    // A release that is not a shutdown's compacts as before.
    await restarted.release(BOARD);
    expect((await readdir(boardDir(BOARD))).some((file) => file.startsWith('compacted-'))).toBe(true);
  });

  it('concurrent appends are batched: every promise resolves only after its bytes are on disk', async () => {
    const { storage, walDir } = await storages.open();
    const { updates } = makeUpdates(200);
    const sizes: number[] = [];
    await Promise.all(
      updates.map((update) =>
        storage.append(BOARD, update).then(async () => {
          sizes.push(scanSegment(await readFile(join(walDir, FIRST_SEGMENT)), 0 as Lsn, -1).dataEnd);
        }),
      ),
    );
    // Each record: 8 bytes of framing, the board id with its length byte, its 8-byte LSN, the update (then
    // preallocated zeros).
    const expectedBytes = updates.reduce((sum, update) => sum + 8 + 1 + BOARD.length + 8 + update.byteLength, 0);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(scanSegment(await readFile(join(walDir, FIRST_SEGMENT)), 0 as Lsn, -1).dataEnd).toBe(expectedBytes);
  });

  it('a record with a bad checksum costs that record only, is copied aside and reported as damage', async () => {
    const { storage, walDir, logger, reopen } = await storages.open();
    const { updates } = makeUpdates(3);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.close();
    const segmentPath = join(walDir, FIRST_SEGMENT);
    const bytes = await readFile(segmentPath);
    const secondRecordStart = 8 + 1 + BOARD.length + 8 + (updates[0]?.byteLength ?? 0);
    const secondRecordEnd = secondRecordStart + 8 + 1 + BOARD.length + 8 + (updates[1]?.byteLength ?? 0);
    bytes[secondRecordStart + 30] = (bytes[secondRecordStart + 30] ?? 0) ^ 0xff; // flip a payload byte
    await writeFile(segmentPath, bytes);

    const reopened = reopen();
    await reopened.open();
    const loaded = await reopened.load(BOARD);
    expect(hex(loaded.updates)).toEqual(hex([updates[0], updates[2]] as Uint8Array[]));
    const damage = `error damaged write-ahead log: ${segmentPath} bytes ${secondRecordStart}-${secondRecordEnd} unreadable, 1 record(s) lost`;
    expect(logger.lines.some((line) => line.startsWith(damage))).toBe(true);
    const quarantined = await readFile(join(walDir, 'quarantine', `${FIRST_SEGMENT}.bytes-${secondRecordStart}-${secondRecordEnd}`));
    expect(quarantined.equals(bytes.subarray(secondRecordStart, secondRecordEnd))).toBe(true);
    // Not zeroed in place: the damaged bytes are still in the segment.
    expect((await readFile(segmentPath)).subarray(secondRecordStart, secondRecordEnd).equals(quarantined)).toBe(true);
    expect(reopened.health()).toMatchObject({ damaged: true, issuesFound: 1 });
  });

  it('compaction while appends keep arriving loses nothing and leaves one compacted file', async () => {
    const { storage, boardDir, reopen } = await storages.open();
    const { updates, expected } = makeUpdates(300);
    const appends: Array<Promise<void>> = [];
    const compactions: Array<Promise<void>> = [];
    updates.forEach((update, index) => {
      appends.push(storage.append(BOARD, update));
      if (index % 100 === 50) compactions.push(storage.compact(BOARD));
    });
    await Promise.all([...appends, ...compactions]);
    await storage.close();

    expect(await compactedFiles(boardDir(BOARD))).toHaveLength(1);
    expect((await readdir(boardDir(BOARD))).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const loaded = await reopen().load(BOARD);
    expect(replay(loaded.updates)).toEqual(expected);
    expect(loaded.updates.length).toBeLessThan(updates.length);
  });

  it('compacts in the background once the board has enough bytes in the log', async () => {
    const { storage, boardDir, reopen } = await storages.open({ compactAfterBytes: 2000 });
    const { updates, expected } = makeUpdates(400);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.flush();
    await storage.compact(BOARD); // queued behind any background compaction still running
    expect(await compactedFiles(boardDir(BOARD))).toHaveLength(1);
    await storage.close();
    expect(replay((await reopen().load(BOARD)).updates)).toEqual(expected);
  });

  it('a corrupt compacted file is moved aside and reported; the log records still there load', async () => {
    const { storage, boardDir, reopen } = await storages.open();
    const first = makeUpdates(5, 'old');
    for (const update of first.updates) await storage.append(BOARD, update);
    await storage.compact(BOARD);
    const second = makeUpdates(5, 'new');
    for (const update of second.updates) await storage.append(BOARD, update);
    await storage.close();
    const [compacted] = await compactedFiles(boardDir(BOARD));
    const compactedPath = join(boardDir(BOARD), compacted ?? 'missing');
    const bytes = await readFile(compactedPath);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(compactedPath, bytes);

    const loaded = await reopen().load(BOARD);
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0]?.kind).toBe('corrupt-snapshot');
    expect((await readdir(boardDir(BOARD))).some((file) => file.startsWith(`${compacted ?? ''}.corrupt-`))).toBe(true);
    // The log segment was not recycled yet, so even the compacted records come back from it.
    expect(replay(loaded.updates)).toEqual({ ...first.expected, ...second.expected });
  });

  it('removes a half-written compacted file an interrupted compaction left behind', async () => {
    const { storage, boardDir, reopen } = await storages.open();
    const { updates, expected } = makeUpdates(20);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.close();
    // Its records are all in the write-ahead log: the directory exists only for the compaction to come.
    await mkdir(boardDir(BOARD), { recursive: true });
    await writeFile(join(boardDir(BOARD), 'compacted-0000000000000020.bin.tmp'), Buffer.from('half a file'));
    const loaded = await reopen().load(BOARD);
    expect(replay(loaded.updates)).toEqual(expected);
    expect(await readdir(boardDir(BOARD))).not.toContain('compacted-0000000000000020.bin.tmp');
  });

  it('loads the legacy per-board snapshot and logs, and folds them away on the next compaction', async () => {
    const { boardDir, reopen } = await storages.open();
    const { updates, expected } = makeUpdates(30);
    const directory = boardDir(BOARD);
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'snapshot-0000000001.bin'), encodeRecord(updates[0] ?? new Uint8Array()));
    await writeFile(join(directory, 'log-0000000001.bin'), encodeRecords(updates.slice(1, 20)));
    await writeFile(join(directory, 'log-0000000002.bin'), encodeRecords(updates.slice(20)));

    const storage = reopen();
    expect(replay((await storage.load(BOARD)).updates)).toEqual(expected);
    await storage.compact(BOARD);
    expect((await readdir(directory)).sort()).toEqual(await compactedFiles(directory));
    await storage.close();
    expect(replay((await reopen().load(BOARD)).updates)).toEqual(expected);
  });
});
