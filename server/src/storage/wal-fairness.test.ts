// Commit fairness in the shared write-ahead log: one board's appends take at most its share of a write,
// so a board with a large backlog does not make another board's append wait for all of it, while each
// board's records stay in append order and an update larger than the share still goes out (alone).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BoardId } from '../board-id.js';
import type { LocatedRecord } from './wal-record.js';
import { WriteAheadLog } from './write-ahead-log.js';

const BUSY = 'wal-fairness-busy-board' as BoardId;
const QUIET = 'wal-fairness-quiet-board' as BoardId;
const SHARE = 4 * 1024;

const updateOf = (tag: number, bytes: number): Uint8Array => new Uint8Array(bytes).fill(tag % 251);

describe('write-ahead log commit fairness', () => {
  const directories: string[] = [];
  afterEach(async () => {
    for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
  });

  async function openLog(): Promise<{ wal: WriteAheadLog; durable: LocatedRecord[] }> {
    const directory = await mkdtemp(join(tmpdir(), 'napkin-wal-fairness-'));
    directories.push(directory);
    const durable: LocatedRecord[] = [];
    const { wal } = await WriteAheadLog.open(
      directory,
      { segmentBytes: 16 * 1024 * 1024, commitIntervalMs: 0, boardBytesPerCommit: SHARE },
      { onDurable: (record) => void durable.push(record), onSealed: () => undefined },
    );
    return { wal, durable };
  }

  it("puts a quiet board's append in the next write, ahead of a busy board's backlog", async () => {
    const { wal } = await openLog();
    const settled: string[] = [];
    // 40 KB from the busy board (ten writes' worth at a 4 KB share), then one quiet update.
    const busy = Array.from({ length: 40 }, (_, index) => wal.append(BUSY, updateOf(index, 1024)).then(() => settled.push(`busy-${index}`)));
    const quiet = wal.append(QUIET, updateOf(99, 100)).then(() => settled.push('quiet'));
    await Promise.all([...busy, quiet]);
    // The first write carries the busy board's first 4 KB and the quiet update.
    expect(settled.indexOf('quiet')).toBeLessThanOrEqual(4);
    expect(settled.filter((name) => name.startsWith('busy'))).toEqual(busy.map((_, index) => `busy-${index}`));
    await wal.close();
  });

  it("keeps each board's records in append order on disk, and writes an update larger than the share alone", async () => {
    const { wal, durable } = await openLog();
    const appends: Array<Promise<void>> = [];
    for (let index = 0; index < 30; index++) {
      appends.push(wal.append(BUSY, updateOf(index, index === 10 ? 3 * SHARE : 700)));
      if (index % 3 === 0) appends.push(wal.append(QUIET, updateOf(index, 50)));
    }
    await Promise.all(appends);
    // LSNs are handed out in write order: the listener heard them ascending, with no gap.
    expect(durable.map((record) => record.ref.lsn)).toEqual(durable.map((_, index) => index));
    const tagsOf = async (boardId: BoardId): Promise<number[]> =>
      (await wal.read(durable.filter((record) => record.boardId === boardId).map((record) => record.ref))).map((update) => update[0] ?? -1);
    expect(await tagsOf(BUSY)).toEqual(Array.from({ length: 30 }, (_, index) => index));
    expect(await tagsOf(QUIET)).toEqual(Array.from({ length: 10 }, (_, index) => index * 3));
    await wal.close();
  });
});
