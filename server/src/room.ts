// One board in memory: its Y.Doc, its awareness and its connections. Updates take one path,
//   decode + validate -> append to storage (group commit) -> relay to the other peers -> fold into the doc,
// strictly in arrival order (`DurablePipeline`), so nothing a peer can see (relayed update or sync reply
// from the doc) is ever ahead of what storage holds durably. Relaying forwards the client's own bytes, so
// the doc is not needed on that path: durable updates reach it in batches (`FoldedDoc`). A client that
// asks (type 100) is told once its own earlier updates are durable, right after they are relayed.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { BoardId } from './board-id.js';
import { CloseCode } from './close-codes.js';
import type { BoardLink, BoardFanout } from './fanout.js';
import type { Logger } from './logger.js';
import { FoldedDoc } from './folded-doc.js';
import { DEFAULT_LIMITS } from './limits/relay-limits.js';
import type { RelayLimits } from './limits/relay-limits.js';
import { RoomGuard } from './limits/room-guard.js';
import { judgeReaderMessage } from './access/reader-guard.js';
import { feedPresence } from './presence/awareness-feed.js';
import type { PresenceRegistry } from './presence/presence-registry.js';
import { DurablePipeline } from './durable-pipeline.js';
import { decodeClientMessage, encodeAwarenessMessage, encodeSyncStep1 } from './protocol.js';
import type { ClientMessage } from './protocol.js';
import { relayEditOf, relayOrigin } from './relay-edit.js';
import { createRemoteSink, REMOTE } from './remote-sink.js';
import { SavedRequests } from './saved-requests.js';
import type { RelaySocket } from './socket.js';
import type { BoardStorage } from './storage/board-storage.js';
import { describeIssue } from './storage/board-storage.js';

export interface RoomConnection {
  readonly socket: RelaySocket;
  readonly userId: string | undefined;
  /** Awareness client ids this connection published; removed for everyone when it closes. */
  readonly awarenessClientIds: Set<number>;
  /** This connection's appends and its waiting "saved" requests. */
  readonly saves: SavedRequests;
  /** `read`: any frame that would change the room closes the socket (access/reader-guard.ts). */
  readonly access: 'read' | 'write';
  open: boolean;
}

export interface RoomDependencies {
  readonly boardId: BoardId;
  readonly storage: BoardStorage;
  readonly presence: PresenceRegistry;
  readonly logger: Logger;
  /** Other relay instances serving the same board (Redis); absent in a single-process relay. */
  readonly fanout?: BoardFanout;
  /** Called when the last connection has left (or loading failed): the registry decides about eviction. */
  readonly onIdle: (room: Room) => void;
  /** Rate, size and awareness limits (limits/relay-limits.ts); defaults when absent. */
  readonly limits?: RelayLimits;
}

const MAX_CLOSE_REASON = 120; // WebSocket close reasons are limited to 123 bytes.

export class Room {
  private readonly board: FoldedDoc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<RoomConnection>();
  private readonly pipeline: DurablePipeline<RoomConnection>;
  private readonly guard: RoomGuard<RoomConnection>;
  private readonly ready: Promise<boolean>;
  private joining = 0;
  private failed = false;
  private destroyed = false;
  private link: BoardLink | null = null;
  /** The relay's own edits, one at a time: each is made on the doc as the previous one left it. */
  private edits: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RoomDependencies) {
    this.board = new FoldedDoc(deps.boardId, deps.logger);
    this.awareness = new awarenessProtocol.Awareness(this.board.raw);
    // The relay has no presence of its own; a local state would be broadcast to every client.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.pipeline = new DurablePipeline({
      boardId: deps.boardId,
      storage: deps.storage,
      connections: this.connections,
      hold: (update) => {
        this.board.hold(update);
        this.guard.held(update);
      },
      onAppendFailed: (error) => this.storageFailed(error),
    });
    this.guard = new RoomGuard<RoomConnection>({
      limits: deps.limits ?? DEFAULT_LIMITS,
      logger: deps.logger,
      boardId: deps.boardId,
      doc: () => this.doc,
      awarenessStates: () => this.awareness.getStates(),
      persist: (connection, update, frame) => this.pipeline.persistThenRelay(connection, update, frame),
      requestSaved: (connection, requestId) => this.pipeline.requestSaved(connection, requestId),
      close: (connection, code, reason) => {
        connection.socket.close(code, reason);
        this.leave(connection);
      },
    });
    this.ready = this.load();
  }

  get boardId(): BoardId {
    return this.deps.boardId;
  }

  /** The board as the relay holds it: everything durable so far (held updates are folded in first). */
  get doc(): Y.Doc {
    return this.board.current;
  }

  /** False once loading or an append failed: the room must be replaced, not joined. */
  get usable(): boolean {
    return !this.failed;
  }

  /** True when no connection is in or joining the room: it may leave memory. */
  get idle(): boolean {
    return this.connections.size === 0 && this.joining === 0;
  }

  /** Waits for the board to be loaded, then greets the client; null if it cannot join (socket already closed). */
  async join(socket: RelaySocket, userId: string | undefined, isOpen: () => boolean, access: 'read' | 'write' = 'write'): Promise<RoomConnection | null> {
    this.joining++;
    try {
      const loaded = await this.ready;
      if (!loaded || this.failed) {
        socket.close(CloseCode.STORAGE_UNAVAILABLE, 'board could not be loaded');
        return null;
      }
      if (!isOpen()) return null;
      const connection: RoomConnection = { socket, userId, awarenessClientIds: new Set(), saves: new SavedRequests(), access, open: true };
      this.connections.add(connection);
      this.guard.register(connection);
      socket.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
      const states = this.awareness.getStates();
      if (states.size > 0) {
        socket.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
      }
      return connection;
    } finally {
      this.joining--;
      if (this.idle) this.deps.onIdle(this);
    }
  }

  /**
   * Reads the loaded board without joining it (an export): counts as joining while it waits, so the room
   * is not evicted under it, and lets it go idle after. Null when the board could not be loaded.
   */
  async read<T>(reader: (doc: Y.Doc) => T): Promise<T | null> {
    this.joining++;
    try {
      const loaded = await this.ready;
      return !loaded || this.failed ? null : reader(this.doc);
    } finally {
      this.joining--;
      if (this.idle) this.deps.onIdle(this);
    }
  }

  /**
   * The relay's own edit (relay-edit.ts): stored, then sent to every peer. Resolves once the doc holds it:
   * true, or when `change` changed nothing; false when the board cannot load or storage failed.
   */
  write(change: (doc: Y.Doc) => void): Promise<boolean> {
    const edit = this.edits.then(async () => {
      this.joining++;
      try {
        if (!(await this.ready) || this.failed) return false;
        const update = relayEditOf(this.doc, change);
        if (update === null) return true;
        return await new Promise<boolean>((resolve) => this.pipeline.persistThenRelay(relayOrigin(), update, null, resolve));
      } finally {
        this.joining--;
        if (this.idle) this.deps.onIdle(this);
      }
    });
    this.edits = edit.catch(() => undefined);
    return edit;
  }

  /** Handles one frame from a joined connection. Never throws: bad input closes only that connection. */
  receive(connection: RoomConnection, frame: Uint8Array): void {
    if (!connection.open || !this.guard.admitFrame(connection, frame.byteLength)) return;
    const decoded = decodeClientMessage(frame);
    if (!decoded.ok) {
      this.refuse(connection, decoded.reason);
      return;
    }
    const message = decoded.message;
    if (connection.access === 'read' && !this.readerMay(connection, message)) return;
    switch (message.kind) {
      case 'sync-step-1':
        // One reply queued per socket at a time; requests meanwhile coalesce (limits/sync-replies.ts).
        this.guard.syncStep1(connection, message.stateVector);
        return;
      case 'sync-step-2':
        // A joining client sends its whole state; only what the board lacks is checked, stored and relayed.
        this.guard.syncStep2(connection, message.update);
        return;
      case 'update':
        this.guard.update(connection, message.update, message.frame, message.content);
        return;
      case 'awareness':
        try {
          const allowed = this.guard.awareness(connection, message.update, this.connections);
          if (allowed !== null) awarenessProtocol.applyAwarenessUpdate(this.awareness, allowed, connection);
        } catch (error) {
          this.refuse(connection, `awareness update rejected: ${String(error)}`);
        }
        return;
      case 'query-awareness': {
        const ids = [...this.awareness.getStates().keys()];
        if (ids.length > 0) connection.socket.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
        return;
      }
      case 'saved-request':
        this.guard.savedRequest(connection, message.requestId);
        return;
    }
  }

  /** The connection closed: forget it and tell everyone its awareness states are gone. */
  leave(connection: RoomConnection): void {
    if (!this.connections.delete(connection)) return;
    connection.open = false;
    this.guard.forget(connection);
    if (connection.awarenessClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClientIds], null);
    }
    if (this.idle) this.deps.onIdle(this);
  }

  /** Closes every connection (shutdown or storage failure). */
  closeAll(code: number, reason: string): void {
    for (const connection of [...this.connections]) {
      connection.socket.close(code, reason);
      this.leave(connection);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.pipeline.stop();
    this.guard.stop();
    this.link?.close();
    this.link = null;
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.board.destroy();
  }

  private async load(): Promise<boolean> {
    const { boardId, storage, logger } = this.deps;
    try {
      const loaded = await storage.load(boardId);
      for (const issue of loaded.issues) logger.warn(describeIssue(issue), { boardId });
      this.board.load(loaded.updates);
      this.guard.loaded(loaded.updates.reduce((bytes, update) => bytes + update.byteLength, 0));
      if (this.deps.fanout !== undefined && !this.destroyed) {
        const room = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the sink reads the doc through the folding getter
        const sink = createRemoteSink({
          boardId, get doc() { return room.doc; }, awareness: this.awareness, connections: this.connections, logger, alive: () => !this.destroyed,
        });
        this.link = this.deps.fanout.open(boardId, sink);
      }
      return true;
    } catch (error) {
      logger.error('board failed to load', { boardId, error });
      this.failed = true;
      return false;
    }
  }

  /** A reader's frame that would change the room closes its socket (4403) before anything acts on it. */
  private readerMay(connection: RoomConnection, message: ClientMessage): boolean {
    const verdict = judgeReaderMessage(message, this.doc);
    if (verdict.ok) return true;
    this.deps.logger.warn('closing connection: read-only link tried to write', { boardId: this.boardId, reason: verdict.reason });
    connection.socket.close(CloseCode.FORBIDDEN, verdict.reason);
    this.leave(connection);
    return false;
  }

  private refuse(connection: RoomConnection, reason: string): void {
    this.deps.logger.warn('closing connection: malformed frame', { boardId: this.boardId, reason });
    connection.socket.close(CloseCode.MALFORMED_MESSAGE, `malformed frame: ${reason}`.slice(0, MAX_CLOSE_REASON));
    this.leave(connection);
  }

  /** Without durable storage nothing may be relayed: drop everyone so clients resync once storage is back. */
  private storageFailed(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.logger.error('append failed; closing the room', { boardId: this.boardId, error });
    this.closeAll(CloseCode.STORAGE_UNAVAILABLE, 'storage unavailable');
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const source = this.connections.has(origin as RoomConnection) ? (origin as RoomConnection) : null;
    if (source !== null) {
      for (const id of added) source.awarenessClientIds.add(id);
      for (const id of updated) source.awarenessClientIds.add(id);
      for (const id of removed) source.awarenessClientIds.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeAwarenessMessage(update);
    for (const connection of this.connections) {
      if (connection !== source) connection.socket.send(message);
    }
    // Remote peers are published and recorded in presence by their own instance.
    if (origin === REMOTE) return;
    this.link?.publishAwareness(update);
    const { boardId, presence, logger } = this.deps;
    feedPresence(presence, boardId, { updated: [...added, ...updated], removed }, this.awareness.getStates(), logger);
  };
}
