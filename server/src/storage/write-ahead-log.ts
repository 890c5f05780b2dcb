// One append-only write-ahead log shared by every board of the process, with group commit: appends that
// arrive while a write is in flight go out together in the next one, whatever board they belong to, so
// N boards × M updates cost one write (O_DSYNC: data on disk when it returns) instead of N.
//
// The log is a series of segment files `<dir>/segment-<first LSN>.wal`; the newest is appended to and a
// full one is sealed. A sealed segment is deleted (recycled) by its owner once every board with records
// in it has compacted them into its own file. The newest segment is never deleted: its name and record
// count give the next LSN after a restart.
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, truncate, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoardId } from '../board-id.js';
import type { StorageIssue } from './board-storage.js';
import { fsyncDirectory } from './fs-durability.js';
import type { LocatedRecord, Lsn, WalEntry, WalRecordRef } from './wal-record.js';
import { encodeWalBatch, scanWalSegment } from './wal-record.js';

export interface WalListener {
  /** A record is durable (or was found on disk while opening); called in LSN order. */
  readonly onDurable: (record: LocatedRecord) => void;
  /** The active segment filled up and was sealed; it may be recycled once no board needs it. */
  readonly onSealed: (segment: Lsn) => void;
}

interface PendingAppend extends WalEntry {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const SEGMENT = /^segment-(\d{16})\.wal$/;
const segmentName = (segment: Lsn): string => `segment-${String(segment).padStart(16, '0')}.wal`;
const openForAppend = (path: string): Promise<FileHandle> =>
  open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC, 0o644);

export class WriteAheadLog {
  private pending: PendingAppend[] = [];
  private writing: Promise<void> | null = null;
  private failure: unknown = null;
  private closed = false;

  private constructor(
    private readonly directory: string,
    private readonly segmentBytes: number,
    private readonly listener: WalListener,
    private active: { segment: Lsn; handle: FileHandle; bytes: number },
    private nextLsn: Lsn,
    readonly sealed: Lsn[],
  ) {}

  /** Opens the log, replaying every valid record to the listener; torn tails are truncated and reported. */
  static async open(
    directory: string,
    segmentBytes: number,
    listener: WalListener,
  ): Promise<{ wal: WriteAheadLog; issues: StorageIssue[] }> {
    await mkdir(directory, { recursive: true });
    const segments = (await readdir(directory))
      .map((file) => SEGMENT.exec(file)?.[1])
      .filter((first): first is string => first !== undefined)
      .map((first) => Number(first) as Lsn)
      .sort((a, b) => a - b);
    const issues: StorageIssue[] = [];
    let nextLsn = 0 as Lsn;
    let activeBytes = 0;
    for (const segment of segments) {
      const path = join(directory, segmentName(segment));
      const bytes = await readFile(path);
      const { records, validBytes } = scanWalSegment(bytes, segment);
      for (const record of records) listener.onDurable(record);
      if (validBytes < bytes.byteLength) {
        issues.push({ kind: 'torn-tail', file: path, keptBytes: validBytes, droppedBytes: bytes.byteLength - validBytes });
        await truncate(path, validBytes);
      }
      nextLsn = (segment + records.length) as Lsn;
      activeBytes = validBytes;
    }
    const activeSegment = segments.at(-1) ?? nextLsn;
    const handle = await openForAppend(join(directory, segmentName(activeSegment)));
    if (segments.length === 0) await fsyncDirectory(directory);
    const active = { segment: activeSegment, handle, bytes: activeBytes };
    return { wal: new WriteAheadLog(directory, segmentBytes, listener, active, nextLsn, segments.slice(0, -1)), issues };
  }

  /** Resolves once the update is on disk; appends are durable in call order. */
  append(boardId: BoardId, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('write-ahead log is closed'));
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ boardId, update, resolve, reject });
      // setImmediate rather than writing at once: every frame read in this I/O phase joins the batch.
      this.writing ??= new Promise<void>((done) => setImmediate(done)).then(() => this.writeBatches());
    });
  }

  /** Reads the updates the refs point at, in the given order. */
  async read(refs: readonly WalRecordRef[]): Promise<Uint8Array[]> {
    const handles = new Map<Lsn, FileHandle>();
    try {
      const updates: Uint8Array[] = [];
      for (const ref of refs) {
        let handle = handles.get(ref.segment);
        if (handle === undefined) {
          handle = await open(join(this.directory, segmentName(ref.segment)), 'r');
          handles.set(ref.segment, handle);
        }
        const update = new Uint8Array(ref.length);
        const { bytesRead } = await handle.read(update, 0, ref.length, ref.offset);
        if (bytesRead !== ref.length) throw new Error(`write-ahead log segment ${ref.segment} is shorter than recorded`);
        updates.push(update);
      }
      return updates;
    } finally {
      await Promise.all([...handles.values()].map((handle) => handle.close()));
    }
  }

  /** Deletes a sealed segment no board needs any more. */
  async recycle(segment: Lsn): Promise<void> {
    const index = this.sealed.indexOf(segment);
    if (index < 0) return;
    this.sealed.splice(index, 1);
    await unlink(join(this.directory, segmentName(segment))).catch(() => undefined);
  }

  /** Resolves when every append made so far is durable (or has failed). */
  async drain(): Promise<void> {
    while (this.writing !== null) await this.writing;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
    await this.active.handle.close();
  }

  private async writeBatches(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      if (this.failure !== null) {
        for (const append of batch) append.reject(this.failure);
        continue;
      }
      try {
        if (this.active.bytes >= this.segmentBytes) await this.sealActiveSegment();
        const { segment, handle, bytes } = this.active;
        const { buffer, located } = encodeWalBatch(batch, segment, bytes, this.nextLsn);
        let written = 0;
        while (written < buffer.byteLength) {
          const result = await handle.write(buffer, written, buffer.byteLength - written, null);
          written += result.bytesWritten;
        }
        this.active.bytes += buffer.byteLength;
        this.nextLsn = (this.nextLsn + batch.length) as Lsn;
        for (const record of located) this.listener.onDurable(record);
        for (const append of batch) append.resolve();
      } catch (error) {
        // A failed write may leave a partial record; appending after it would hide later records behind
        // garbage on recovery, so the log refuses further appends until it is reopened (and truncated).
        this.failure = error;
        for (const append of batch) append.reject(error);
      }
    }
    this.writing = null;
  }

  private async sealActiveSegment(): Promise<void> {
    const segment = this.nextLsn;
    const handle = await openForAppend(join(this.directory, segmentName(segment)));
    await fsyncDirectory(this.directory);
    const previous = this.active;
    this.active = { segment, handle, bytes: 0 };
    await previous.handle.close();
    this.sealed.push(previous.segment);
    this.listener.onSealed(previous.segment);
  }
}
