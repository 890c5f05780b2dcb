// The transport-free relay core: admits a socket (board id check, authentication hook), buffers its frames
// while the room loads, then hands them to the room in order. Knows nothing about `ws` or HTTP.
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { Authenticate } from './auth.js';
import type { LiveLinks } from './access/live-links.js';
import { parseRoomPath } from './access/room-path.js';
import type { BoardId } from './board-id.js';
import { CloseCode } from './close-codes.js';
import type { BoardFanout } from './fanout.js';
import type { RelayLimits } from './limits/relay-limits.js';
import type { Logger } from './logger.js';
import type { PresenceEntry, PresenceRegistry } from './presence/presence-registry.js';
import type { Room, RoomConnection } from './room.js';
import { RoomRegistry } from './room-registry.js';
import type { RelaySocket } from './socket.js';
import type { BoardStorage } from './storage/board-storage.js';

export interface RelayOptions {
  readonly storage: BoardStorage;
  readonly presence: PresenceRegistry;
  readonly authenticate: Authenticate;
  readonly logger: Logger;
  /** How long an empty room stays in memory. */
  readonly gracePeriodMs: number;
  /** Cross-instance fan-out (Redis); absent in a single-process relay. */
  readonly fanout?: BoardFanout;
  /** Sockets by the link they came in with, so revoking a link closes them; absent: links are not tracked. */
  readonly liveLinks?: LiveLinks;
  /** Rate, size and awareness limits per socket and board; defaults when absent. */
  readonly limits?: RelayLimits;
}

export interface RelayStats {
  readonly rooms: number;
  readonly connections: number;
}

export class Relay {
  readonly rooms: RoomRegistry;
  private accepting = true;

  constructor(private readonly options: RelayOptions) {
    const { storage, presence, logger, gracePeriodMs, fanout, limits } = options;
    this.rooms = new RoomRegistry({ storage, presence, logger, gracePeriodMs, fanout, limits });
  }

  /** Takes ownership of a new connection for the room named by `rawBoardId` (`<boardId>[~<room>]`). */
  accept(socket: RelaySocket, rawBoardId: string, request?: IncomingMessage): void {
    let room: Room | null = null;
    let connection: RoomConnection | null = null;
    let open = true;
    const inbox: Uint8Array[] = [];
    // Listeners first: frames that arrive during authentication and loading are queued, not lost.
    socket.onMessage((frame) => {
      if (room !== null && connection !== null) room.receive(connection, frame);
      else inbox.push(frame);
    });
    socket.onClose(() => {
      open = false;
      if (room !== null && connection !== null) room.leave(connection);
    });

    if (!this.accepting) {
      socket.close(CloseCode.GOING_AWAY, 'server shutting down');
      return;
    }
    const target = parseRoomPath(rawBoardId);
    if (target === null) {
      this.options.logger.warn('refused connection: invalid board id', { boardId: rawBoardId.slice(0, 80) });
      socket.close(CloseCode.INVALID_BOARD_ID, 'invalid board id');
      return;
    }

    const admit = async (): Promise<void> => {
      const verdict = await this.options.authenticate({ boardId: target.boardId, room: target.room, request });
      if (!verdict.ok) {
        this.options.logger.warn('refused connection: authentication', { boardId: target.key, reason: verdict.reason });
        socket.close(verdict.code, verdict.reason);
        return;
      }
      if (!open || !this.accepting) return;
      if (verdict.linkId !== undefined) this.options.liveLinks?.track(verdict.linkId, socket, target.room);
      const joined = this.rooms.acquire(target.key);
      const member = await joined.join(socket, verdict.userId, () => open, verdict.access ?? 'write');
      if (member === null) return;
      for (const frame of inbox.splice(0)) joined.receive(member, frame);
      room = joined;
      connection = member;
    };
    admit().catch((error: unknown) => {
      this.options.logger.error('connection failed', { boardId: target.key, error });
      socket.close(CloseCode.INTERNAL_ERROR, 'internal error');
    });
  }

  /**
   * Reads a room's document as the relay holds it (everything durable so far), loading the room if it is
   * not in memory; it then leaves memory after the grace period like any room. Null when it cannot load.
   */
  readRoom<T>(key: BoardId, reader: (doc: Y.Doc) => T): Promise<T | null> {
    if (!this.accepting) return Promise.resolve(null);
    return this.rooms.acquire(key).read(reader);
  }

  /** The relay's own edit to a room (Room.write), loading it if needed; false when it could not be made durable. */
  writeRoom(key: BoardId, change: (doc: Y.Doc) => void): Promise<boolean> {
    if (!this.accepting) return Promise.resolve(false);
    return this.rooms.acquire(key).write(change);
  }

  /** Who is on a board, from the presence registry. */
  presenceOf(boardId: BoardId): Promise<PresenceEntry[]> {
    return this.options.presence.list(boardId);
  }

  stats(): RelayStats {
    const rooms = this.rooms.all();
    return { rooms: rooms.length, connections: rooms.reduce((sum, room) => sum + room.connections.size, 0) };
  }

  /** Stops admitting, makes every accepted update durable, then closes all connections with 1001. */
  async shutdown(): Promise<void> {
    this.accepting = false;
    await this.options.storage.flush();
    for (const room of this.rooms.all()) room.closeAll(CloseCode.GOING_AWAY, 'server shutting down');
    await this.rooms.evictAll();
  }
}
