// The board's relay socket, dialled by the boot script (boot/boardBoot.ts) while the app's code is still
// arriving, and the WebSocket class that hands it to y-websocket's provider instead of dialling a second
// time (issue 18, first load: the socket used to be opened only after the board view's first render, and
// its upgrade, access check and first frames then came after all of the page's own work).
//
// y-websocket sets the socket's `on*` handlers right after constructing it. A socket that is already
// open has fired its `open` event and may have received frames (the relay's sync step 1 and presence)
// with nobody listening: those were kept and are replayed to the provider's handlers, open first, in the
// same order, once the provider has set them: when the session says its own listeners are attached
// (boardSession.ts; the board view's first render then already shows "connected"), at the latest in a
// microtask (before any later frame can be delivered, since frames arrive as tasks). A socket that closed before it was taken is not handed out: the provider
// dials afresh and sees for itself why (a refused link, a relay restart).

/** The part of the WebSocket constructor this needs (the browser's, or a test's). */
export interface SocketClass {
  new (url: string): WebSocket;
  readonly OPEN: number;
  readonly CLOSING: number;
}

export interface EarlySocket {
  readonly url: string;
  /** The socket, once, if it is for `url` and still open or opening; null otherwise. */
  take(url: string): TakenSocket | null;
}

export interface TakenSocket {
  readonly socket: WebSocket;
  /** Delivers what the socket saw before it was taken to the handlers set on it since; later calls do nothing. */
  readonly replay: () => void;
}

/** Not taken by then (the board never opened: no access, another page), the socket is closed. */
export const ABANDON_AFTER_MS = 15_000;

export function openEarlySocket(url: string, Native: SocketClass = WebSocket, abandonAfterMs = ABANDON_AFTER_MS): EarlySocket {
  const socket = new Native(url);
  // As y-websocket sets it; frames received before the handover are kept in this form.
  socket.binaryType = 'arraybuffer';
  const kept: MessageEvent[] = [];
  const keep = (event: MessageEvent) => kept.push(event);
  socket.addEventListener('message', keep);
  let taken = false;
  const abandon = setTimeout(() => {
    if (taken) return;
    taken = true;
    socket.removeEventListener('message', keep);
    socket.close();
  }, abandonAfterMs);
  return {
    url,
    take: (wanted) => {
      if (taken || wanted !== url || socket.readyState >= Native.CLOSING) return null;
      taken = true;
      clearTimeout(abandon);
      socket.removeEventListener('message', keep);
      let pending = socket.readyState === Native.OPEN;
      return {
        socket,
        replay: () => {
          if (!pending) return;
          pending = false;
          socket.onopen?.(new Event('open'));
          for (const event of kept) socket.onmessage?.(event);
        },
      };
    },
  };
}

/**
 * A WebSocket class for the provider's `WebSocketPolyfill` option: constructing it for the early socket's
 * URL gives the early socket (once), and `onTaken` its replay to call once the caller's listeners are on
 * the provider; anything else dials as usual.
 */
export function socketClassWith(early: EarlySocket | null, onTaken: (replay: () => void) => void = () => {}, Native: typeof WebSocket = WebSocket): typeof WebSocket {
  return class HandingOver extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      const taken = early?.take(String(url)) ?? null;
      if (taken !== null) {
        onTaken(taken.replay);
        queueMicrotask(taken.replay);
        // A constructor may return another object: the provider gets the socket that is already dialled.
        return taken.socket as HandingOver;
      }
      super(url, protocols);
    }
  };
}
