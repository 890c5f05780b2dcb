// Answers sync step 1 requests one at a time per socket. A reply is the board encoded against the
// requester's state vector (megabytes for a big board), so a socket that sends a hundred four-byte requests
// and never reads would otherwise make the relay encode and queue a hundred copies. While a reply to a
// socket is still queued, newer requests from it are coalesced into one (the newest state vector: an
// honest client's newest covers its older ones) and answered when the reply has gone to the kernel.
import type { RelaySocket } from '../socket.js';

export interface SyncRepliesDependencies {
  /** Encodes the sync step 2 message answering `stateVector` (from the board as it is now). */
  readonly replyTo: (stateVector: Uint8Array) => Uint8Array;
}

interface Outstanding {
  /** The newest request that arrived while a reply was queued; answered once it has gone. */
  next: Uint8Array | null;
}

export class SyncReplies<C extends { readonly socket: RelaySocket; readonly open: boolean }> {
  private readonly outstanding = new Map<C, Outstanding>();

  constructor(private readonly deps: SyncRepliesDependencies) {}

  request(connection: C, stateVector: Uint8Array): void {
    const waiting = this.outstanding.get(connection);
    if (waiting !== undefined) {
      waiting.next = stateVector;
      return;
    }
    this.answer(connection, stateVector);
  }

  forget(connection: C): void {
    this.outstanding.delete(connection);
  }

  /** Sockets with a reply still queued (tests). */
  get pending(): number {
    return this.outstanding.size;
  }

  private answer(connection: C, stateVector: Uint8Array): void {
    const entry: Outstanding = { next: null };
    this.outstanding.set(connection, entry);
    connection.socket.send(this.deps.replyTo(stateVector));
    connection.socket.whenFlushed(() => {
      if (this.outstanding.get(connection) !== entry) return;
      this.outstanding.delete(connection);
      if (entry.next !== null && connection.open) this.answer(connection, entry.next);
    });
  }
}
