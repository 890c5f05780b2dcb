// An in-memory RelaySocket pair: drives the relay core without `ws`, and lets a test see exactly which
// frames reached a peer and when.
import type { RelaySocket } from '../src/socket.js';

export interface MemoryPeer {
  /** The end handed to the relay. */
  readonly serverSide: RelaySocket;
  /** Frames the relay sent to this peer, in order. */
  readonly received: Uint8Array[];
  /** How many frames each write of the relay to this peer carried (`sendAll` writes several at once). */
  readonly writes: number[];
  readonly closed: { code: number; reason: string } | null;
  /** Bytes the relay sent that the peer has not read: all of them once `stopReading` was called. */
  readonly unreadBytes: number;
  /** The peer stops reading: what the relay sends stays queued, and nothing sent is ever flushed. */
  stopReading(): void;
  send(frame: Uint8Array): void;
  /** The peer goes away (as if its tab closed). */
  disconnect(): void;
}

export function createMemoryPeer(): MemoryPeer {
  const messageListeners: Array<(message: Uint8Array) => void> = [];
  const closeListeners: Array<() => void> = [];
  let reading = true;
  const bytesOf = (messages: readonly Uint8Array[]): number => messages.reduce((sum, message) => sum + message.byteLength, 0);
  const peer = {
    received: [] as Uint8Array[],
    writes: [] as number[],
    closed: null as { code: number; reason: string } | null,
    unreadBytes: 0,
    stopReading() {
      reading = false;
    },
    serverSide: null as unknown as RelaySocket,
    send(frame: Uint8Array) {
      if (peer.closed === null) for (const listener of messageListeners) listener(frame);
    },
    disconnect() {
      end(1000, 'peer left');
    },
  };
  const end = (code: number, reason: string): void => {
    if (peer.closed !== null) return;
    peer.closed = { code, reason };
    // Asynchronous, like a real socket's close event.
    queueMicrotask(() => closeListeners.forEach((listener) => listener()));
  };
  peer.serverSide = {
    send: (message, trailer) => {
      if (peer.closed !== null) return;
      peer.received.push(message, ...(trailer === undefined ? [] : [trailer]));
      peer.writes.push(trailer === undefined ? 1 : 2);
      if (!reading) peer.unreadBytes += bytesOf([message, ...(trailer === undefined ? [] : [trailer])]);
    },
    sendAll: (messages, trailer) => {
      if (peer.closed !== null) return;
      peer.received.push(...messages, ...(trailer === undefined ? [] : [trailer]));
      peer.writes.push(messages.length + (trailer === undefined ? 0 : 1));
      if (!reading) peer.unreadBytes += bytesOf([...messages, ...(trailer === undefined ? [] : [trailer])]);
    },
    // A reading peer takes everything at once; one that stopped reading never lets a write finish.
    whenFlushed: (listener) => {
      if (reading) queueMicrotask(listener);
    },
    close: end,
    onMessage: (listener) => messageListeners.push(listener),
    onClose: (listener) => closeListeners.push(listener),
  };
  return peer;
}
