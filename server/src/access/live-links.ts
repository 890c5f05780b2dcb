// Which live sockets came in through which link, so that revoking a link closes them, on this instance at
// once and on every other instance through the revocation bus (Redis pub/sub when REDIS_URL is set). A
// link revoked while one of its sockets was still being admitted is remembered, so that socket is closed
// the moment it is tracked rather than slipping through.
import { CloseCode } from '../close-codes.js';
import type { Logger } from '../logger.js';
import type { RelaySocket } from '../socket.js';
import type { RevocationBus, Revocation } from './revocation-bus.js';
import type { RoomKind } from './roles.js';

/** Bounds the memory of revoked ids; a socket admitted that long after its revocation is a stale lookup. */
const REMEMBERED_REVOCATIONS = 10_000;

export class LiveLinks {
  private readonly sockets = new Map<string, Set<RelaySocket>>();
  /** Sockets in a board's other rooms: closed on revocation like the rest, not counted as people. */
  private readonly sideRoomSockets = new WeakSet<RelaySocket>();
  private readonly revoked = new Set<string>();
  private readonly unsubscribe: () => void;

  constructor(private readonly bus: RevocationBus, private readonly logger: Logger) {
    this.unsubscribe = bus.subscribe((revocation) => this.closeLink(revocation));
  }

  /**
   * Keeps the socket under its link until it closes; closes it at once if the link is already revoked. Only
   * a socket in the board room itself is counted as someone connected: a tab also holds its comments room.
   */
  track(linkId: string, socket: RelaySocket, room: RoomKind = 'board'): void {
    if (this.revoked.has(linkId)) {
      socket.close(CloseCode.LINK_REVOKED, 'this link was revoked');
      return;
    }
    if (room !== 'board') this.sideRoomSockets.add(socket);
    const sockets = this.sockets.get(linkId) ?? new Set<RelaySocket>();
    sockets.add(socket);
    this.sockets.set(linkId, sockets);
    socket.onClose(() => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.sockets.get(linkId) === sockets) this.sockets.delete(linkId);
    });
  }

  /** Live board-room sockets per link on this instance: how many tabs have the board open through it. */
  connected(linkId: string): number {
    let count = 0;
    for (const socket of this.sockets.get(linkId) ?? []) if (!this.sideRoomSockets.has(socket)) count++;
    return count;
  }

  /** Tells every instance (this one included) to close the link's sockets. */
  revoke(revocation: Revocation): Promise<void> {
    this.closeLink(revocation);
    return this.bus.publish(revocation);
  }

  close(): void {
    this.unsubscribe();
  }

  private closeLink({ boardId, linkId }: Revocation): void {
    this.revoked.add(linkId);
    if (this.revoked.size > REMEMBERED_REVOCATIONS) {
      const oldest = this.revoked.values().next().value;
      if (oldest !== undefined) this.revoked.delete(oldest);
    }
    const sockets = this.sockets.get(linkId);
    if (sockets === undefined) return;
    this.sockets.delete(linkId);
    this.logger.info('closing sockets of a revoked link', { boardId, linkId, sockets: sockets.size });
    for (const socket of sockets) socket.close(CloseCode.LINK_REVOKED, 'this link was revoked');
  }
}
