// The front door: one line on what Napkin is, a button that opens a fresh board, and the boards this
// browser has opened with how many people are on each right now. The board id comes from `newId()`
// (132 random bits), so a board's URL is its only key.
import { newId } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { parseBoardId } from '../route/route';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { forgetBoard, loadRecentBoards } from './recentBoards';
import { RecentBoards } from './RecentBoards';
import { useLiveCounts } from './useLiveCounts';

export interface LandingPageProps {
  readonly onOpenBoard: (boardId: BoardId) => void;
  readonly storage: NameStorage | null;
}

export function LandingPage({ onOpenBoard, storage }: LandingPageProps) {
  const [boards, setBoards] = useState(() => loadRecentBoards(storage));
  const counts = useLiveCounts(boards.map((board) => board.id));

  // Another tab opening a board updates the list here too.
  useEffect(() => {
    const onStorage = () => setBoards(loadRecentBoards(storage));
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const openNewBoard = () => {
    const boardId = parseBoardId(newId());
    // newId() always fits the board id pattern; the check keeps the two definitions honest.
    if (boardId === null) throw new Error('newId() produced an id that is not a valid board id');
    onOpenBoard(boardId);
  };

  return (
    <main className="landing">
      <h1>Napkin</h1>
      <p className="tagline">
        Sketch a system design together in real time, and see what it can carry before you build it.
      </p>
      <button type="button" className="primary" data-testid="new-board" onClick={openNewBoard}>
        New board
      </button>
      <p className="hint">Share the board&rsquo;s address with anyone you want to draw with.</p>
      <RecentBoards
        boards={boards}
        counts={counts}
        now={Date.now()}
        onOpen={onOpenBoard}
        onForget={(id) => setBoards(forgetBoard(storage, id))}
      />
    </main>
  );
}
