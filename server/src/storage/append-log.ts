// One append-only log file with group commit: appends that arrive while a write + fsync is in flight are
// batched into the next write, so N concurrent appends cost one fsync instead of N, and each caller's
// promise resolves only once its record is on disk.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { encodeRecords } from './record-format.js';
import { fsyncDirectory } from './fs-durability.js';
import { dirname } from 'node:path';

interface PendingAppend {
  readonly payload: Uint8Array;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class AppendLog {
  private pending: PendingAppend[] = [];
  private writing: Promise<void> | null = null;
  private failure: unknown = null;
  private closed = false;
  private bytesOnDisk: number;

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
    initialBytes: number,
    /** The previous log's drain: our first write waits for it, so appends stay durable in order across a rotation. */
    private predecessor: Promise<void> | null,
  ) {
    this.bytesOnDisk = initialBytes;
  }

  /** Opens (creating if needed) a log for appending; a new file's directory entry is fsync'ed too. */
  static async open(path: string, predecessor: Promise<void> | null = null): Promise<AppendLog> {
    // O_DSYNC: each write returns only once its data is on disk, so a group commit is one syscall
    // (write) instead of two (write + fdatasync).
    const handle = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC, 0o644);
    const { size } = await handle.stat();
    if (size === 0) await fsyncDirectory(dirname(path));
    return new AppendLog(path, handle, size, predecessor);
  }

  /** Bytes written and fsync'ed so far; drives the compaction threshold. */
  get size(): number {
    return this.bytesOnDisk;
  }

  append(payload: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`log ${this.path} is closed`));
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ payload, resolve, reject });
      // setImmediate rather than writing at once: every frame read in this I/O phase joins the batch.
      this.writing ??= new Promise<void>((done) => setImmediate(done)).then(() => this.writeBatches());
    });
  }

  /** Resolves when every append made so far is durable (or has failed). */
  async drain(): Promise<void> {
    while (this.writing !== null) await this.writing;
  }

  /** Drains, then closes the file; later appends are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
    await this.handle.close();
  }

  private async writeBatches(): Promise<void> {
    if (this.predecessor !== null) {
      await this.predecessor.catch(() => undefined);
      this.predecessor = null;
    }
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      if (this.failure !== null) {
        for (const append of batch) append.reject(this.failure);
        continue;
      }
      try {
        const buffer = encodeRecords(batch.map((append) => append.payload));
        let written = 0;
        while (written < buffer.byteLength) {
          const result = await this.handle.write(buffer, written, buffer.byteLength - written, null);
          written += result.bytesWritten;
        }
        this.bytesOnDisk += buffer.byteLength;
        for (const append of batch) append.resolve();
      } catch (error) {
        // A failed write may leave a partial record; appending after it would hide later records behind
        // garbage on recovery, so the log refuses further appends until storage reopens (and truncates) it.
        this.failure = error;
        for (const append of batch) append.reject(error);
      }
    }
    this.writing = null;
  }
}
