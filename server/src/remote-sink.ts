// How a room takes in what other relay instances send (fan-out over Redis). Their updates are durable in
// shared storage already, so they are applied and relayed at once, like a durable batch of our own.
// Everything applied here carries the REMOTE origin: the room relays it to its local peers but never
// publishes it back or records it in presence (the instance that owns those peers does that).
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { BoardId } from './board-id.js';
import type { FanoutSink } from './fanout.js';
import type { Logger } from './logger.js';
import { messagesForBatch } from './relay-batch.js';
import type { RelaySocket } from './socket.js';

export const REMOTE = Symbol('remote instance');

export interface RemoteSinkTarget {
  readonly boardId: BoardId;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections: ReadonlySet<{ readonly socket: RelaySocket; readonly awarenessClientIds: ReadonlySet<number> }>;
  readonly logger: Logger;
  /** False once the room left memory: late deliveries are dropped. */
  readonly alive: () => boolean;
}

export function createRemoteSink(room: RemoteSinkTarget): FanoutSink {
  return {
    applyRemoteUpdates: (updates) => {
      if (!room.alive() || updates.length === 0) return;
      for (const update of updates) {
        try {
          Y.applyUpdate(room.doc, update, REMOTE);
        } catch (error) {
          room.logger.warn('remote update failed to apply; skipped', { boardId: room.boardId, error });
        }
      }
      // One write per peer, as for a local group commit.
      const messages = messagesForBatch(updates.map((update) => ({ update, frame: null })));
      for (const connection of room.connections) connection.socket.sendAll(messages);
    },
    applyRemoteAwareness: (update) => {
      if (!room.alive()) return;
      try {
        awarenessProtocol.applyAwarenessUpdate(room.awareness, update, REMOTE);
      } catch (error) {
        room.logger.warn('remote awareness update rejected', { boardId: room.boardId, error });
      }
    },
    localAwareness: () => {
      const ids = [...room.connections].flatMap((connection) => [...connection.awarenessClientIds]);
      return ids.length === 0 ? null : awarenessProtocol.encodeAwarenessUpdate(room.awareness, ids);
    },
    fullState: () => Y.encodeStateAsUpdate(room.doc),
  };
}
