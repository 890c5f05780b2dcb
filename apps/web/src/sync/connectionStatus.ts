// What the status badge shows, derived from two independent signals: the provider's socket state
// and the browser's idea of being online, plus how the relay last closed the socket (relayCloses.ts).
// Pure, so every combination is unit-tested.
import { CLOSE_MESSAGE } from './relayCloses';
import type { FinalClose, LimitClose } from './relayCloses';

/**
 * The three states y-websocket reports in its `status` event, plus the ways the relay can end the
 * connection for good (a 44xx close after which y-websocket stops retrying): refused (bad board id, not
 * allowed), revoked (4410), the board full or a change too large (4413).
 */
export type SocketState = 'connecting' | 'connected' | 'disconnected' | FinalClose;

export type ConnectionStatus =
  /** First connection attempt since the page opened; nothing has been lost yet. */
  | 'connecting'
  | 'connected'
  /** We were connected before and the provider is retrying; edits queue in the local doc. */
  | 'reconnecting'
  /** The browser says there is no network; edits queue in the local doc. */
  | 'offline'
  /** The relay turned this connection away for good (relayCloses.ts says why); retrying will not help. */
  | FinalClose
  /** Reconnecting after one of the relay's limits closed the socket (relayCloses.ts says which). */
  | LimitClose;

export interface StatusInputs {
  readonly socket: SocketState;
  readonly browserOnline: boolean;
  /** Whether this page has been connected at least once (tells "connecting" from "reconnecting"). */
  readonly everConnected: boolean;
  /** The relay limit that closed the socket this tab is reconnecting from; null once connected again. */
  readonly limit?: LimitClose | null;
}

/** What the status hook remembers about the socket between events. */
export interface SocketHistory {
  readonly socket: SocketState;
  readonly everConnected: boolean;
  readonly limit: LimitClose | null;
}

/** Records a socket state; once connected, the history remembers it for good and forgets the limit. */
export function recordSocketState(history: SocketHistory, socket: SocketState): SocketHistory {
  const everConnected = history.everConnected || socket === 'connected';
  const limit = socket === 'connected' ? null : history.limit;
  return history.socket === socket && history.everConnected === everConnected && history.limit === limit ? history : { socket, everConnected, limit };
}

/** Records a close by one of the relay's limits (null: any other close, which names no limit). */
export function recordLimitClose(history: SocketHistory, limit: LimitClose | null): SocketHistory {
  return history.limit === limit ? history : { ...history, limit };
}

export function deriveStatus({ socket, browserOnline, everConnected, limit = null }: StatusInputs): ConnectionStatus {
  if (!browserOnline) return 'offline';
  switch (socket) {
    case 'connected':
      return 'connected';
    case 'connecting':
    case 'disconnected':
      if (limit !== null) return limit;
      return everConnected ? 'reconnecting' : 'connecting';
    case 'refused':
    case 'revoked':
    case 'board-full':
    case 'change-too-large':
      return socket;
    default: {
      const unknown: never = socket;
      throw new Error(`unknown socket state ${String(unknown)}`);
    }
  }
}

export const STATUS_LABEL: Readonly<Record<ConnectionStatus, string>> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — edits will sync when back online',
  ...CLOSE_MESSAGE,
};
