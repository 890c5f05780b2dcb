// Before a board opens: which link this tab holds for it (URL fragment or remembered) and what that link may
// do, asked of the relay. The page opens the board only once this is known, so a reader's tab never starts
// as a writer, and a missing or revoked link is said in words instead of a socket that will not open.
import { useEffect, useState } from 'react';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { fetchAccess } from './accessApi';
import type { AccessResult } from './accessApi';
import type { EarlyAccess } from './earlyAccess';
import { tokenForBoard } from './linkStore';
import type { Token } from './linkStore';

export type BoardGate = { readonly kind: 'loading' } | (AccessResult & { readonly token: Token | null });

/** `early`: the answer asked for as the page started (main.tsx), used when it is for this board and link. */
export function useBoardAccess(boardId: BoardId, storage: NameStorage | null, early: EarlyAccess | null = null): BoardGate {
  const [gate, setGate] = useState<BoardGate>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const token = tokenForBoard(storage, boardId, window.location.hash);
    void (early?.take(boardId, token) ?? fetchAccess(boardId, token)).then((result) => {
      if (live) setGate({ ...result, token });
    });
    return () => {
      live = false;
    };
  }, [boardId, storage, early]);
  return gate;
}
