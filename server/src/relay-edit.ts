// The relay's own edits to a room, for what must not depend on any browser: the interview timer's stamps
// (its commands are stamped with the relay's clock, interview/timer-route.ts) and a new session's problem,
// written when the session is made so every link knows it whoever opens first. An edit is made on a copy
// of the room's doc, never on the doc itself: the doc is what joining clients are sent, and nothing may
// reach them before storage holds it. The update the copy records then takes the path a client's update
// takes (stored, relayed to every peer, held), from an origin that is no peer, so all of them get it.
import * as Y from 'yjs';
import { SavedRequests } from './saved-requests.js';
import type { RelaySocket } from './socket.js';

/** What `change` did to a copy of `doc`, as one update; null when it changed nothing. */
export function relayEditOf(doc: Y.Doc, change: (copy: Y.Doc) => void): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    copy.on('update', (update: Uint8Array) => updates.push(update));
    change(copy);
    return updates.length === 0 ? null : Y.mergeUpdates(updates);
  } finally {
    copy.destroy();
  }
}

/** Sends nothing: the relay's own edits have no socket to answer. */
const NO_SOCKET: RelaySocket = {
  send: () => undefined,
  sendAll: () => undefined,
  whenFlushed: (listener) => listener(),
  close: () => undefined,
  onMessage: () => undefined,
  onClose: () => undefined,
};

/**
 * The origin of the relay's own edits, shaped as a room connection (room.ts) but in no room's connection
 * set, so every peer is sent them; closed, so no "saved" answer is ever queued for it.
 */
export function relayOrigin(): { socket: RelaySocket; userId: undefined; awarenessClientIds: Set<number>; saves: SavedRequests; access: 'write'; open: boolean } {
  return { socket: NO_SOCKET, userId: undefined, awarenessClientIds: new Set(), saves: new SavedRequests(), access: 'write', open: false };
}
