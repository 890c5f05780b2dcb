// The home page's list of boards this browser has opened, most recent first, each with how many
// people are on it right now (when the relay can tell).
import type { BoardId } from '../route/route';
import type { BoardPresence, LiveCounts } from './liveCounts';
import type { RecentBoard } from './recentBoards';
import './landing.css';

export interface RecentBoardsProps {
  readonly boards: readonly RecentBoard[];
  /** Null when counts are unknown: then no count is shown at all (not a misleading zero). */
  readonly counts: LiveCounts | null;
  readonly now: number;
  readonly onOpen: (id: BoardId) => void;
  readonly onForget: (id: BoardId) => void;
}

export function RecentBoards({ boards, counts, now, onOpen, onForget }: RecentBoardsProps) {
  if (boards.length === 0) return null;
  return (
    <section className="recent-boards" aria-label="Boards you opened">
      <h2>Your boards</h2>
      <ul data-testid="recent-boards">
        {boards.map((board) => (
          <li key={board.id} data-testid="recent-board" data-board-id={board.id}>
            <a
              href={`/b/${board.id}`}
              className="recent-title"
              onClick={(event) => {
                // Plain clicks stay in the app; modified clicks (new tab) use the link as is.
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                onOpen(board.id);
              }}
            >
              {board.title === '' ? 'Untitled board' : board.title}
            </a>
            <span className="recent-when">{timeAgo(now - board.lastOpened)}</span>
            {counts !== null && <LiveCount presence={counts.get(board.id)} />}
            <button type="button" className="recent-forget" title="Remove from this list" aria-label="Remove from this list" onClick={() => onForget(board.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LiveCount({ presence }: { presence: BoardPresence | undefined }) {
  const count = presence?.count ?? 0;
  return (
    <span
      className="live-count"
      data-testid="live-count"
      data-count={count}
      title={presence !== undefined && presence.names.length > 0 ? presence.names.join(', ') : undefined}
    >
      {count === 0 ? 'nobody here' : `${count} here now`}
    </span>
  );
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": coarse on purpose. */
export function timeAgo(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}
