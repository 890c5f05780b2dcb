// One board's live connection: the Y.Doc that holds the board and the y-websocket provider that
// syncs it with the relay at `<origin>/ws/<boardId>`. The doc outlives socket drops: y-websocket
// keeps local edits in it and sends them when the socket comes back, so nothing here tears the
// doc down except leaving the board page. `saves` tells whether the relay holds this tab's edits durably.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BoardId } from '../route/route';
import { socketClassWith } from './earlySocket';
import type { EarlySocket } from './earlySocket';
import { DEFAULT_JITTER, isRetryableClose, reconnectWithJitter } from './jitteredReconnect';
import { trackSaves } from './saveTracker';
import type { SaveTracker } from './saveTracker';

export interface BoardConnection {
  readonly boardId: BoardId;
  readonly ydoc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly saves: SaveTracker;
  /**
   * Delivers what the boot script's socket saw before the provider took it (earlySocket.ts), once the
   * caller's listeners are on the provider; without a call it happens in a microtask.
   */
  readonly deliverEarly: () => void;
  /** Disconnects and frees the doc; call once, when the board page unmounts. */
  readonly close: () => void;
}

export { relayUrlFor } from './relayUrl';

/**
 * `token`: the link's capability, sent as `?k=` on the upgrade (server/README.md "Links and roles").
 * `early`: the socket the boot script dialled for this board (earlySocket.ts), used if its URL is the one
 * the provider dials; reconnects dial as usual.
 */
export function createConnection(boardId: BoardId, relayUrl: string, token: string | null = null, early: EarlySocket | null = null): BoardConnection {
  const ydoc = new Y.Doc();
  let deliverEarly = () => {};
  const provider = new WebsocketProvider(relayUrl, boardId, ydoc, {
    // Reconnects are ours (jitteredReconnect.ts); the provider only decides which closes are final.
    maxBackoffTime: 2000,
    shouldReconnect: (event) => isRetryableClose(event.code),
    ...(early === null ? {} : { WebSocketPolyfill: socketClassWith(early, (replay) => { deliverEarly = replay; }) }),
    ...(token === null ? {} : { params: { k: token } }),
  });
  // Right after the provider, before anyone edits: its update handler must precede ours (see trackSaves).
  const saves = trackSaves(provider, ydoc);
  const stopJitter = reconnectWithJitter(provider, { ...DEFAULT_JITTER, random: Math.random, shouldRetry: isRetryableClose });
  return {
    boardId,
    ydoc,
    provider,
    saves,
    deliverEarly: () => deliverEarly(),
    close: () => {
      saves.destroy();
      stopJitter();
      provider.destroy();
      ydoc.destroy();
    },
  };
}

/** The part of a WebsocketProvider this needs. */
export interface Connectable {
  connect(): void;
  disconnect(): void;
}

/**
 * Ties the relay connection to the browser's online state. When the browser says it is offline we
 * close the socket ourselves: a socket can linger for a long time on a dead network, and edits
 * sent into it would be lost in flight rather than kept in the doc. Going online reconnects at
 * once instead of waiting out the provider's backoff; y-websocket then syncs the queued edits.
 */
export function followBrowserOnline(provider: Connectable, events: EventTarget, isOnline: () => boolean): () => void {
  const onOnline = () => provider.connect();
  const onOffline = () => provider.disconnect();
  events.addEventListener('online', onOnline);
  events.addEventListener('offline', onOffline);
  if (!isOnline()) provider.disconnect();
  return () => {
    events.removeEventListener('online', onOnline);
    events.removeEventListener('offline', onOffline);
  };
}
