// One board's live connection: the Y.Doc that holds the board and the y-websocket provider that
// syncs it with the relay at `<origin>/ws/<boardId>`. The doc outlives socket drops: y-websocket
// keeps local edits in it and sends them when the socket comes back, so nothing here tears the
// doc down except leaving the board page.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BoardId } from '../app/route';

export interface BoardConnection {
  readonly boardId: BoardId;
  readonly ydoc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Disconnects and frees the doc; call once, when the board page unmounts. */
  readonly close: () => void;
}

/** `ws://host/ws` for `http://host`, `wss://host/ws` for `https://host`. */
export function relayUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

export function createConnection(boardId: BoardId, relayUrl: string): BoardConnection {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(relayUrl, boardId, ydoc, {
    // Reconnect quickly after a relay restart; the default backoff is fine beyond that.
    maxBackoffTime: 2000,
  });
  return {
    boardId,
    ydoc,
    provider,
    close: () => {
      provider.destroy();
      ydoc.destroy();
    },
  };
}
