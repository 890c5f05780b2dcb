// The front door: one line on what Napkin is and a button that opens a fresh board. The board id
// comes from `newId()` (132 random bits), so a board's URL is its only key.
import { newId } from '@napkin/doc';
import { parseBoardId } from '../app/route';
import type { BoardId } from '../app/route';

export interface LandingPageProps {
  readonly onOpenBoard: (boardId: BoardId) => void;
}

export function LandingPage({ onOpenBoard }: LandingPageProps) {
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
    </main>
  );
}
