// The front door: one line on what Napkin is, a button that opens a fresh board, reference architectures
// and files to start one from, and the boards this browser has opened with how many people are on each
// right now. A new board is made by the relay (POST /api/boards), which hands back its owner link; the
// board id alone opens nothing.
import { useEffect, useMemo, useState } from 'react';
import { createBoard } from '../access/accessApi';
import { StartFrom } from '../home/StartFrom';
import type { PendingImports } from '../import/pendingImport';
import { holdToken } from '../access/linkStore';
import { presenceFetchWithLinks } from '../access/presenceWithLinks';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { forgetBoard, loadRecentBoards } from './recentBoards';
import { RecentBoards } from './RecentBoards';
import { useLiveCounts } from './useLiveCounts';

export interface LandingPageProps {
  readonly onOpenBoard: (boardId: BoardId) => void;
  /** Opens the interview problem library. */
  readonly onOpenInterviews: () => void;
  readonly storage: NameStorage | null;
  /** Where a template or file opened from here waits for its new board. */
  readonly pendingImports: PendingImports;
}

export function LandingPage({ onOpenBoard, onOpenInterviews, storage, pendingImports }: LandingPageProps) {
  const [boards, setBoards] = useState(() => loadRecentBoards(storage));
  const fetchWithLinks = useMemo(() => presenceFetchWithLinks(storage), [storage]);
  const counts = useLiveCounts(boards.map((board) => board.id), fetchWithLinks);
  const [failure, setFailure] = useState('');

  // Another tab opening a board updates the list here too.
  useEffect(() => {
    const onStorage = () => setBoards(loadRecentBoards(storage));
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  // The relay makes the board and its owner link; this browser keeps the link (it opens the share panel).
  const openNewBoard = () => {
    createBoard().then(
      ({ boardId, token }) => {
        holdToken(storage, boardId, token);
        onOpenBoard(boardId);
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
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
      {failure !== '' && <p className="error" role="alert">{failure}</p>}
      <p className="hint">Share the board with links from its Share menu: one per role (edit, view, comment…).</p>
      <StartFrom storage={storage} onOpenBoard={onOpenBoard} pendingImports={pendingImports} />
      <p className="interview-link">
        <a href="/interviews" data-testid="open-interviews" onClick={(event) => { event.preventDefault(); onOpenInterviews(); }}>
          Interview problems…
        </a>{' '}
        twenty system-design problems to run a mock interview on, or to practise alone.
      </p>
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
