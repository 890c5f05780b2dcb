// What the web app does to learn that its edits are durable (apps/web/src/sync/saveTracker.ts), for bench
// clients: after a tick's local updates one "saved" request (type 100) on the provider's socket, behind
// the tick's update messages, at most one per second while edits keep coming; the relay's answers are
// read through `provider.messageHandlers[100]`. Only our relay is asked: @y/websocket-server 0.1.1's
// message listener has no case for type 100 and ignores it (no reply, no close), so asking it would only
// charge the reference for parsing frames it has no use for.
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { encodeSavedMessage, MessageType } from '../src/protocol.js';

/** As the web app: at most one request per this long while edits keep coming (SAVE_REQUEST_INTERVAL_MS). */
const SAVE_REQUEST_INTERVAL_MS = 1000;

/** Bench clients ask unless `BENCH_ACKS=off`: the printed ratios mean "with acknowledgements on". */
export const ASK_SAVED_BY_DEFAULT = process.env.BENCH_ACKS !== 'off';

/**
 * Starts asking after every tick of local updates; `onAnswer` gets, per answered request (an answer for id
 * n answers every earlier id), the milliseconds from sending it to the answer.
 */
export function askSavedAfterUpdates(provider: WebsocketProvider, doc: Y.Doc, onAnswer: (waitedMs: number) => void): void {
  let nextId = 1;
  /** Request id → when it was sent, in id order (a Map iterates in insertion order). */
  const sentAt = new Map<number, number>();
  let queued = false;
  let lastAskedAt = -Infinity;

  const ask = (): void => {
    queued = false;
    lastAskedAt = performance.now();
    const socket = provider.ws;
    if (socket === null || socket.readyState !== socket.OPEN || !provider.synced) return;
    const requestId = nextId++;
    sentAt.set(requestId, performance.now());
    socket.send(encodeSavedMessage(requestId));
  };

  // Registered after the provider's own handler, so the request goes out after the tick's update message.
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || queued) return;
    queued = true;
    const wait = lastAskedAt + SAVE_REQUEST_INTERVAL_MS - performance.now();
    if (wait > 0) setTimeout(ask, wait);
    else queueMicrotask(ask);
  });
  provider.on('connection-close', () => sentAt.clear());
  provider.messageHandlers[MessageType.SAVED] = (_reply, decoder) => {
    const answered = decoding.readVarUint(decoder);
    // Sent and answered in this process: its own clock will do.
    const now = performance.now();
    for (const [requestId, at] of sentAt) {
      if (requestId > answered) break;
      onAnswer(now - at);
      sentAt.delete(requestId);
    }
  };
}
