// One append-only write-ahead log shared by every board of the process, with group commit: appends that
// arrive while a write is in flight go out together in the next one, whatever board they belong to, so
// N boards × M updates cost one write (O_DSYNC: data on disk when it returns) instead of N.
//
// Fairness: one board's appends take at most `boardBytesPerCommit` of a write; the rest go to the writes
// after it. A flooded board's backlog (thousands of updates accepted in a burst) would otherwise make
// one long synchronous write that every other board's appends wait behind; capped, another board's
// append goes into the very next write, whatever the busy board has queued.
//
// The log is a series of segment files `<dir>/segment-<first LSN>.wal`; the newest is appended to and a
// full one is sealed. A sealed segment is deleted (recycled) by its owner once every board with records
// in it has compacted them into its own file. The newest segment is never deleted: its last record's LSN
// gives the next one after a restart. Records store their LSN (wal-record.ts), so recovery can step over
// damaged bytes (wal-recovery.ts), and numbering never goes below what the compacted files cover.
import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoardId } from '../board-id.js';
import type { StorageIssue } from './board-storage.js';
import { fsyncDirectory } from './fs-durability.js';
import { SegmentFile } from './segment-file.js';
import type { LocatedRecord, Lsn, WalEntry, WalRecordRef } from './wal-record.js';
import { WalBatchEncoder } from './wal-record.js';
import type { LastSegment } from './wal-recovery.js';
import { recoverSegments, segmentName } from './wal-recovery.js';

export interface WalListener {
  /** A record is durable (or was found on disk while opening); called in LSN order. */
  readonly onDurable: (record: LocatedRecord) => void;
  /** The active segment filled up and was sealed; it may be recycled once no board needs it. */
  readonly onSealed: (segment: Lsn) => void;
}

export interface WalTuning {
  /** Size at which the active segment is sealed and a new one started. */
  readonly segmentBytes: number;
  /** Minimum time between the starts of two writes (see `commitWindow`); 0 = write as soon as possible. */
  readonly commitIntervalMs: number;
  /** One board's bytes in one write; past it, its appends wait for the next write (one update always fits). */
  readonly boardBytesPerCommit?: number;
}

/** A board's share of one write: 64 updates of 1 KB, a 200-component paste, the largest bench batches. */
export const DEFAULT_BOARD_BYTES_PER_COMMIT = 64 * 1024;

/** Appends waiting for the next write; they all become durable (or fail) together, so they share a promise. */
class PendingBatch {
  readonly entries: WalEntry[] = [];
  /** Bytes of each board's updates in this batch. */
  readonly boardBytes = new Map<BoardId, number>();
  readonly durable: Promise<void>;
  // Assigned in the executor, which runs synchronously: no placeholder functions built per batch.
  resolve!: () => void;
  reject!: (error: unknown) => void;
  constructor() {
    this.durable = new Promise<void>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class WriteAheadLog {
  /** Batches not yet being written, in the order they will be; a board's appends never go before its last. */
  private readonly queue: PendingBatch[] = [];
  /** The newest queued batch holding each board's appends. */
  private readonly lastBatchOf = new Map<BoardId, PendingBatch>();
  private writing: Promise<void> | null = null;
  private failure: unknown = null;
  private closed = false;
  private lastWriteStartedAt = -Infinity;
  private readonly encoder = new WalBatchEncoder();

  private constructor(
    private readonly directory: string,
    private readonly segmentBytes: number,
    private readonly commitIntervalMs: number,
    private readonly boardBytesPerCommit: number,
    private readonly listener: WalListener,
    private active: { segment: Lsn; file: SegmentFile },
    private nextLsn: Lsn,
    readonly sealed: Lsn[],
  ) {}

  /**
   * Opens the log, replaying every readable record to the listener. Damaged bytes are copied aside and
   * reported, never zeroed (see `recoverSegments`). `lsnFloor` is the lowest LSN the next record may take:
   * every LSN the boards' compacted files already cover lies below it, so a log that lost its end (or
   * all of it) can never hand out a number a compacted file claims.
   */
  static async open(
    directory: string,
    { segmentBytes, commitIntervalMs, boardBytesPerCommit = DEFAULT_BOARD_BYTES_PER_COMMIT }: WalTuning,
    listener: WalListener,
    lsnFloor: Lsn = 0 as Lsn,
  ): Promise<{ wal: WriteAheadLog; issues: StorageIssue[] }> {
    await mkdir(directory, { recursive: true });
    const { sealed, last, issues, nextLsn: logEnd } = await recoverSegments(directory, listener.onDurable);
    let nextLsn = logEnd;
    if (nextLsn < lsnFloor) {
      issues.push({ kind: 'log-behind-compacted', directory, logEnd, compactedEnd: lsnFloor });
      nextLsn = lsnFloor;
    }
    // A segment is named by the LSN of its first record, so when numbering must jump ahead (the floor)
    // it goes on in a new segment; the old one is sealed and recycled once no board needs it.
    let active: Omit<LastSegment, 'lastLsn'> = { segment: nextLsn, dataEnd: 0, size: 0, tail: new Uint8Array(0) };
    if (last !== null && last.lastLsn + 1 === nextLsn) active = last;
    else if (last !== null) sealed.push(last.segment);
    const activePath = join(directory, segmentName(active.segment));
    const file = await SegmentFile.open(activePath, { end: active.dataEnd, size: active.size, tail: active.tail });
    if (active.size === 0) await fsyncDirectory(directory);
    const wal = new WriteAheadLog(directory, segmentBytes, commitIntervalMs, boardBytesPerCommit, listener, { segment: active.segment, file }, nextLsn, sealed);
    return { wal, issues };
  }

  /** Resolves once the update is on disk; appends are durable in call order. */
  append(boardId: BoardId, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('write-ahead log is closed'));
    if (this.failure !== null) return Promise.reject(this.failure);
    const batch = this.batchFor(boardId, update.byteLength);
    batch.entries.push({ boardId, update });
    batch.boardBytes.set(boardId, (batch.boardBytes.get(boardId) ?? 0) + update.byteLength);
    this.lastBatchOf.set(boardId, batch);
    this.writing ??= this.commitWindow().then(() => this.writeBatches());
    return batch.durable;
  }

  /** The first queued batch at or after the board's last one with room for `bytes` more of it. */
  private batchFor(boardId: BoardId, bytes: number): PendingBatch {
    const last = this.lastBatchOf.get(boardId);
    // Not found (-1): the board's last batch is already written, and every queued one comes after it.
    for (let index = last === undefined ? 0 : Math.max(0, this.queue.indexOf(last)); index < this.queue.length; index++) {
      const batch = this.queue[index] as PendingBatch;
      const used = batch.boardBytes.get(boardId) ?? 0;
      if (used === 0 || used + bytes <= this.boardBytesPerCommit) return batch;
    }
    const batch = new PendingBatch();
    this.queue.push(batch);
    return batch;
  }

  /**
   * Reads the updates the refs point at, in order. Refs are in LSN order, so each segment's run of refs
   * is read with one positional read of the span they cover (other boards' records included): loading a
   * board costs one read per segment, not one per record.
   */
  async read(refs: readonly WalRecordRef[]): Promise<Uint8Array[]> {
    const updates: Uint8Array[] = [];
    let runStart = 0;
    while (runStart < refs.length) {
      const segment = refs[runStart]?.segment;
      let runEnd = runStart;
      while (runEnd < refs.length && refs[runEnd]?.segment === segment) runEnd++;
      const run = refs.slice(runStart, runEnd);
      const first = run[0];
      const last = run.at(-1);
      if (segment === undefined || first === undefined || last === undefined) break;
      const span = Buffer.allocUnsafe(last.offset + last.length - first.offset);
      const handle = await open(join(this.directory, segmentName(segment)), 'r');
      try {
        const { bytesRead } = await handle.read(span, 0, span.byteLength, first.offset);
        if (bytesRead !== span.byteLength) throw new Error(`write-ahead log segment ${segment} is shorter than indexed`);
      } finally {
        await handle.close();
      }
      for (const ref of run) updates.push(span.subarray(ref.offset - first.offset, ref.offset - first.offset + ref.length));
      runStart = runEnd;
    }
    return updates;
  }

  /** Deletes a sealed segment no board needs any more. */
  async recycle(segment: Lsn): Promise<void> {
    const index = this.sealed.indexOf(segment);
    if (index < 0) return;
    this.sealed.splice(index, 1);
    await unlink(join(this.directory, segmentName(segment))).catch(() => undefined);
  }

  /**
   * When the next batch is written. At least the current I/O phase is waited for (every frame already
   * read joins the batch). Under load, writes are paced to one per `commitIntervalMs`: each O_DSYNC write
   * costs ~35 µs of CPU, and a fuller batch also relays as fewer, merged frames. An idle log writes at
   * once, so the pacing adds latency only when there is something to gain from it.
   */
  private commitWindow(): Promise<void> {
    const wait = this.lastWriteStartedAt + this.commitIntervalMs - performance.now();
    return new Promise<void>((done) => {
      if (wait > 0) setTimeout(done, wait);
      else setImmediate(done);
    });
  }

  /** Resolves when every append made so far is durable (or has failed). */
  async drain(): Promise<void> {
    while (this.writing !== null) await this.writing;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
    await this.active.file.close();
  }

  private async writeBatches(): Promise<void> {
    for (let batch = this.queue.shift(); batch !== undefined; batch = this.queue.shift()) {
      for (const boardId of batch.boardBytes.keys()) if (this.lastBatchOf.get(boardId) === batch) this.lastBatchOf.delete(boardId);
      if (this.failure !== null) {
        batch.reject(this.failure);
        continue;
      }
      try {
        if (this.active.file.bytes >= this.segmentBytes) await this.sealActiveSegment();
        const { segment, file } = this.active;
        const { buffer, located } = this.encoder.encode(batch.entries, segment, file.bytes, this.nextLsn);
        await file.reserve(buffer.byteLength);
        this.lastWriteStartedAt = performance.now();
        // A synchronous write on the event loop: it blocks the loop for the write (~45 µs here) but costs
        // a fraction of the CPU of a thread-pool write (no hand-off to a worker thread and back: ~35 vs ~70
        // µs per buffered commit measured), and frames that arrive meanwhile simply join the next commit.
        file.appendSync(buffer);
        this.nextLsn = (this.nextLsn + batch.entries.length) as Lsn;
        for (const record of located) this.listener.onDurable(record);
        batch.resolve();
        // A backlog (one board's updates spread over several writes) is written a write per loop turn:
        // the frames that arrived meanwhile are read and join the next write, ahead of the backlog's
        // rest, instead of waiting for all of it (each synchronous write holds the loop).
        if (this.queue.length > 0) await nextTurn();
      } catch (error) {
        // A failed write may leave a partial record; appending after it would hide later records behind
        // garbage on recovery, so the log refuses further appends until it is reopened (recovery then
        // steps over the partial record).
        this.failure = error;
        batch.reject(error);
      }
    }
    this.writing = null;
  }

  private async sealActiveSegment(): Promise<void> {
    const segment = this.nextLsn;
    const file = await SegmentFile.open(join(this.directory, segmentName(segment)), { end: 0, size: 0, tail: new Uint8Array(0) });
    await fsyncDirectory(this.directory);
    const previous = this.active;
    this.active = { segment, file };
    await previous.file.close();
    this.sealed.push(previous.segment);
    this.listener.onSealed(previous.segment);
  }
}
