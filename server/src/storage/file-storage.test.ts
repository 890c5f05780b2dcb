// The embedded storage's guarantees: order, group commit, torn-tail recovery, corrupt snapshots set
// aside, and compaction that loses no append made while it runs.
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../board-id.js';
import { createMemoryLogger } from '../logger.js';
import { makeTempDir } from '../../test/harness.js';
import { FileBoardStorage } from './file-storage.js';
import { encodeRecord } from './record-format.js';

const BOARD = 'storage-test-board-0001' as BoardId;

/** N small updates from one doc, each setting key k<i>, plus the doc's final state as JSON. */
function makeUpdates(count: number, prefix = 'k'): { updates: Uint8Array[]; expected: Record<string, unknown> } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${prefix}${i}`, i);
  return { updates, expected: doc.getMap('m').toJSON() };
}

function replay(updates: readonly Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getMap('m').toJSON();
}

describe('FileBoardStorage', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  async function storageIn(options: { compactAfterBytes?: number } = {}) {
    const dir = await makeTempDir();
    const logger = createMemoryLogger();
    const storage = new FileBoardStorage({ dataDir: dir.path, logger, ...options });
    cleanups.push(async () => {
      await storage.close().catch(() => undefined);
      await dir.remove();
    });
    return { storage, logger, dataDir: dir.path, boardDir: join(dir.path, 'boards', BOARD) };
  }

  it('loads appended updates back in order, across a reopen', async () => {
    const { storage, dataDir, logger } = await storageIn();
    const { updates, expected } = makeUpdates(25);
    await Promise.all(updates.map((update) => storage.append(BOARD, update)));
    await storage.close();

    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(loaded.updates.map((u) => Buffer.from(u).toString('hex'))).toEqual(updates.map((u) => Buffer.from(u).toString('hex')));
    expect(replay(loaded.updates)).toEqual(expected);
    expect(loaded.issues).toEqual([]);
    await reopened.close();
  });

  it('an unknown board loads empty', async () => {
    const { storage } = await storageIn();
    expect(await storage.load('never-written-board-1' as BoardId)).toEqual({ updates: [], issues: [] });
  });

  it('concurrent appends are batched: every promise resolves only after its bytes are on disk', async () => {
    const { storage, boardDir } = await storageIn();
    const { updates } = makeUpdates(200);
    const sizes: number[] = [];
    await Promise.all(
      updates.map((update) =>
        storage.append(BOARD, update).then(async () => {
          sizes.push((await stat(join(boardDir, 'log-0000000000.bin'))).size);
        }),
      ),
    );
    const expectedBytes = updates.reduce((sum, update) => sum + update.byteLength + 8, 0);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect((await stat(join(boardDir, 'log-0000000000.bin'))).size).toBe(expectedBytes);
  });

  it('a torn tail is truncated to the last good record and reported', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn();
    const { updates, expected } = makeUpdates(10);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.close();
    const logPath = join(boardDir, 'log-0000000000.bin');
    const goodBytes = (await stat(logPath)).size;
    // A crash mid-write: the header of the next record made it to disk, half of its payload did not.
    const torn = encodeRecord(new Uint8Array(100).fill(7)).subarray(0, 60);
    await appendFile(logPath, torn);

    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(replay(loaded.updates)).toEqual(expected);
    expect(loaded.issues).toEqual([{ kind: 'torn-tail', file: logPath, keptBytes: goodBytes, droppedBytes: 60 }]);
    expect((await stat(logPath)).size).toBe(goodBytes);
    expect(logger.lines.some((line) => line.startsWith('warn torn or corrupt tail'))).toBe(true);

    // Appends after the repair land after the last good record and load fine.
    const more = makeUpdates(3, 'late');
    for (const update of more.updates) await reopened.append(BOARD, update);
    await reopened.close();
    const third = new FileBoardStorage({ dataDir, logger });
    const final = await third.load(BOARD);
    expect(final.issues).toEqual([]);
    expect(replay(final.updates)).toEqual({ ...expected, ...more.expected });
    await third.close();
  });

  it('a record with a bad checksum ends the log there', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn();
    const { updates } = makeUpdates(3);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.close();
    const logPath = join(boardDir, 'log-0000000000.bin');
    const bytes = await readFile(logPath);
    const secondRecordStart = 8 + (updates[0]?.byteLength ?? 0);
    bytes[secondRecordStart + 9] = (bytes[secondRecordStart + 9] ?? 0) ^ 0xff; // flip a payload byte
    await writeFile(logPath, bytes);

    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(loaded.updates).toHaveLength(1);
    expect(loaded.issues[0]?.kind).toBe('torn-tail');
    await reopened.close();
  });

  it('compaction while appends keep arriving loses nothing and leaves one snapshot and one log', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn();
    const { updates, expected } = makeUpdates(300);
    const appends: Array<Promise<void>> = [];
    const compactions: Array<Promise<void>> = [];
    updates.forEach((update, index) => {
      appends.push(storage.append(BOARD, update));
      if (index % 100 === 50) compactions.push(storage.compact(BOARD));
    });
    await Promise.all([...appends, ...compactions]);
    await storage.close();

    const files = (await readdir(boardDir)).sort();
    expect(files.filter((file) => file.startsWith('snapshot-'))).toHaveLength(1);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(replay(loaded.updates)).toEqual(expected);
    expect(loaded.updates.length).toBeLessThan(updates.length);
    await reopened.close();
  });

  it('compacts in the background once the log passes the threshold', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn({ compactAfterBytes: 2000 });
    const { updates, expected } = makeUpdates(400);
    for (const update of updates) await storage.append(BOARD, update);
    await storage.flush();
    await storage.compact(BOARD); // waits for any background compaction still running
    expect((await readdir(boardDir)).some((file) => file.startsWith('snapshot-'))).toBe(true);
    await storage.close();
    const reopened = new FileBoardStorage({ dataDir, logger });
    expect(replay((await reopened.load(BOARD)).updates)).toEqual(expected);
    await reopened.close();
  });

  it('a corrupt snapshot is moved aside, reported, and the logs after it still load', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn();
    const first = makeUpdates(5, 'old');
    for (const update of first.updates) await storage.append(BOARD, update);
    await storage.compact(BOARD);
    const second = makeUpdates(5, 'new');
    for (const update of second.updates) await storage.append(BOARD, update);
    await storage.close();
    const snapshotPath = join(boardDir, 'snapshot-0000000001.bin');
    const bytes = await readFile(snapshotPath);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(snapshotPath, bytes);

    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(loaded.issues).toHaveLength(1);
    const issue = loaded.issues[0];
    expect(issue?.kind).toBe('corrupt-snapshot');
    const files = await readdir(boardDir);
    expect(files.some((file) => file.startsWith('snapshot-0000000001.bin.corrupt-'))).toBe(true);
    expect(replay(loaded.updates)).toEqual(second.expected);
    await reopened.close();
  });

  it('recovers the files an interrupted compaction left behind', async () => {
    const { storage, dataDir, boardDir, logger } = await storageIn();
    const { updates, expected } = makeUpdates(20);
    for (const update of updates.slice(0, 10)) await storage.append(BOARD, update);
    await storage.close();
    // Crash after the new log was started but before the snapshot was installed: log-0 and log-1 exist,
    // plus a half-written temporary snapshot.
    const tail = Buffer.concat(updates.slice(10).map(encodeRecord));
    await writeFile(join(boardDir, 'log-0000000001.bin'), tail);
    await writeFile(join(boardDir, 'snapshot-0000000001.bin.tmp'), Buffer.from('half a snapshot'));

    const reopened = new FileBoardStorage({ dataDir, logger });
    const loaded = await reopened.load(BOARD);
    expect(replay(loaded.updates)).toEqual(expected);
    expect(await readdir(boardDir)).not.toContain('snapshot-0000000001.bin.tmp');
    await reopened.close();
  });
});
