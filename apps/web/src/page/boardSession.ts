// Everything one open board needs, created together and torn down together: the connection (doc +
// provider), the typed Board over the doc, and this user's undo manager. A fresh origin object per
// session marks "my" transactions, so undo only ever takes back what this tab did.
import { Board, createUndoManager, migrate } from '@napkin/doc';
import { startTransition, useLayoutEffect, useState } from 'react';
import type * as Y from 'yjs';
import { holdReadOnly } from '../access/readOnly';
import type { BoardId } from '../route/route';
import { createConnection, followBrowserOnline } from '../sync/createConnection';
import type { BoardConnection } from '../sync/createConnection';
import type { EarlySocket } from '../sync/earlySocket';

export interface BoardSession {
  readonly connection: BoardConnection;
  readonly board: Board;
  readonly undoManager: Y.UndoManager;
  /** The transaction origin of this tab's edits (tracked by `undoManager`). */
  readonly localOrigin: object;
  readonly close: () => void;
}

/**
 * `readOnly`: a reader's session migrates nothing, sends no updates and says it is viewing. `earlySocket`:
 * the board's socket dialled by the boot script, taken over if it is for this board and link.
 */
export function openBoardSession(boardId: BoardId, relayUrl: string, token: string | null = null, readOnly = false, earlySocket: EarlySocket | null = null): BoardSession {
  const connection = createConnection(boardId, relayUrl, token, earlySocket);
  if (readOnly) holdReadOnly(connection.provider);
  const localOrigin = { user: 'local', boardId };
  const board = new Board(connection.ydoc, { localOrigin });
  const undoManager = createUndoManager(connection.ydoc, localOrigin);

  // Migrate once the shared state has arrived: migrating an unsynced empty copy would stamp it current.
  const onSync = (synced: boolean) => {
    if (!synced || readOnly) return;
    const report = migrate(connection.ydoc);
    if (report.kind === 'newer') {
      console.warn(`board schema v${report.found} is newer than this app (v${report.supported}); reading what we can`);
    }
  };
  connection.provider.on('sync', onSync);
  const stopFollowingOnline = followBrowserOnline(connection.provider, window, () => navigator.onLine);
  // Listeners on: an early socket's open and first frames now, so the board view's first render shows "connected".
  connection.deliverEarly();

  return {
    connection,
    board,
    undoManager,
    localOrigin,
    close: () => {
      stopFollowingOnline();
      connection.provider.off('sync', onSync);
      undoManager.destroy();
      connection.close();
    },
  };
}

/**
 * Opens the board session when the page mounts and closes it when it unmounts. Opening happens in
 * an effect (not during render) so React's StrictMode double-mount closes the first session cleanly; a
 * layout effect, so the board view's render is queued as the page's shell commits, not after its paint.
 */
export function useBoardSession(boardId: BoardId, relayUrl: string, token: string | null = null, readOnly = false, earlySocket: EarlySocket | null = null): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useLayoutEffect(() => {
    const opened = openBoardSession(boardId, relayUrl, token, readOnly, earlySocket);
    // As a transition: a render of its own right after this commit, whose mount effects (the analysis worker,
    // side-room sockets) run after the board has been drawn, not before as a synchronous update's would.
    startTransition(() => setSession(opened));
    return () => {
      setSession(null);
      opened.close();
    };
  }, [boardId, relayUrl, token, readOnly, earlySocket]);
  return session;
}
