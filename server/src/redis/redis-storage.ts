// BoardStorage shared through Redis, so any relay instance can serve any board:
//   napkin:{board}:log       stream of Yjs updates, fields o=<instance id>, u=<update>
//   napkin:{board}:snapshot  hash { data: merged update, id: last stream id folded into it }
// An append resolves once XADD is acknowledged (then the relay may relay it); the same Lua script
// publishes the entry on napkin:{board}:updated for the other instances' followers (append-script.ts).
// Redis away: the append goes to the local SpillQueue (fsync'ed) and resolves, so local editing carries
// on; the queue is replayed in order when Redis returns. Availability over strict shared durability,
// with local durability kept: no edit is relayed that is not on some disk.
import { randomUUID } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import { describeIssue } from '../storage/board-storage.js';
import type { BoardStorage, LoadedBoard, ReleaseOptions, StorageIssue } from '../storage/board-storage.js';
import { queueAppend } from './append-script.js';
import { inspectBoard } from './board-inspection.js';
import { compactBoard } from './compaction.js';
import type { RedisLink } from './redis-link.js';
import type { SpillQueue } from './spill-queue.js';
import { STREAM_START, boardKeys, cursorAfter, fieldOf, readWholeBoard } from './stream-id.js';
import type { StreamId } from './stream-id.js';

export interface RedisStorageOptions {
  readonly link: RedisLink;
  readonly spill: SpillQueue;
  readonly instanceId: string;
  readonly logger: Logger;
  /** Stream entries appended by this instance before it folds the board into a snapshot. */
  readonly compactAfterEntries?: number;
}

/** Entries replayed per round trip when the spill queue drains. */
const REPLAY_BATCH = 200;

export class RedisBoardStorage implements BoardStorage {
  private readonly positions = new Map<BoardId, { readonly cursor: StreamId; readonly incarnation: string | null }>();
  private readonly appendedSinceCompaction = new Map<BoardId, number>();
  private readonly compactions = new Set<Promise<void>>();
  private replaying: Promise<void> | null = null;
  private readonly stopReplayOnReady: () => void;

  constructor(private readonly options: RedisStorageOptions) {
    this.stopReplayOnReady = options.link.onReady(() => void this.replaySpilled());
    if (options.link.up) void this.replaySpilled();
  }

  /**
   * The whole board (one consistent read), plus appends still waiting in the local spill queue. Damage the
   * read shows (a corrupt snapshot, set aside; entries missing) comes back as issues; the board loads from
   * what is left rather than failing (board-inspection.ts).
   */
  async load(boardId: BoardId): Promise<LoadedBoard> {
    const { commands } = this.options.link;
    const board = await readWholeBoard(commands, boardId);
    const { snapshot, issues } = await inspectBoard(commands, boardId, board);
    const updates: Uint8Array[] = snapshot === null ? [] : [snapshot.data];
    for (const [, fields] of board.entries) {
      const update = fieldOf(fields, 'u');
      if (update !== undefined) updates.push(update);
    }
    // Appends spilled while Redis was away and not yet replayed are part of the board too.
    updates.push(...this.options.spill.pendingFor(boardId));
    this.positions.set(boardId, { cursor: cursorAfter(board), incarnation: board.incarnation });
    return { updates, issues };
  }

  /** The board's stream or snapshot exists (no read of either). */
  async hasContent(boardId: BoardId): Promise<boolean> {
    const keys = boardKeys(boardId);
    return (await this.options.link.commands.exists(keys.log, keys.snapshot)) > 0;
  }

  /** Where the fan-out follower of a freshly loaded board starts reading the stream. */
  cursorAfterLoad(boardId: BoardId): StreamId {
    return this.positions.get(boardId)?.cursor ?? STREAM_START;
  }

  /** Which stream that cursor belongs to (null: none yet), so the follower notices a replaced stream. */
  incarnationAfterLoad(boardId: BoardId): string | null {
    return this.positions.get(boardId)?.incarnation ?? null;
  }

  async append(boardId: BoardId, update: Uint8Array): Promise<void> {
    const { link, spill, logger } = this.options;
    // Once anything is spilled, later appends queue behind it so replay keeps each instance's order; a
    // replay that failed without a reconnect (a command timeout) is retried from here.
    if (spill.size > 0 || !link.up) {
      const spilled = spill.add({ boardId, update });
      if (link.up && this.replaying === null) void this.replaySpilled();
      return spilled;
    }
    try {
      await this.xadd(boardId, update);
    } catch (error) {
      logger.warn('redis append failed; spilling to local disk until redis returns', { boardId, error });
      await spill.add({ boardId, update });
      return;
    }
    const appended = (this.appendedSinceCompaction.get(boardId) ?? 0) + 1;
    this.appendedSinceCompaction.set(boardId, appended);
    if (appended >= (this.options.compactAfterEntries ?? 500)) this.compactInBackground(boardId);
  }

  async compact(boardId: BoardId): Promise<void> {
    this.appendedSinceCompaction.set(boardId, 0);
    const report = (issue: StorageIssue): void => this.options.logger.warn(describeIssue(issue), { boardId });
    await compactBoard(this.options.link.commands, boardId, randomUUID(), report);
  }

  async release(boardId: BoardId, options: ReleaseOptions = {}): Promise<void> {
    this.positions.delete(boardId);
    // At shutdown the stream keeps the appends; the next compaction (any instance) folds them.
    const compact = (this.appendedSinceCompaction.get(boardId) ?? 0) > 0 && this.options.link.up && options.shuttingDown !== true;
    if (compact) this.compactInBackground(boardId);
    this.appendedSinceCompaction.delete(boardId);
  }

  /** Appends resolve only when durable (in Redis or on local disk), so there is nothing buffered to flush. */
  async flush(): Promise<void> {
    await Promise.all([...this.compactions]);
  }

  async close(): Promise<void> {
    this.stopReplayOnReady();
    await this.flush();
    await this.replaying;
  }

  /** Replays spilled appends in order, in batches; stops at the first failure and waits for the next ready. */
  replaySpilled(): Promise<void> {
    if (this.replaying !== null) return this.replaying;
    const replay = (async () => {
      await Promise.resolve(); // so `finally` below always runs after `this.replaying` is set
      const { spill, logger } = this.options;
      const total = spill.size;
      try {
        while (spill.size > 0 && this.options.link.up) {
          const batch = spill.peek(REPLAY_BATCH);
          const pipeline = this.options.link.commands.pipeline();
          for (const { boardId, update } of batch) this.queueXadd(pipeline, boardId, update);
          const results = (await pipeline.exec()) ?? [];
          const failed = results.find(([error]) => error !== null);
          if (failed !== undefined) throw failed[0];
          await spill.consume(batch.length);
        }
        if (total > 0) logger.info('replayed spilled appends into redis', { count: total - spill.size });
      } catch (error) {
        logger.warn('replaying spilled appends failed; retrying when redis is ready', { error, left: spill.size });
      } finally {
        this.replaying = null;
      }
    })();
    this.replaying = replay;
    return replay;
  }

  private async xadd(boardId: BoardId, update: Uint8Array): Promise<void> {
    const results = (await this.queueXadd(this.options.link.commands.pipeline(), boardId, update).exec()) ?? [];
    const failed = results.find(([error]) => error !== null);
    if (failed !== undefined || results.length === 0) throw failed?.[0] ?? new Error('redis append aborted');
  }

  private queueXadd(pipeline: ChainableCommander, boardId: BoardId, update: Uint8Array): ChainableCommander {
    return queueAppend(pipeline, boardId, this.options.instanceId, update);
  }

  private compactInBackground(boardId: BoardId): void {
    const running = this.compact(boardId)
      .catch((error: unknown) => this.options.logger.warn('redis compaction failed; will retry later', { boardId, error }))
      .finally(() => this.compactions.delete(running));
    this.compactions.add(running);
  }
}
