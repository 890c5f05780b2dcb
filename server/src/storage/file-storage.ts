// The embedded storage: every append goes to one write-ahead log shared by all boards (one group-commit
// write for all of them), and each board's records are later folded into its own compacted file under
// `<dataDir>/boards/<boardId>/`. A board compacts when its records pass a size, when its room leaves
// memory, and when it pins an old log segment; a segment no board needs is deleted. Loading a board
// reads its compacted file plus its own records from the log, found through an in-memory index.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { BoardStorage, LoadedBoard, ReleaseOptions, StorageIssue } from './board-storage.js';
import { highestCompactedLsn, installCompacted, readBoardDirectory } from './board-directory.js';
import type { StorageHealth } from './board-storage.js';
import { FoldWorker } from './fold-worker.js';
import { StorageReport } from './storage-report.js';
import { WalIndex } from './wal-index.js';
import type { LocatedRecord, Lsn } from './wal-record.js';
import { WriteAheadLog } from './write-ahead-log.js';

export interface FileStorageOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Compact a board once its records in the write-ahead log exceed this many bytes. */
  readonly compactAfterBytes?: number;
  /** Size at which the active write-ahead log segment is sealed and a new one started. */
  readonly walSegmentBytes?: number;
  /**
   * At most one log write per this many milliseconds (default 0: write as soon as the I/O phase ends).
   * Pacing trades latency for fewer writes; on the bench machine it did not pay (10×10: 22.1 ms CPU per
   * 1,000 delivered at 0 ms, 21.7 at 5 ms, with p99 3.0 → 6.5 ms), so it is off unless asked for.
   */
  readonly commitIntervalMs?: number;
  /** Sealed segments kept before the boards pinning the oldest one are compacted to free it. */
  readonly maxSealedSegments?: number;
}

interface OpenBoard {
  readonly directory: string;
  coveredLsn: Lsn;
  hasLegacyFiles: boolean;
  /** Loads and compactions of one board run one at a time: a load never reads a segment being freed. */
  exclusive: Promise<unknown>;
  compacting: boolean;
}

export class FileBoardStorage implements BoardStorage {
  private readonly boards = new Map<BoardId, Promise<OpenBoard>>();
  private readonly releasing = new Map<BoardId, Promise<void>>();
  private readonly openingIssues = new Map<BoardId, StorageIssue[]>();
  /** Each board's newest append: once it is durable, all its earlier ones are too (the log keeps order). */
  private readonly lastAppends = new Map<BoardId, Promise<void>>();
  private readonly index = new WalIndex();
  private wal: Promise<WriteAheadLog> | null = null;
  /** The log and the boards once open, for the synchronous append path. */
  private openedWal: WriteAheadLog | null = null;
  private readonly openedBoards = new Set<BoardId>();
  /** Appends per board still waiting for the board or the log to open. */
  private readonly slowAppends = new Map<BoardId, number>();
  private readonly compactAfterBytes: number;
  private readonly report: StorageReport;
  /** Compactions fold on a worker thread, started at the first one. */
  private readonly folds = new FoldWorker();
  /** The segment recycling under way, if any (see `recycleSegments`). */
  private recycling: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: FileStorageOptions) {
    this.compactAfterBytes = options.compactAfterBytes ?? 4 * 1024 * 1024;
    this.report = new StorageReport(options.logger);
  }

  /**
   * Reads the write-ahead log back now rather than on the first board's load, so damage to it is
   * reported when the relay starts. Optional: every other call opens the log too.
   */
  async open(): Promise<void> {
    await this.openWal();
  }

  /** Records in the log, or any file in the board's directory (compacted or legacy). */
  async hasContent(boardId: BoardId): Promise<boolean> {
    await this.openWal();
    if (this.index.refsOf(boardId).length > 0) return true;
    const files = await readdir(join(this.options.dataDir, 'boards', boardId)).catch(() => []);
    return files.some((file) => /^(compacted|snapshot|log)-\d+\.bin$/.test(file));
  }

  /** What recovery found wrong on disk since the storage opened (for /healthz). */
  health(): StorageHealth {
    return this.report.health();
  }

  async load(boardId: BoardId): Promise<LoadedBoard> {
    const appendsBefore = this.appendsSettled(boardId);
    const board = await this.openBoard(boardId);
    const issues = this.openingIssues.get(boardId) ?? [];
    this.openingIssues.delete(boardId);
    // The board may have been open already (appends since): read what is on disk once they land.
    await appendsBefore;
    const wal = await this.openWal();
    return this.exclusively(board, async () => {
      const contents = await readBoardDirectory(board.directory, { repair: false });
      const logged = await wal.read(this.index.refsOf(boardId));
      return { updates: [...contents.updates, ...logged], issues };
    });
  }

  append(boardId: BoardId, update: Uint8Array): Promise<void> {
    // The hot path: board and log already open, no earlier append still on its way to the log (it
    // would be overtaken). Anything else goes through the async path, which opens what is missing.
    const wal = this.openedWal;
    const durable =
      wal !== null && !this.closed && this.openedBoards.has(boardId) && !this.slowAppends.has(boardId)
        ? this.appendToOpenLog(wal, boardId, update)
        : this.appendToLog(boardId, update);
    // Recorded synchronously, so a compact() or load() called right after this append waits for it.
    this.lastAppends.set(boardId, durable);
    return durable;
  }

  async compact(boardId: BoardId): Promise<void> {
    const appendsBefore = this.appendsSettled(boardId);
    const board = await this.openBoard(boardId);
    await this.compactBoard(boardId, board, appendsBefore);
  }

  async release(boardId: BoardId, options: ReleaseOptions = {}): Promise<void> {
    const opening = this.boards.get(boardId);
    if (opening === undefined) return;
    this.boards.delete(boardId);
    this.openedBoards.delete(boardId);
    // Only appends made before the release: later ones wait for it to finish (reopening the board).
    const appendsBefore = this.appendsSettled(boardId);
    const releasing = (async () => {
      const board = await opening;
      // At shutdown the log keeps the board (the next start reads it back): compacting 100 boards one
      // fsync'ed file each held the old relay, and the port, for a second or more of a restart.
      if (!this.closed && options.shuttingDown !== true) await this.compactBoard(boardId, board, appendsBefore);
      else await board.exclusive;
    })().finally(() => {
      this.releasing.delete(boardId);
      if (!this.boards.has(boardId)) this.lastAppends.delete(boardId);
    });
    this.releasing.set(boardId, releasing);
    return releasing;
  }

  async flush(): Promise<void> {
    if (this.wal !== null) await (await this.wal).drain();
    await Promise.all([...this.releasing.values()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    await Promise.all([...this.boards.keys()].map((boardId) => this.release(boardId)));
    await this.recycling;
    if (this.wal !== null) await (await this.wal).close();
    await this.folds.close();
  }

  private appendToOpenLog(wal: WriteAheadLog, boardId: BoardId, update: Uint8Array): Promise<void> {
    const durable = wal.append(boardId, update);
    if (this.index.bytesOf(boardId) > this.compactAfterBytes) this.compactInBackground(boardId);
    return durable;
  }

  private async appendToLog(boardId: BoardId, update: Uint8Array): Promise<void> {
    this.slowAppends.set(boardId, (this.slowAppends.get(boardId) ?? 0) + 1);
    try {
      await this.openBoard(boardId);
      return this.appendToOpenLog(await this.openWal(), boardId, update);
    } finally {
      const left = (this.slowAppends.get(boardId) ?? 1) - 1;
      if (left > 0) this.slowAppends.set(boardId, left);
      else this.slowAppends.delete(boardId);
    }
  }

  /** Resolves once every append to the board made so far is durable (or failed). */
  private appendsSettled(boardId: BoardId): Promise<void> {
    return (this.lastAppends.get(boardId) ?? Promise.resolve()).catch(() => undefined);
  }

  private openWal(): Promise<WriteAheadLog> {
    if (this.wal === null) {
      const tuning = {
        segmentBytes: this.options.walSegmentBytes ?? 16 * 1024 * 1024,
        commitIntervalMs: this.options.commitIntervalMs ?? 0,
      };
      const listener = {
        onDurable: (record: LocatedRecord) => this.index.add(record),
        onSealed: () => {
          this.recycleSegments().catch((error: unknown) => this.options.logger.error('recycling log segments failed', { error }));
        },
      };
      const opening = highestCompactedLsn(join(this.options.dataDir, 'boards'))
        .then((floor) => WriteAheadLog.open(join(this.options.dataDir, 'wal'), tuning, listener, floor))
        .then(({ wal, issues }) => {
          for (const issue of issues) this.report.record(issue);
          this.openedWal = wal;
          // Sealed segments with nothing readable left (zeroed, or left behind when numbering jumped
          // ahead) pin no board: free them now, once reported, rather than at the next compaction.
          setImmediate(() => listener.onSealed());
          return wal;
        });
      // A failed open must not stick: the next call retries from scratch.
      opening.catch(() => {
        if (this.wal === opening) this.wal = null;
      });
      this.wal = opening;
    }
    return this.wal;
  }

  private openBoard(boardId: BoardId): Promise<OpenBoard> {
    if (this.closed) return Promise.reject(new Error('storage is closed'));
    let opening = this.boards.get(boardId);
    if (opening === undefined) {
      opening = this.repairAndOpen(boardId);
      this.boards.set(boardId, opening);
      const opened = opening;
      opened.then(
        () => {
          if (this.boards.get(boardId) === opened) this.openedBoards.add(boardId);
        },
        () => undefined,
      );
      opening.catch(() => {
        if (this.boards.get(boardId) === opening) this.boards.delete(boardId);
      });
    }
    return opening;
  }

  private async repairAndOpen(boardId: BoardId): Promise<OpenBoard> {
    await this.releasing.get(boardId);
    await this.openWal(); // the index must hold the board's records before its coverage is applied
    const boardsDirectory = join(this.options.dataDir, 'boards');
    // Not created here: a board's directory exists only once a compaction has something to put in it, so
    // connecting to a guessed board id leaves nothing on disk (installCompacted creates it).
    const directory = join(boardsDirectory, boardId);
    const contents = await readBoardDirectory(directory, { repair: true });
    for (const issue of contents.issues) this.report.record(issue, boardId);
    this.openingIssues.set(boardId, contents.issues);
    this.index.dropBelow(boardId, contents.coveredLsn);
    const { coveredLsn, hasLegacyFiles } = contents;
    return { directory, coveredLsn, hasLegacyFiles, exclusive: Promise.resolve(), compacting: false };
  }

  private exclusively<T>(board: OpenBoard, task: () => Promise<T>): Promise<T> {
    const run = board.exclusive.then(task, task);
    board.exclusive = run.catch(() => undefined);
    return run;
  }

  private compactInBackground(boardId: BoardId): void {
    if (this.closed) return;
    // A board only pinned by an old segment (its room long gone, or never loaded since a restart) is
    // opened just for this: releasing it compacts it and leaves it closed again.
    const wasOpen = this.boards.has(boardId);
    const appendsBefore = this.appendsSettled(boardId);
    void this.openBoard(boardId)
      .then((board) => {
        if (!wasOpen) return this.release(boardId);
        return board.compacting ? undefined : this.compactBoard(boardId, board, appendsBefore);
      })
      .catch((error: unknown) => this.options.logger.error('background compaction failed', { boardId, error }));
  }

  /**
   * Folds the board's durable log records (and any legacy files) into a new compacted file. Appends made
   * meanwhile get higher LSNs and stay in the log for the next compaction.
   */
  private async compactBoard(boardId: BoardId, board: OpenBoard, appendsBefore: Promise<void>): Promise<void> {
    await appendsBefore;
    const wal = await this.openWal();
    board.compacting = true;
    await this.exclusively(board, async () => {
      const refs = [...this.index.refsOf(boardId)];
      const newest = refs.at(-1);
      if (newest === undefined && !board.hasLegacyFiles) return;
      const coveredLsn = newest === undefined ? board.coveredLsn : ((newest.lsn + 1) as Lsn);
      const contents = await readBoardDirectory(board.directory, { repair: false });
      // On a worker thread: folded on the loop, a flooded board's log held every other board for 300-500 ms.
      const folded = await this.folds.fold([...contents.updates, ...(await wal.read(refs))]);
      for (const index of folded.unreadable) this.report.record({ kind: 'unreadable-update', file: board.directory, index }, boardId);
      const setAside = await installCompacted(board.directory, coveredLsn, folded.state, contents.compactedFile);
      for (const issue of setAside) this.report.record(issue, boardId);
      board.coveredLsn = coveredLsn;
      board.hasLegacyFiles = false;
      this.index.dropBelow(boardId, coveredLsn);
    }).finally(() => {
      board.compacting = false;
    });
    await this.recycleSegments();
  }

  /**
   * Deletes sealed segments no board needs; past the limit, compacts the boards pinning the oldest. Runs
   * one at a time, and `close` waits for the one under way: a segment must not be deleted under a storage
   * opened on the same directory after this one closed (it lists the segments, then reads them).
   */
  private recycleSegments(): Promise<void> {
    const run = this.recycling.then(() => this.recycleOnce());
    this.recycling = run.catch(() => undefined);
    return run;
  }

  private async recycleOnce(): Promise<void> {
    if (this.wal === null || this.closed) return;
    const wal = await this.wal;
    for (const segment of [...wal.sealed]) {
      if (this.index.boardsPinning(segment).length === 0) await wal.recycle(segment);
    }
    const oldest = wal.sealed[0];
    if (oldest !== undefined && wal.sealed.length > (this.options.maxSealedSegments ?? 2)) {
      for (const boardId of this.index.boardsPinning(oldest)) this.compactInBackground(boardId);
    }
  }
}
