// Feeds the save state machine (saveState.ts) from one board's provider and doc: counts this tab's edits,
// asks the relay "tell me once what I sent is durable" (message type 100) after a tick's edits (at most
// once per SAVE_REQUEST_INTERVAL_MS while edits keep coming) and after every sync, and reads its answers.
// Only our relay knows type 100; the official y-websocket relay would ignore the requests, and it never
// sends the type, so the handler below only ever sees our relay's answers.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { INITIAL_SAVE_STATE, recordAnswer, recordEdit, recordSocketLost, recordSync, requestAfterEdits } from './saveState';
import type { RequestToSend, SaveState } from './saveState';

/** `MessageType.SAVED` in server/src/protocol.ts: `[100][varuint requestId]` both ways. */
export const SAVED_MESSAGE_TYPE = 100;

/**
 * At most one request per this long while edits keep coming (a drag sends 60 updates a second): each
 * request and its answer cost the relay a message, and one per update was 11 % of its CPU per delivered
 * update in the 10 rooms × 10 clients bench. The last edits of a burst are asked about at most this late.
 */
export const SAVE_REQUEST_INTERVAL_MS = 1000;

export interface SaveTracker {
  /** The current state; a new object whenever it changed (for useSyncExternalStore). */
  getState(): SaveState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export function encodeSavedRequest(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SAVED_MESSAGE_TYPE);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}

/**
 * Starts tracking. Call right after constructing the provider: the provider sends each local update from
 * its own doc 'update' handler, registered in its constructor, so ours runs after it and a request queued
 * from ours (a microtask, one per tick) goes out on the socket after the tick's updates.
 */
export function trackSaves(provider: WebsocketProvider, doc: Y.Doc, now: () => number = Date.now): SaveTracker {
  let state = INITIAL_SAVE_STATE;
  const listeners = new Set<() => void>();
  let requestQueued = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastRequestAt = -Infinity;
  let destroyed = false;

  const change = (next: SaveState): void => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };

  // A request the socket cannot take is still recorded: the socket is closing, and its close clears it.
  const send = (asked: RequestToSend | null): void => {
    if (asked === null) return;
    change(asked.state);
    lastRequestAt = now();
    const socket = provider.ws;
    if (socket !== null && socket.readyState === socket.OPEN) socket.send(encodeSavedRequest(asked.requestId));
  };

  const askNow = (): void => {
    requestQueued = false;
    timer = null;
    if (!destroyed) send(requestAfterEdits(state));
  };

  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    // The provider applies what the relay (or another tab, over BroadcastChannel) sent with itself as
    // origin; everything else is this tab's own edit, which the provider has just sent.
    if (origin === provider) return;
    change(recordEdit(state, now()));
    if (requestQueued) return;
    requestQueued = true;
    const wait = lastRequestAt + SAVE_REQUEST_INTERVAL_MS - now();
    if (wait > 0) timer = setTimeout(askNow, wait);
    else queueMicrotask(askNow);
  };

  // 'sync' true comes with the relay's sync step 2, after this tab's own step 2 went out on the socket.
  const onSync = (synced: boolean): void => (synced ? send(recordSync(state)) : change(recordSocketLost(state)));
  const onClose = (): void => change(recordSocketLost(state));

  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  // y-websocket looks up a handler per message type; it calls ours only for frames of its current socket.
  provider.messageHandlers[SAVED_MESSAGE_TYPE] = (_reply, decoder) => {
    let requestId: number;
    try {
      requestId = decoding.readVarUint(decoder);
    } catch (error) {
      console.warn('ignored a malformed saved answer from the relay', error);
      return;
    }
    change(recordAnswer(state, requestId));
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    destroy: () => {
      destroyed = true;
      if (timer !== null) clearTimeout(timer);
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      listeners.clear();
    },
  };
}
