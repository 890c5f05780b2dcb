// Reads one board's stream after a cursor, for one instance. Pulls never overlap (a pull requested while
// one runs is folded into one more round), and an announced entry is taken directly only when it is the
// very next one and no pull runs, so entries are delivered once each, in stream order.
// If a compaction trimmed entries past the cursor, the snapshot holding them is delivered first
// (re-applying known state is harmless with Yjs and counted in the stats), then the rest of the stream.
// A cursor means something only in the stream it came from: if the stream was deleted (and maybe made
// again, its ids starting over, possibly below the cursor) the follower reads the new one whole and
// says so (`onStreamLost`), so the open room can re-seed what Redis lost. Without that, a room kept
// missing the other instances' edits after a stream was made again with lower ids (damage suite: 147 of
// 1,003 post-damage edits never reached an open room when a board's keys were deleted, 155 of 931 after
// Redis restarted empty), and keys deleted while Redis stayed up were never re-seeded.
import type { Redis } from 'ioredis';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { AppendedEntry } from './append-script.js';
import { readSnapshot } from './snapshot-record.js';
import { boardKeys, compareStreamIds, cursorAfter, fieldOf, readWholeBoard, replyOf } from './stream-id.js';
import type { StreamEntry, StreamId } from './stream-id.js';

export interface StreamFollowerOptions {
  readonly commands: Redis;
  readonly boardId: BoardId;
  readonly instanceId: string;
  readonly cursor: StreamId;
  /** The incarnation of the stream `cursor` is in; null (or absent): whichever stream comes first. */
  readonly incarnation?: string | null;
  readonly logger: Logger;
  readonly deliver: (updates: Uint8Array[], fromSnapshot: boolean) => void;
  /** The stream this follower was reading is gone or was replaced: Redis lost what it held. */
  readonly onStreamLost?: () => void;
}

/** Entries read per round trip; a longer backlog takes several rounds. */
const PAGE = 1_000;

export class StreamFollower {
  private cursor: StreamId;
  private incarnation: string | null;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(private readonly options: StreamFollowerOptions) {
    this.cursor = options.cursor;
    this.incarnation = options.incarnation ?? null;
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
    const next = !this.running && entry.prev === this.cursor;
    // The entry that follows our cursor names the stream we are in, if we did not know it yet.
    if (next && this.incarnation === null) this.incarnation = entry.incarnation;
    if (!next || entry.incarnation !== this.incarnation) {
      // Another stream than ours: its ids say nothing about our cursor, so read whatever they are.
      if (compareStreamIds(entry.id, this.cursor) > 0 || entry.incarnation !== this.incarnation) this.pull();
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
    const light = await this.options.commands
      .multi()
      .get(keys.incarnation)
      .hmget(keys.snapshot, 'id', 'incarnation')
      .xrangeBuffer(keys.log, `(${this.cursor}`, '+', 'COUNT', PAGE)
      .exec();
    const incarnation = (replyOf(light?.[0]) as string | null) || null;
    if (incarnation !== this.incarnation) {
      // A first incarnation is adopted (a new board's stream, or one made before incarnations); any
      // other change means this is not the stream the cursor came from.
      if (this.incarnation !== null) return this.readWhole();
      this.incarnation = incarnation;
    }
    const [snapshotId, snapshotIncarnation] = replyOf(light?.[1]) as [string | null, string | null];
    // A snapshot of another stream says nothing about this one's ids.
    const sameStream = !snapshotIncarnation || snapshotIncarnation === incarnation;
    if (snapshotId !== null && sameStream && compareStreamIds(snapshotId as StreamId, this.cursor) > 0) return this.readWhole();
    const entries = replyOf(light?.[2]) as StreamEntry[];
    this.deliver(entries, []);
    return entries.length === PAGE;
  }

  /**
   * Entries past the cursor were trimmed, or the stream is not the one the cursor is in: deliver the
   * snapshot (if it is intact) and the whole stream, and continue after everything this stream has handed out.
   */
  private async readWhole(): Promise<boolean> {
    const board = await readWholeBoard(this.options.commands, this.options.boardId);
    if (this.stopped) return false;
    const lost = this.incarnation !== null && board.incarnation !== this.incarnation;
    const snapshot = readSnapshot(board.snapshotHash);
    this.deliver(board.entries, snapshot.state === 'valid' ? [snapshot.snapshot.data] : []);
    this.cursor = cursorAfter(board);
    this.incarnation = board.incarnation;
    if (lost) {
      this.options.logger.warn('the board stream was deleted or replaced in redis', { boardId: this.options.boardId });
      this.options.onStreamLost?.();
    }
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
