// A board's side room (`<boardId>~comments`, `~session`, `~notes`): its own Y.Doc, synced by its own
// y-websocket provider with the same link as the board; the relay's role table decides what the link may do
// there. It reconnects with jitter and follows the browser's online state like the board's connection, and a
// reader's provider never sends. Comments and the interview rooms all open through here.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { RoomAccess } from '../access/accessApi';
import { holdReadOnly } from '../access/readOnly';
import type { BoardId } from '../route/route';
import { followBrowserOnline } from './createConnection';
import { DEFAULT_JITTER, isRetryableClose, reconnectWithJitter } from './jitteredReconnect';

export type SideRoomKind = 'comments' | 'session' | 'notes';

export interface SideRoom {
  readonly ydoc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The link's role writes this room. */
  readonly writable: boolean;
  readonly close: () => void;
}

/** The room's name on the relay (server/src/access/room-path.ts). */
export function sideRoomName(boardId: BoardId, kind: SideRoomKind): string {
  return `${boardId}~${kind}`;
}

export function openSideRoom(boardId: BoardId, kind: SideRoomKind, relayUrl: string, token: string | null, access: Exclude<RoomAccess, 'none'>): SideRoom {
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(relayUrl, sideRoomName(boardId, kind), ydoc, {
    maxBackoffTime: 2000,
    shouldReconnect: (event) => isRetryableClose(event.code),
    ...(token === null ? {} : { params: { k: token } }),
  });
  const writable = access === 'write';
  if (!writable) holdReadOnly(provider);
  const stopJitter = reconnectWithJitter(provider, { ...DEFAULT_JITTER, random: Math.random, shouldRetry: isRetryableClose });
  const stopFollowingOnline = followBrowserOnline(provider, window, () => navigator.onLine);
  return {
    ydoc,
    provider,
    writable,
    close: () => {
      stopFollowingOnline();
      stopJitter();
      provider.destroy();
      ydoc.destroy();
    },
  };
}
