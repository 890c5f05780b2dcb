// Session recordings on disk, one append-only file per session board in `<dataDir>/recordings/`, apart from
// the board's storage: the board's log and its compaction never touch them, so compacting a board (which
// folds its history into one state) cannot drop the history a replay needs. A recording begins with the
// session (session-recorder.ts) and ends when the interviewer deletes it or the retention does; a deleted
// recording leaves `<boardId>.deleted` (its time), so the session is not recorded again.
//
// Writes are buffered per board and appended in order, off the relay's path: a recording is evidence, not
// the board, so a failed write is logged and the session goes on. Reading never throws: unreadable lines
// are skipped and listed (recording-format.ts), an unreadable file is one issue and no entries.
import { appendFile, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBoardId } from '../../board-id.js';
import type { BoardId } from '../../board-id.js';
import type { Logger } from '../../logger.js';
import { encodeEntry, parseLine, parseRecording, RECORDING_VERSION } from './recording-format.js';
import type { ParsedRecording, RecordingEntry } from './recording-format.js';

const SUFFIX = '.ndjson';
const DELETED_SUFFIX = '.deleted';
/** The start line is a few hundred bytes; reading this much of a file finds it without reading the rest. */
const HEADER_BYTES = 4096;

export interface RecordingStoreOptions {
  /** `<dataDir>/recordings`. */
  readonly dir: string;
  readonly logger: Logger;
  /** The relay's clock (tests inject one). */
  readonly now: () => number;
  /** Recordings that started longer ago than this are deleted by `sweep`. */
  readonly retentionMs: number;
}

export class RecordingStore {
  private readonly recording = new Set<BoardId>();
  private readonly deleted = new Set<BoardId>();
  private readonly pending = new Map<BoardId, string[]>();
  private readonly writing = new Map<BoardId, Promise<void>>();

  private constructor(private readonly options: RecordingStoreOptions) {}

  /** Opens the directory and lists the recordings in it (those older than the retention are not swept here). */
  static async open(options: RecordingStoreOptions): Promise<RecordingStore> {
    const store = new RecordingStore(options);
    await mkdir(options.dir, { recursive: true });
    for (const name of await readdir(options.dir)) {
      for (const [suffix, set] of [[SUFFIX, store.recording], [DELETED_SUFFIX, store.deleted]] as const) {
        const boardId = name.endsWith(suffix) ? parseBoardId(name.slice(0, -suffix.length)) : null;
        if (boardId !== null) set.add(boardId);
      }
    }
    return store;
  }

  get now(): number {
    return this.options.now();
  }

  isRecording(boardId: BoardId): boolean {
    return this.recording.has(boardId);
  }

  /** Whether the interviewer (or the retention) deleted this session's recording. */
  wasDeleted(boardId: BoardId): boolean {
    return this.deleted.has(boardId);
  }

  /** Starts a session's recording with its start line (written with the entries that follow it). */
  begin(boardId: BoardId): void {
    if (this.recording.has(boardId)) return;
    this.recording.add(boardId);
    this.append(boardId, { kind: 'start', version: RECORDING_VERSION, startedAt: this.now });
  }

  /** Queues an entry; entries of a board reach its file in the order they were appended. */
  append(boardId: BoardId, entry: RecordingEntry): void {
    if (!this.recording.has(boardId)) return;
    const lines = this.pending.get(boardId);
    if (lines !== undefined) {
      lines.push(encodeEntry(entry));
      return;
    }
    this.pending.set(boardId, [encodeEntry(entry)]);
    setImmediate(() => void this.flushBoard(boardId));
  }

  /** The recording as written so far; null when the board has none. */
  async read(boardId: BoardId): Promise<ParsedRecording | null> {
    if (!this.recording.has(boardId)) return null;
    await this.flushBoard(boardId);
    try {
      return parseRecording(await readFile(this.pathOf(boardId), 'utf8'));
    } catch (error) {
      this.options.logger.error('recording could not be read', { boardId, error });
      return { start: null, updates: [], frames: [], issues: [`the recording file could not be read (${describe(error)})`] };
    }
  }

  /** Deletes a recording (the interviewer's choice or the retention); the session is not recorded any more. */
  async delete(boardId: BoardId): Promise<boolean> {
    if (!this.recording.delete(boardId)) return false;
    this.pending.delete(boardId);
    this.deleted.add(boardId);
    await this.writing.get(boardId);
    await writeFile(join(this.options.dir, `${boardId}${DELETED_SUFFIX}`), `${JSON.stringify({ deletedAt: this.now })}\n`);
    await rm(this.pathOf(boardId), { force: true });
    return true;
  }

  /** Deletes every recording that started longer ago than the retention; returns their boards. */
  async sweep(): Promise<BoardId[]> {
    const cutoff = this.now - this.options.retentionMs;
    const deleted: BoardId[] = [];
    for (const boardId of [...this.recording]) {
      const startedAt = await this.startedAt(boardId);
      if (startedAt === null || startedAt > cutoff) continue;
      await this.delete(boardId);
      deleted.push(boardId);
    }
    if (deleted.length > 0) this.options.logger.info('recordings past their retention deleted', { count: deleted.length });
    return deleted;
  }

  /** Writes everything queued (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.all([...this.recording].map((boardId) => this.flushBoard(boardId)));
  }

  /** When the recording started: its start line's time, else (a damaged start line) the file's own time. */
  private async startedAt(boardId: BoardId): Promise<number | null> {
    const path = this.pathOf(boardId);
    try {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(HEADER_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
        const first = buffer.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
        const parsed = parseLine(first);
        if (parsed.ok && parsed.entry.kind === 'start') return parsed.entry.startedAt;
        this.options.logger.warn('recording has no readable start line; its age is its file time', { boardId });
        return (await handle.stat()).mtimeMs;
      } finally {
        await handle.close();
      }
    } catch (error) {
      // Gone already (deleted by hand): nothing to keep track of.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') this.recording.delete(boardId);
      else this.options.logger.error('recording age could not be read', { boardId, error });
      return null;
    }
  }

  private flushBoard(boardId: BoardId): Promise<void> {
    const previous = this.writing.get(boardId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const lines = this.pending.get(boardId);
      if (lines === undefined || !this.recording.has(boardId)) return;
      this.pending.delete(boardId);
      try {
        await appendFile(this.pathOf(boardId), lines.join(''));
      } catch (error) {
        this.options.logger.error('recording write failed; the session goes on unrecorded for these entries', { boardId, error, entries: lines.length });
      }
    });
    this.writing.set(boardId, next);
    void next.finally(() => {
      if (this.writing.get(boardId) === next) this.writing.delete(boardId);
    });
    return next;
  }

  private pathOf(boardId: BoardId): string {
    return join(this.options.dir, `${boardId}${SUFFIX}`);
  }
}

const describe = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

