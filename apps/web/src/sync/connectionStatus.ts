// What the status badge shows, derived from two independent signals: the provider's socket state
// and the browser's idea of being online. Pure, so every combination is unit-tested.

/**
 * The three states y-websocket reports in its `status` event, plus `refused`: the relay closed the
 * socket with a 44xx code (bad board id, not allowed), after which y-websocket stops retrying.
 */
export type SocketState = 'connecting' | 'connected' | 'disconnected' | 'refused' | 'revoked';

export type ConnectionStatus =
  /** First connection attempt since the page opened; nothing has been lost yet. */
  | 'connecting'
  | 'connected'
  /** We were connected before and the provider is retrying; edits queue in the local doc. */
  | 'reconnecting'
  /** The browser says there is no network; edits queue in the local doc. */
  | 'offline'
  /** The relay turned this connection away for good; retrying will not help until something changes. */
  | 'refused'
  /** The board's owner revoked the link this tab came in with (close code 4410). */
  | 'revoked';

export interface StatusInputs {
  readonly socket: SocketState;
  readonly browserOnline: boolean;
  /** Whether this page has been connected at least once (tells "connecting" from "reconnecting"). */
  readonly everConnected: boolean;
}

/** What the status hook remembers about the socket between events. */
export interface SocketHistory {
  readonly socket: SocketState;
  readonly everConnected: boolean;
}

/** Records a socket state; once connected, the history remembers it for good. */
export function recordSocketState(history: SocketHistory, socket: SocketState): SocketHistory {
  const everConnected = history.everConnected || socket === 'connected';
  return history.socket === socket && history.everConnected === everConnected ? history : { socket, everConnected };
}

export function deriveStatus({ socket, browserOnline, everConnected }: StatusInputs): ConnectionStatus {
  if (!browserOnline) return 'offline';
  switch (socket) {
    case 'connected':
      return 'connected';
    case 'connecting':
    case 'disconnected':
      return everConnected ? 'reconnecting' : 'connecting';
    case 'refused':
      return 'refused';
    case 'revoked':
      return 'revoked';
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
  refused: 'Refused by the server — reload to try again',
  revoked: 'This link was revoked by the board’s owner',
};
