// The board's comments room: its own Y.Doc, synced by its own y-websocket provider with the relay's
// `<boardId>~comments` room, with the same link as the board (the relay's role table decides what the link
// may do there: a commenter writes comments without writing the board; viewers read them). It reconnects and
// follows the browser's online state like the board's connection, and a reader's provider never sends.
import { CommentThreads } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { RoomAccess } from '../access/accessApi';
import type { BoardId } from '../route/route';
import { openSideRoom, sideRoomName } from '../sync/sideRoom';

export interface CommentsConnection {
  readonly threads: CommentThreads;
  readonly provider: WebsocketProvider;
  /** May add, reply, resolve and reopen (the link's role writes the comments room). */
  readonly writable: boolean;
  readonly close: () => void;
}

/** The room's name on the relay (server/src/access/room-path.ts). */
export function commentsRoom(boardId: BoardId): string {
  return sideRoomName(boardId, 'comments');
}

export function openCommentsConnection(boardId: BoardId, relayUrl: string, token: string | null, access: Exclude<RoomAccess, 'none'>): CommentsConnection {
  const room = openSideRoom(boardId, 'comments', relayUrl, token, access);
  return { threads: new CommentThreads(room.ydoc), provider: room.provider, writable: room.writable, close: room.close };
}

/** Opens the comments room while the board is shown (none for a link without access to it). */
export function useCommentsConnection(boardId: BoardId, relayUrl: string, token: string | null, access: RoomAccess): CommentsConnection | null {
  const [connection, setConnection] = useState<CommentsConnection | null>(null);
  useEffect(() => {
    if (access === 'none') return undefined;
    const opened = openCommentsConnection(boardId, relayUrl, token, access);
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.close();
    };
  }, [boardId, relayUrl, token, access]);
  return connection;
}
