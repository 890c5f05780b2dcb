// Reads one board's stream after a cursor, for one instance. Pulls never overlap (a pull requested while
// one runs is folded into one more round), and an announced entry is taken directly only when it is the
// very next one and no pull runs, so entries are delivered once each, in stream order.
// If a compaction trimmed entries past the cursor, the snapshot holding them is delivered first
// (re-applying known state is harmless with Yjs and counted in the stats), then the rest of the stream.
import type { Redis } from 'ioredis';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { AppendedEntry } from './append-script.js';
import { boardKeys, compareStreamIds, fieldOf, readWholeBoard, replyOf } from './stream-id.js';
import type { StreamEntry, StreamId } from './stream-id.js';

export interface StreamFollowerOptions {
  readonly commands: Redis;
  readonly boardId: BoardId;
  readonly instanceId: string;
  readonly cursor: StreamId;
  readonly logger: Logger;
  readonly deliver: (updates: Uint8Array[], fromSnapshot: boolean) => void;
}

/** Entries read per round trip; a longer backlog takes several rounds. */
const PAGE = 1_000;

export class StreamFollower {
  private cursor: StreamId;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(private readonly options: StreamFollowerOptions) {
    this.cursor = options.cursor;
  }

  /** Reads whatever is new; safe to call any number of times (wake-up, poll, reconnect). */
  pull(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.run();
  }

  /**
   * An entry announced on the board's channel. If it is the very next one after the cursor (and no read
   * is running) it is applied directly; otherwise the stream is read, which also covers this entry.
   * Our own entries only move the cursor: the room applied them when their append was acknowledged.
   */
  offer(entry: AppendedEntry): void {
    if (this.stopped) return;
    if (this.running || entry.prev !== this.cursor) {
      if (compareStreamIds(entry.id, this.cursor) > 0) this.pull();
      return;
    }
    this.cursor = entry.id;
    if (entry.origin !== this.options.instanceId) this.options.deliver([entry.update], false);
  }

  stop(): void {
    this.stopped = true;
  }

  private async run(): Promise<void> {
    try {
      do {
        this.again = false;
        if (await this.readPage()) this.again = true;
      } while (this.again && !this.stopped);
    } catch (error) {
      // Redis away or a command timed out: the next wake-up, poll or reconnect resumes from the cursor.
      this.options.logger.warn('reading board stream failed; will retry', { boardId: this.options.boardId, error: String(error) });
    } finally {
      this.running = false;
    }
  }

  /** One round; true if the page was full (more to read). */
  private async readPage(): Promise<boolean> {
    const keys = boardKeys(this.options.boardId);
    const light = await this.options.commands.multi().hget(keys.snapshot, 'id').xrangeBuffer(keys.log, `(${this.cursor}`, '+', 'COUNT', PAGE).exec();
    const snapshotId = replyOf(light?.[0]) as string | null;
    if (snapshotId !== null && compareStreamIds(snapshotId as StreamId, this.cursor) > 0) return this.readAfterTrim();
    const entries = replyOf(light?.[1]) as StreamEntry[];
    this.deliver(entries, []);
    return entries.length === PAGE;
  }

  /** Entries past the cursor were trimmed: deliver the snapshot that holds them, then the whole stream. */
  private async readAfterTrim(): Promise<boolean> {
    const { snapshot, entries } = await readWholeBoard(this.options.commands, this.options.boardId);
    if (snapshot === null) return false;
    this.cursor = snapshot.id;
    this.deliver(entries, [snapshot.data]);
    return false;
  }


  private deliver(entries: StreamEntry[], prefix: Uint8Array[]): void {
    if (this.stopped) return;
    const updates = [...prefix];
    for (const [id, fields] of entries) {
      this.cursor = id.toString() as StreamId;
      if (fieldOf(fields, 'o')?.toString() === this.options.instanceId) continue;
      const update = fieldOf(fields, 'u');
      if (update !== undefined) updates.push(update);
    }
    if (updates.length > 0) this.options.deliver(updates, prefix.length > 0);
  }
}
