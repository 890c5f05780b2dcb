// The embedded storage: one directory per board under `<dataDir>/boards/`, an append-only log with group
// commit and a snapshot that background compaction rewrites. See board-directory.ts for the file layout.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import { AppendLog } from './append-log.js';
import type { BoardStorage, LoadedBoard, StorageIssue } from './board-storage.js';
import { describeIssue } from './board-storage.js';
import type { Generation } from './board-directory.js';
import { installSnapshot, logName, readBoardDirectory } from './board-directory.js';
import { fsyncDirectory } from './fs-durability.js';

export interface FileStorageOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Start a background compaction once a board's log exceeds this many bytes. */
  readonly compactAfterBytes?: number;
}

interface OpenBoard {
  readonly directory: string;
  log: AppendLog;
  logGeneration: Generation;
  compaction: Promise<void> | null;
}

export class FileBoardStorage implements BoardStorage {
  private readonly boards = new Map<BoardId, Promise<OpenBoard>>();
  private readonly releasing = new Map<BoardId, Promise<void>>();
  private readonly compactAfterBytes: number;
  private closed = false;

  constructor(private readonly options: FileStorageOptions) {
    this.compactAfterBytes = options.compactAfterBytes ?? 4 * 1024 * 1024;
  }

  async load(boardId: BoardId): Promise<LoadedBoard> {
    const board = await this.openBoard(boardId);
    const repairedIssues = this.openingIssues.get(boardId) ?? [];
    this.openingIssues.delete(boardId);
    // The board may have been open already (appends since): read what is on disk now, after they land.
    await board.log.drain();
    await board.compaction;
    const contents = await readBoardDirectory(board.directory, { repair: false });
    return { updates: contents.updates, issues: repairedIssues };
  }

  async append(boardId: BoardId, update: Uint8Array): Promise<void> {
    const board = await this.openBoard(boardId);
    const durable = board.log.append(update);
    if (board.log.size > this.compactAfterBytes && board.compaction === null) {
      this.compact(boardId).catch((error: unknown) =>
        this.options.logger.error('background compaction failed', { boardId, error }),
      );
    }
    return durable;
  }

  async compact(boardId: BoardId): Promise<void> {
    const board = await this.openBoard(boardId);
    board.compaction ??= this.rotateAndSnapshot(board).finally(() => {
      board.compaction = null;
    });
    return board.compaction;
  }

  async release(boardId: BoardId): Promise<void> {
    const opening = this.boards.get(boardId);
    if (opening === undefined) return;
    this.boards.delete(boardId);
    const releasing = (async () => {
      const board = await opening;
      await board.compaction;
      if (board.log.size > 0 && !this.closed) await this.rotateAndSnapshot(board);
      await board.log.close();
    })().finally(() => this.releasing.delete(boardId));
    this.releasing.set(boardId, releasing);
    return releasing;
  }

  async flush(): Promise<void> {
    const boards = await Promise.all(this.boards.values());
    await Promise.all(boards.map((board) => board.log.drain()));
    await Promise.all([...this.releasing.values()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.flush();
    await Promise.all([...this.boards.keys()].map((boardId) => this.release(boardId)));
  }

  private readonly openingIssues = new Map<BoardId, StorageIssue[]>();

  private openBoard(boardId: BoardId): Promise<OpenBoard> {
    if (this.closed) return Promise.reject(new Error('storage is closed'));
    let opening = this.boards.get(boardId);
    if (opening === undefined) {
      opening = this.repairAndOpen(boardId);
      this.boards.set(boardId, opening);
      // A failed open must not stick: the next call retries from scratch.
      opening.catch(() => {
        if (this.boards.get(boardId) === opening) this.boards.delete(boardId);
      });
    }
    return opening;
  }

  private async repairAndOpen(boardId: BoardId): Promise<OpenBoard> {
    await this.releasing.get(boardId);
    const boardsDirectory = join(this.options.dataDir, 'boards');
    const directory = join(boardsDirectory, boardId);
    const created = await mkdir(directory, { recursive: true });
    if (created !== undefined) {
      await fsyncDirectory(boardsDirectory);
      await fsyncDirectory(this.options.dataDir);
    }
    const contents = await readBoardDirectory(directory, { repair: true });
    for (const issue of contents.issues) this.options.logger.warn(describeIssue(issue), { boardId });
    this.openingIssues.set(boardId, contents.issues);
    const log = await AppendLog.open(join(directory, logName(contents.logGeneration)));
    return { directory, log, logGeneration: contents.logGeneration, compaction: null };
  }

  /**
   * New appends switch to a fresh log at once (so compaction never blocks them); the closed logs and the
   * old snapshot are then merged into the new generation's snapshot.
   */
  private async rotateAndSnapshot(board: OpenBoard): Promise<void> {
    const previousLog = board.log;
    const nextGeneration = (board.logGeneration + 1) as Generation;
    board.log = await AppendLog.open(join(board.directory, logName(nextGeneration)), previousLog.drain());
    board.logGeneration = nextGeneration;
    await previousLog.close();

    const closed = await readBoardDirectory(board.directory, { repair: false, logsBelow: nextGeneration });
    const merged = new Y.Doc();
    closed.updates.forEach((update, index) => {
      try {
        Y.applyUpdate(merged, update);
      } catch {
        this.options.logger.warn(describeIssue({ kind: 'unreadable-update', file: board.directory, index }));
      }
    });
    await installSnapshot(board.directory, nextGeneration, Y.encodeStateAsUpdate(merged));
    merged.destroy();
  }
}
