// Cross-instance fan-out over Redis. Updates: the board's stream is the source of truth. Every append
// also publishes the entry with its predecessor's id on napkin:{board}:updated; a follower whose cursor is
// that predecessor applies it at once, any other follower reads the stream after its cursor (XRANGE
// "(cursor" +). Either way it applies exactly the entries it has not seen, in stream order, with no gap
// even when a message is lost (a 1 s poll and every Redis reconnect read as well). Entries this instance
// appended itself are skipped: its room applied them when the append was acknowledged.
// Awareness: pub/sub on napkin:{board}:awareness; an instance that opens a board asks the others for
// their peers' states. Awareness is ephemeral: lost messages heal with the clients' 15 s renewals.
import type { BoardId } from '../board-id.js';
import type { BoardFanout, BoardLink, FanoutSink } from '../fanout.js';
import type { Logger } from '../logger.js';
import { parseAppendedEntry } from './append-script.js';
import type { RedisLink } from './redis-link.js';
import type { RedisBoardStorage } from './redis-storage.js';
import { boardKeys } from './stream-id.js';
import { StreamFollower } from './stream-follower.js';

export interface RedisFanoutOptions {
  readonly link: RedisLink;
  readonly storage: RedisBoardStorage;
  readonly instanceId: string;
  readonly logger: Logger;
  /** Safety net for lost wake-ups; each open board is read at least this often. */
  readonly pollIntervalMs?: number;
}

export interface FanoutStats {
  readonly remoteUpdatesApplied: number;
  readonly snapshotsReapplied: number;
}

const enum AwarenessKind {
  Update = 0,
  Query = 1,
}

interface OpenBoard {
  readonly boardId: BoardId;
  readonly sink: FanoutSink;
  readonly follower: StreamFollower;
}

export class RedisFanout implements BoardFanout {
  private readonly boards = new Map<BoardId, OpenBoard>();
  private readonly byChannel = new Map<string, OpenBoard>();
  private readonly poll: NodeJS.Timeout;
  private readonly stopOnReady: () => void;
  private readonly counters = { remoteUpdatesApplied: 0, snapshotsReapplied: 0 };
  private readonly reseeds = new Set<Promise<void>>();

  constructor(private readonly options: RedisFanoutOptions) {
    options.link.subscriber.on('messageBuffer', this.onMessage);
    this.stopOnReady = options.link.onReady(() => {
      for (const board of this.boards.values()) {
        this.track(this.reseedIfLost(board));
        board.follower.pull();
        this.publish(board.boardId, AwarenessKind.Query, new Uint8Array());
      }
    });
    this.poll = setInterval(() => {
      for (const board of this.boards.values()) board.follower.pull();
    }, options.pollIntervalMs ?? 1_000);
    this.poll.unref();
  }

  open(boardId: BoardId, sink: FanoutSink): BoardLink {
    const { link, storage, instanceId, logger } = this.options;
    this.boards.get(boardId)?.follower.stop();
    const follower = new StreamFollower({
      commands: link.commands,
      boardId,
      instanceId,
      cursor: storage.cursorAfterLoad(boardId),
      incarnation: storage.incarnationAfterLoad(boardId),
      logger,
      deliver: (updates, fromSnapshot) => {
        this.counters.remoteUpdatesApplied += updates.length;
        if (fromSnapshot) this.counters.snapshotsReapplied++;
        sink.applyRemoteUpdates(updates);
      },
      // Keys deleted while Redis stayed up (no reconnect to notice it), or a stream made again by
      // another instance before ours looked: the room still holds the board.
      onStreamLost: () => this.track(this.reseed(board)),
    });
    const board: OpenBoard = { boardId, sink, follower };
    const keys = boardKeys(boardId);
    this.boards.set(boardId, board);
    this.byChannel.set(keys.updates, board);
    this.byChannel.set(keys.awareness, board);
    link.subscriber.subscribe(keys.updates, keys.awareness).then(
      // Whatever was appended between our load and the subscription is read now.
      () => follower.pull(),
      (error: unknown) => logger.warn('redis subscribe failed; polling until redis is ready', { boardId, error }),
    );
    follower.pull();
    this.publish(boardId, AwarenessKind.Query, new Uint8Array());
    return {
      publishAwareness: (update) => this.publish(boardId, AwarenessKind.Update, update),
      close: () => {
        follower.stop();
        if (this.boards.get(boardId) !== board) return;
        this.boards.delete(boardId);
        this.byChannel.delete(keys.updates);
        this.byChannel.delete(keys.awareness);
        link.subscriber.unsubscribe(keys.updates, keys.awareness).catch(() => undefined);
      },
    };
  }

  stats(): FanoutStats {
    return { ...this.counters };
  }

  /** Stops following; resolves once re-seeds already under way are stored (a shutdown must not drop one). */
  async close(): Promise<void> {
    clearInterval(this.poll);
    this.stopOnReady();
    this.options.link.subscriber.off('messageBuffer', this.onMessage);
    for (const board of this.boards.values()) board.follower.stop();
    this.boards.clear();
    this.byChannel.clear();
    await Promise.all([...this.reseeds]);
  }

  private track(reseed: Promise<void>): void {
    this.reseeds.add(reseed);
    void reseed.finally(() => this.reseeds.delete(reseed));
  }

  /**
   * A Redis that came back without its data (no persistence) has lost the board: the open room still
   * holds all of it, so it appends its whole state once. Yjs makes the duplicates from several
   * instances doing the same harmless.
   */
  private async reseedIfLost(board: OpenBoard): Promise<void> {
    const keys = boardKeys(board.boardId);
    try {
      if ((await this.options.link.commands.exists(keys.log, keys.snapshot)) > 0) return;
    } catch (error) {
      this.options.logger.warn('re-seeding a board after a redis restart failed', { boardId: board.boardId, error: String(error) });
      return;
    }
    await this.reseed(board);
  }

  private async reseed(board: OpenBoard): Promise<void> {
    try {
      const state = board.sink.fullState();
      if (state.byteLength <= 2) return;
      this.options.logger.warn('redis lost a board that is open here; re-seeding it from memory', { boardId: board.boardId });
      await this.options.storage.append(board.boardId, state);
    } catch (error) {
      this.options.logger.warn('re-seeding a board that redis lost failed', { boardId: board.boardId, error: String(error) });
    }
  }

  /** Awareness frames: [kind][instance id length][instance id][awareness update]. Best effort. */
  private publish(boardId: BoardId, kind: AwarenessKind, update: Uint8Array): void {
    if (!this.options.link.up) return;
    const id = Buffer.from(this.options.instanceId);
    const frame = Buffer.concat([Buffer.from([kind, id.byteLength]), id, update]);
    this.options.link.commands.publish(boardKeys(boardId).awareness, frame).catch(() => undefined);
  }

  private readonly onMessage = (channelBuffer: Buffer, message: Buffer): void => {
    const channel = channelBuffer.toString();
    const board = this.byChannel.get(channel);
    if (board === undefined) return;
    const keys = boardKeys(board.boardId);
    if (channel === keys.updates) {
      const entry = parseAppendedEntry(message);
      if (entry === null) board.follower.pull();
      else board.follower.offer(entry);
      return;
    }
    const kind = message[0];
    const idLength = message[1];
    if (kind === undefined || idLength === undefined || message.byteLength < 2 + idLength) return;
    if (message.subarray(2, 2 + idLength).toString() === this.options.instanceId) return;
    if (kind === AwarenessKind.Update) {
      board.sink.applyRemoteAwareness(message.subarray(2 + idLength));
    } else if (kind === AwarenessKind.Query) {
      const states = board.sink.localAwareness();
      if (states !== null) this.publish(board.boardId, AwarenessKind.Update, states);
    }
  };
}
