// Before a board opens: which link this tab holds for it (URL fragment or remembered) and what that link may
// do, asked of the relay. The page opens the board only once this is known, so a reader's tab never starts
// as a writer, and a missing or revoked link is said in words instead of a socket that will not open.
import { useEffect, useRef, useState } from 'react';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { fetchAccess } from './accessApi';
import type { AccessResult } from './accessApi';
import type { EarlyAccess } from './earlyAccess';
import { tokenForBoard } from './linkStore';
import type { Token } from './linkStore';

export type BoardGate = { readonly kind: 'loading' } | (AccessResult & { readonly token: Token | null });

/** `early`: the answer asked for as the page started (boot/boardBoot.ts), used when it is for this board and link. */
export function useBoardAccess(boardId: BoardId, storage: NameStorage | null, early: EarlyAccess | null = null): BoardGate {
  const [gate, setGate] = useState<BoardGate>(() => arrivedGate(boardId, storage, early));
  // Answered already in the first render (the early answer had arrived): nothing to ask.
  const answered = useRef(gate.kind !== 'loading');
  useEffect(() => {
    if (answered.current) return;
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

function arrivedGate(boardId: BoardId, storage: NameStorage | null, early: EarlyAccess | null): BoardGate {
  if (early === null) return { kind: 'loading' };
  const token = tokenForBoard(storage, boardId, window.location.hash);
  const answer = early.takeArrived(boardId, token);
  return answer === null ? { kind: 'loading' } : { ...answer, token };
}
