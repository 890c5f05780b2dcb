// Everything a room does to keep one hostile client from costing the relay or the board more than its
// share, in one place the room calls into: frame rate limits (frame-rate.ts), one sync reply per socket at
// a time (sync-replies.ts), the checks every update passes before it is stored (update-gate.ts), and who
// may set which awareness states (awareness-guard.ts). Each refusal closes only the offending socket,
// with its close code and a reason, logged.
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { DecodedUpdate } from '../protocol.js';
import type { RelaySocket } from '../socket.js';
import { CloseCode } from '../close-codes.js';
import { guardAwareness } from './awareness-guard.js';
import { BoardRate } from './frame-rate.js';
import type { SocketRate } from './frame-rate.js';
import type { RelayLimits } from './relay-limits.js';
import { StateReplies } from './state-replies.js';
import { SyncReplies } from './sync-replies.js';
import { UpdateGate } from './update-gate.js';
import type { GatedUpdate } from './update-gate.js';

export interface GuardedConnection {
  readonly socket: RelaySocket;
  readonly open: boolean;
  readonly awarenessClientIds: ReadonlySet<number>;
  /** The link's access to the room: a reader's presence is stamped `viewing: true`. */
  readonly access: 'read' | 'write';
}

export interface RoomGuardDependencies<C extends GuardedConnection> {
  readonly limits: RelayLimits;
  readonly logger: Logger;
  readonly boardId: string;
  /** The board's doc, every durable update folded in. */
  readonly doc: () => Y.Doc;
  /** Awareness states present in the room, whoever set them (other sockets, other instances). */
  readonly awarenessStates: () => ReadonlyMap<number, unknown>;
  /** An update passed every check: store it, then relay it (`frame` when given). */
  readonly persist: (connection: C, update: Uint8Array, frame: Uint8Array | null) => void;
  readonly requestSaved: (connection: C, requestId: number) => void;
  /** Closes the socket with `code` and takes it out of the room. */
  readonly close: (connection: C, code: number, reason: string) => void;
}

const MAX_CLOSE_REASON = 120; // WebSocket close reasons are limited to 123 bytes.

export class RoomGuard<C extends GuardedConnection> {
  private readonly rate: BoardRate;
  private readonly rates = new WeakMap<C, SocketRate>();
  private readonly syncReplies: SyncReplies<C>;
  private readonly gate: UpdateGate<C>;

  constructor(private readonly deps: RoomGuardDependencies<C>) {
    this.rate = new BoardRate(deps.limits);
    const stateReplies = new StateReplies(deps.doc);
    this.syncReplies = new SyncReplies({ replyTo: (stateVector) => stateReplies.reply(stateVector) });
    this.gate = new UpdateGate<C>({
      limits: deps.limits,
      boardStateVector: () => Y.decodeStateVector(Y.encodeStateVector(deps.doc())),
      boardEncodedBytes: () => stateReplies.wholeStateBytes(),
      accept: (connection, item: GatedUpdate) => deps.persist(connection, item.update, item.frame),
      requestSaved: deps.requestSaved,
      close: (connection, code, reason) => this.close(connection, code, reason),
    });
  }

  /** The board is in memory (`bytes`: what storage loaded): updates are checked against it from now on. */
  loaded(bytes: number): void {
    this.gate.loaded(bytes);
  }

  /** A durable update was handed to the doc (it counts in the board's measured size from now on). */
  held(update: Uint8Array): void {
    this.gate.held(update.byteLength);
  }

  register(connection: C): void {
    this.rates.set(connection, this.rate.forSocket());
  }

  forget(connection: C): void {
    this.gate.forget(connection);
    this.syncReplies.forget(connection);
  }

  stop(): void {
    this.gate.stop();
  }

  /** Charges a frame to its socket's and board's rate limits before anything decodes it; false: closed. */
  admitFrame(connection: C, size: number): boolean {
    const verdict = this.rates.get(connection)?.admit(size) ?? null;
    if (verdict === null) return true;
    this.close(connection, CloseCode.RATE_LIMITED, verdict.reason);
    return false;
  }

  syncStep1(connection: C, stateVector: Uint8Array): void {
    this.syncReplies.request(connection, stateVector);
  }

  /** A sync step 2: only what the board lacks goes on, checked like an update. */
  syncStep2(connection: C, update: Uint8Array): void {
    let missing: Uint8Array;
    let content: DecodedUpdate;
    try {
      missing = Y.diffUpdate(update, Y.encodeStateVector(this.deps.doc()));
      content = Y.decodeUpdate(missing);
    } catch (error) {
      this.close(connection, CloseCode.MALFORMED_MESSAGE, `malformed frame: sync step 2 rejected: ${String(error)}`);
      return;
    }
    this.gate.offerSyncStep2(connection, { update: missing, content, frame: null });
  }

  update(connection: C, update: Uint8Array, frame: Uint8Array, content: DecodedUpdate): void {
    this.gate.offerUpdate(connection, { update, content, frame });
  }

  savedRequest(connection: C, requestId: number): void {
    this.gate.offerSavedRequest(connection, requestId);
  }

  /** The part of an awareness update this socket may apply, or null when the frame closed it. */
  awareness(connection: C, update: Uint8Array, connections: Iterable<C>): Uint8Array | null {
    const states = this.deps.awarenessStates();
    const heldByOthers = (clientId: number): boolean => {
      if (states.has(clientId)) return true;
      for (const other of connections) if (other !== connection && other.awarenessClientIds.has(clientId)) return true;
      return false;
    };
    const verdict = guardAwareness(update, { own: connection.awarenessClientIds, heldByOthers }, this.deps.limits, connection.access);
    if (verdict.kind === 'too-large') {
      this.close(connection, CloseCode.TOO_LARGE, verdict.reason);
      return null;
    }
    if (verdict.dropped.length > 0) {
      this.deps.logger.warn('awareness states dropped: client ids held by others or over the per-socket limit', {
        boardId: this.deps.boardId,
        clientIds: verdict.dropped.slice(0, 8),
      });
    }
    return verdict.update;
  }

  /** Sockets waiting for their updates' predecessors (tests). */
  get stalledSockets(): number {
    return this.gate.stalledSockets;
  }

  private close(connection: C, code: number, reason: string): void {
    this.deps.logger.warn('closing connection: limit', { boardId: this.deps.boardId, code, reason });
    this.deps.close(connection, code, reason.slice(0, MAX_CLOSE_REASON));
  }
}
