// Opens a board's room on first connect and lets it leave memory once it has been idle for the grace
// period (so a quick reload does not reload the board from storage), then releases its storage.
import type { BoardId } from './board-id.js';
import type { BoardFanout } from './fanout.js';
import type { RelayLimits } from './limits/relay-limits.js';
import type { Logger } from './logger.js';
import type { PresenceRegistry } from './presence/presence-registry.js';
import { Room } from './room.js';
import type { BoardStorage, ReleaseOptions } from './storage/board-storage.js';

export interface RoomRegistryOptions {
  readonly storage: BoardStorage;
  readonly presence: PresenceRegistry;
  readonly logger: Logger;
  readonly gracePeriodMs: number;
  readonly fanout?: BoardFanout;
  readonly limits?: RelayLimits;
}

export class RoomRegistry {
  private readonly rooms = new Map<BoardId, Room>();
  private readonly evictionTimers = new Map<Room, NodeJS.Timeout>();
  private readonly releases = new Set<Promise<void>>();

  constructor(private readonly options: RoomRegistryOptions) {}

  /** The board's room, opened (and its loading started) if it is not in memory. */
  acquire(boardId: BoardId): Room {
    const existing = this.rooms.get(boardId);
    if (existing !== undefined && existing.usable) {
      this.cancelEviction(existing);
      return existing;
    }
    if (existing !== undefined) this.evict(existing);
    const { storage, presence, logger, fanout, limits } = this.options;
    const room = new Room({ boardId, storage, presence, logger, fanout, limits, onIdle: (idle) => this.scheduleEviction(idle) });
    this.rooms.set(boardId, room);
    return room;
  }

  get(boardId: BoardId): Room | undefined {
    return this.rooms.get(boardId);
  }

  all(): Room[] {
    return [...this.rooms.values()];
  }

  /** Evicts every room now (shutdown) and waits for their storage to be released (not compacted). */
  async evictAll(): Promise<void> {
    for (const room of [...this.rooms.values()]) this.evict(room, { shuttingDown: true });
    await Promise.all([...this.releases]);
  }

  private scheduleEviction(room: Room): void {
    if (this.rooms.get(room.boardId) !== room) return;
    if (!room.usable) {
      this.evict(room);
      return;
    }
    this.cancelEviction(room);
    const timer = setTimeout(() => {
      this.evictionTimers.delete(room);
      if (room.idle) this.evict(room);
    }, this.options.gracePeriodMs);
    timer.unref();
    this.evictionTimers.set(room, timer);
  }

  private cancelEviction(room: Room): void {
    const timer = this.evictionTimers.get(room);
    if (timer !== undefined) clearTimeout(timer);
    this.evictionTimers.delete(room);
  }

  private evict(room: Room, options?: ReleaseOptions): void {
    this.cancelEviction(room);
    if (this.rooms.get(room.boardId) === room) this.rooms.delete(room.boardId);
    room.destroy();
    const release = this.options.storage
      .release(room.boardId, options)
      .catch((error: unknown) => this.options.logger.error('releasing board storage failed', { boardId: room.boardId, error }))
      .finally(() => this.releases.delete(release));
    this.releases.add(release);
    this.options.logger.info('room left memory', { boardId: room.boardId });
  }
}
