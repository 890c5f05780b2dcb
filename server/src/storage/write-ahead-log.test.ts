// The shared write-ahead log under FileBoardStorage: crash recovery with a torn tail across boards,
// every crash point giving each board a prefix of its appends, segment recycling, and compaction of one
// board while others keep appending.
import { open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId } from '../board-id.js';
import { encodeRecord } from './record-format.js';
import { hex, makeUpdates, replay, temporaryStorages } from '../../test/storage-fixtures.js';
import type { Lsn } from './wal-record.js';
import { scanSegment } from './wal-scan.js';

const BOARDS = ['wal-test-board-alpha', 'wal-test-board-bravo', 'wal-test-board-charlie'] as BoardId[];
const FIRST_SEGMENT = 'segment-0000000000000000.wal';
const segments = async (walDir: string): Promise<string[]> => (await readdir(walDir)).filter((file) => file.endsWith('.wal')).sort();

/** Per board: updates with keys unique to it; appended interleaved, one record per update. */
function boardUpdates(count: number): Map<BoardId, ReturnType<typeof makeUpdates>> {
  return new Map(BOARDS.map((boardId, index) => [boardId, makeUpdates(count, `b${index}-`)]));
}

describe('write-ahead log', () => {
  const storages = temporaryStorages();
  afterEach(() => storages.cleanup());

  it('recovers every board after a torn tail, copies it aside without zeroing it, and appends after it load too', async () => {
    const { storage, walDir, logger, reopen } = await storages.open();
    const perBoard = boardUpdates(10);
    for (let i = 0; i < 10; i++) {
      await Promise.all(BOARDS.map((boardId) => storage.append(boardId, perBoard.get(boardId)?.updates[i] ?? new Uint8Array())));
    }
    await storage.close();
    const segmentPath = join(walDir, FIRST_SEGMENT);
    const goodBytes = scanSegment(await readFile(segmentPath), 0 as Lsn, -1).dataEnd;
    // A crash mid-write: a record header and part of its payload reached the disk after the last good one.
    const torn = encodeRecord(new Uint8Array(100).fill(7)).subarray(0, 60);
    const handle = await open(segmentPath, 'r+');
    await handle.write(torn, 0, torn.byteLength, goodBytes);
    await handle.close();

    const reopened = reopen();
    for (const boardId of BOARDS) {
      const loaded = await reopened.load(boardId);
      expect(hex(loaded.updates)).toEqual(hex(perBoard.get(boardId)?.updates ?? []));
    }
    // The torn bytes stay where they were (the next records go after them) and are copied aside.
    expect((await readFile(segmentPath)).subarray(goodBytes, goodBytes + 60).equals(torn)).toBe(true);
    const quarantined = join(walDir, 'quarantine', `${FIRST_SEGMENT}.bytes-${goodBytes}-${goodBytes + 60}`);
    expect((await readFile(quarantined)).equals(torn)).toBe(true);
    expect(logger.lines.some((line) => line.startsWith(`warn unfinished write at the end of ${segmentPath} bytes ${goodBytes}-${goodBytes + 60}`))).toBe(true);
    expect(reopened.health().damaged).toBe(false);

    const late = makeUpdates(3, 'late');
    for (const update of late.updates) await reopened.append(BOARDS[1] as BoardId, update);
    await reopened.close();
    // The cut-off write now sits between records; with its copy gone, the next start finds it again, but
    // numbering goes on right after the record before it: no durable record was lost, nothing degrades.
    await rm(join(walDir, 'quarantine'), { recursive: true });
    const final = reopen();
    await final.open();
    expect(replay((await final.load(BOARDS[1] as BoardId)).updates)).toEqual({ ...perBoard.get(BOARDS[1] as BoardId)?.expected, ...late.expected });
    expect(final.health()).toMatchObject({ damaged: false, issuesFound: 1 });
    expect(final.health().issues[0]).toContain('unreadable, 0 record(s) lost');
  });

  it('at every crash point each board loads exactly the prefix of its appends that was fully written', async () => {
    const { storage, walDir, reopen } = await storages.open();
    const perBoard = boardUpdates(6);
    const order: Array<{ boardId: BoardId; update: Uint8Array }> = [];
    for (let i = 0; i < 6; i++) for (const boardId of BOARDS) order.push({ boardId, update: perBoard.get(boardId)?.updates[i] ?? new Uint8Array() });
    for (const { boardId, update } of order) await storage.append(boardId, update);
    await storage.close();
    const segmentPath = join(walDir, FIRST_SEGMENT);
    const full = await readFile(segmentPath);
    const recordEnds: number[] = [];
    let end = 0;
    for (const { boardId, update } of order) recordEnds.push((end += 8 + 1 + boardId.length + 8 + update.byteLength));

    for (let cut = 0; cut <= end; cut += 7) {
      await writeFile(segmentPath, full.subarray(0, cut));
      const survivors = order.slice(0, recordEnds.filter((recordEnd) => recordEnd <= cut).length);
      const reopened = reopen();
      for (const boardId of BOARDS) {
        const expected = survivors.filter((entry) => entry.boardId === boardId).map((entry) => entry.update);
        expect(hex((await reopened.load(boardId)).updates), `cut at byte ${cut}`).toEqual(hex(expected));
      }
      await reopened.close();
    }
  });

  it('recycles sealed segments once every board in them has compacted, and still loads every board', async () => {
    const { storage, walDir, reopen } = await storages.open({ walSegmentBytes: 1024, maxSealedSegments: 1 });
    const perBoard = boardUpdates(120);
    for (let i = 0; i < 120; i++) {
      await Promise.all(BOARDS.map((boardId) => storage.append(boardId, perBoard.get(boardId)?.updates[i] ?? new Uint8Array())));
    }
    await storage.flush();
    for (const boardId of BOARDS) await storage.compact(boardId);
    // Every record is in a compacted file now: only the active segment is left, and it is not the first.
    const left = await segments(walDir);
    expect(left).toHaveLength(1);
    expect(left).not.toContain(FIRST_SEGMENT);
    await storage.close();

    const reopened = reopen();
    for (const boardId of BOARDS) expect(replay((await reopened.load(boardId)).updates)).toEqual(perBoard.get(boardId)?.expected);
  });

  it('keeps the number of sealed segments bounded on its own while boards keep appending', async () => {
    const { storage, walDir, reopen } = await storages.open({ walSegmentBytes: 1024, maxSealedSegments: 2 });
    const perBoard = boardUpdates(150);
    for (let i = 0; i < 150; i++) {
      await Promise.all(BOARDS.map((boardId) => storage.append(boardId, perBoard.get(boardId)?.updates[i] ?? new Uint8Array())));
    }
    await storage.flush();
    for (const boardId of BOARDS) await storage.compact(boardId); // waits for background compactions too
    await storage.close();
    // ~150 × 3 records of ~40 bytes filled ~18 segments; the background compactions recycled nearly all.
    expect((await segments(walDir)).length).toBeLessThanOrEqual(4);
    const reopened = reopen();
    for (const boardId of BOARDS) expect(replay((await reopened.load(boardId)).updates)).toEqual(perBoard.get(boardId)?.expected);
  });

  it('a board only an old segment still pins (not open since a restart) is compacted to free it', async () => {
    const tuning = { walSegmentBytes: 1024, maxSealedSegments: 1 };
    const { storage, walDir, boardDir, reopen } = await storages.open(tuning);
    const [dormant, busy] = BOARDS as [BoardId, BoardId];
    const old = makeUpdates(60, 'old');
    for (const update of old.updates) await storage.append(dormant, update);
    await storage.close(); // closing does not compact: the dormant board's records stay in the log

    const reopened = reopen();
    const fresh = makeUpdates(150, 'fresh');
    for (const update of fresh.updates) await reopened.append(busy, update);
    for (let attempt = 0; attempt < 300 && (await segments(walDir)).includes(FIRST_SEGMENT); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await reopened.flush();
    expect(await segments(walDir)).not.toContain(FIRST_SEGMENT);
    expect((await readdir(boardDir(dormant))).some((file) => file.startsWith('compacted-'))).toBe(true);
    expect(replay((await reopened.load(dormant)).updates)).toEqual(old.expected);
    expect(replay((await reopened.load(busy)).updates)).toEqual(fresh.expected);
  });

  it('compacting one board while all boards keep appending loses nothing', async () => {
    const { storage, reopen } = await storages.open({ walSegmentBytes: 2048 });
    const perBoard = boardUpdates(200);
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < 200; i++) {
      for (const boardId of BOARDS) pending.push(storage.append(boardId, perBoard.get(boardId)?.updates[i] ?? new Uint8Array()));
      if (i % 40 === 20) pending.push(storage.compact(BOARDS[0] as BoardId), storage.release(BOARDS[2] as BoardId));
    }
    await Promise.all(pending);
    const live = await storage.load(BOARDS[0] as BoardId);
    expect(replay(live.updates)).toEqual(perBoard.get(BOARDS[0] as BoardId)?.expected);
    await storage.close();

    const reopened = reopen();
    for (const boardId of BOARDS) expect(replay((await reopened.load(boardId)).updates)).toEqual(perBoard.get(boardId)?.expected);
  });
});
