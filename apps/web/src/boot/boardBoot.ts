// The board page's boot script: run as soon as it arrives, ahead of React and the board's code (board.html
// loads it as its own small async module; main.tsx imports the same module, so it runs once). Opened on a
// board, it asks the relay what the page's link may do and dials the board's socket at once, and the app
// takes both when the board page mounts (issue 18, first load: both used to wait for the app's code to
// arrive, run and render). It imports nothing heavy: no React, no Yjs, no zod.
import { askAccessEarly } from '../access/earlyAccess';
import type { EarlyAccess } from '../access/earlyAccess';
import { tokenForBoard } from '../access/linkStore';
import { parseRoute } from '../route/routePath';
import { openEarlySocket } from '../sync/earlySocket';
import type { EarlySocket } from '../sync/earlySocket';
import { boardSocketUrl, relayUrlFor } from '../sync/relayUrl';

export interface BootedBoard {
  readonly access: EarlyAccess;
  readonly socket: EarlySocket | null;
}

/** `localStorage` itself can throw on access (e.g. when cookies are blocked). */
export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function bootBoard(): BootedBoard | null {
  const route = parseRoute(window.location.pathname);
  if (route.page !== 'board') return null;
  const token = tokenForBoard(safeLocalStorage(), route.boardId, window.location.hash);
  return {
    access: askAccessEarly(route.boardId, token),
    // Without a link the relay would only refuse the socket (the page then says the board needs a link).
    socket: token === null ? null : openEarlySocket(boardSocketUrl(relayUrlFor(window.location), route.boardId, token)),
  };
}

/** What was started for the board this page was opened on; null on any other page. */
export const bootedBoard: BootedBoard | null = bootBoard();
