// The toolbar's comment controls: "Comment" switches comment mode on (C does too; only for links that may
// write comments) and "Comments" opens the panel on the list of open threads, showing how many there are.
// While comment mode is on, a hint over the canvas says what the next click does.
import { openThreadCounts } from '@napkin/doc';
import { useMemo } from 'react';
import { CommentGlyph } from './CommentMarkers';
import type { BoardComments } from './useBoardComments';

export function CommentsToolbar({ comments }: { readonly comments: BoardComments }) {
  const { threads } = comments.snapshot;
  const open = useMemo(() => [...openThreadCounts(threads).values()].reduce((sum, count) => sum + count, 0), [threads]);
  if (comments.connection === null) return null;
  return (
    <div className="group" role="group" aria-label="Comments">
      {comments.writable && (
        <button
          type="button"
          data-testid="comment-mode"
          aria-pressed={comments.commenting}
          className={comments.commenting ? 'pressed' : undefined}
          title="Comment on a component, call or zone (C)"
          onClick={() => comments.setCommenting(!comments.commenting)}
        >
          <CommentGlyph /> Comment
        </button>
      )}
      <button
        type="button"
        data-testid="comments-toggle"
        title="Open threads on this board"
        onClick={() => (comments.panelOpen && comments.focus === null ? comments.closePanel() : comments.openPanel(null))}
      >
        Comments <span className="open-count" data-testid="open-thread-count" data-count={open}>{open}</span>
      </button>
    </div>
  );
}

export function CommentModeHint({ comments }: { readonly comments: BoardComments }) {
  if (!comments.commenting) return null;
  return (
    <div className="comment-mode-hint" data-testid="comment-mode-hint" role="status">
      Click a component, call or zone to comment on it · Esc to stop
    </div>
  );
}
