// The comments panel over the right of the canvas: either the board's open threads (most recently active
// first; a click opens the element's threads) or one element's threads, each with its comments (author and
// time), a reply box, and Resolve / Reopen. Readers see everything and get no boxes or buttons.
import { openThreads, threadsOn } from '@napkin/doc';
import type { BoardSnapshot, CommentThread } from '@napkin/doc';
import { useMemo } from 'react';
import { commentTime, describeTarget } from './commentTargets';
import { Composer } from './Composer';
import type { BoardComments } from './useBoardComments';
import './comments.css';

export interface CommentsPanelProps {
  readonly comments: BoardComments;
  readonly snapshot: BoardSnapshot;
}

export function CommentsPanel({ comments, snapshot }: CommentsPanelProps) {
  const { focus, writable } = comments;
  if (!comments.panelOpen || comments.connection === null) return null;
  const target = focus === null ? null : describeTarget(focus, snapshot);
  return (
    <aside className="comments-panel" data-testid="comments-panel" aria-label="Comments">
      <header>
        <h2 data-testid="comments-heading">{target === null ? 'Open threads' : target.label}</h2>
        {focus !== null && (
          <button type="button" className="link" data-testid="comments-all" onClick={() => comments.openPanel(null)}>
            All open threads
          </button>
        )}
        <button type="button" className="comments-close" aria-label="Close comments" onClick={comments.closePanel}>
          ×
        </button>
      </header>
      {focus === null ? (
        <OpenThreadList comments={comments} snapshot={snapshot} />
      ) : (
        <>
          {threadsOn(comments.snapshot.threads, focus.id).map((thread) => (
            <ThreadView key={thread.id} thread={thread} comments={comments} />
          ))}
          {writable && target?.exists === true && (
            <Composer
              key={focus.id}
              testId="new-thread"
              placeholder={`Comment on ${target.label}…`}
              action="Comment"
              autoFocus
              onSend={(text) => comments.startThread(focus, text)}
            />
          )}
          {target?.exists === false && <p className="comments-hint">This element was deleted; its threads stay here.</p>}
        </>
      )}
    </aside>
  );
}

function OpenThreadList({ comments, snapshot }: CommentsPanelProps) {
  const open = useMemo(() => openThreads(comments.snapshot.threads), [comments.snapshot.threads]);
  if (open.length === 0) {
    return (
      <p className="comments-hint" data-testid="no-open-threads">
        No open threads.{comments.writable && ' Press C, then click a component, call or zone to start one.'}
      </p>
    );
  }
  return (
    <ul className="open-threads" data-testid="open-threads">
      {open.map((thread) => {
        const [first] = thread.comments;
        const replies = thread.comments.length - 1;
        return (
          <li key={thread.id}>
            <button type="button" data-testid="open-thread" data-thread-id={thread.id} onClick={() => comments.openPanel(thread.target)}>
              <strong>{describeTarget(thread.target, snapshot).label}</strong>
              <span className="excerpt">{first?.text}</span>
              <small>
                {first?.author}
                {replies > 0 && ` · ${replies} ${replies === 1 ? 'reply' : 'replies'}`}
              </small>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function ThreadView({ thread, comments }: { readonly thread: CommentThread; readonly comments: BoardComments }) {
  const now = Date.now();
  return (
    <section className={`comment-thread${thread.resolved ? ' resolved' : ''}`} data-testid="comment-thread" data-thread-id={thread.id} data-resolved={thread.resolved}>
      <ol>
        {thread.comments.map((comment) => (
          <li key={comment.id} data-testid="comment">
            <div className="comment-meta">
              <span className="comment-author" data-testid="comment-author">{comment.author}</span>
              <time dateTime={new Date(comment.createdAt).toISOString()} title={new Date(comment.createdAt).toLocaleString()}>
                {commentTime(comment.createdAt, now)}
              </time>
            </div>
            <p className="comment-text" data-testid="comment-text">{comment.text}</p>
          </li>
        ))}
      </ol>
      {thread.resolved && (
        <p className="comment-resolved" data-testid="resolved-note">
          Resolved{thread.resolvedBy !== undefined && ` by ${thread.resolvedBy}`}
          {thread.resolvedAt !== undefined && ` at ${commentTime(thread.resolvedAt, now)}`}
        </p>
      )}
      {comments.writable && (
        <div className="comment-actions">
          {!thread.resolved && <Composer testId="reply" placeholder="Reply…" action="Reply" onSend={(text) => comments.reply(thread.id, text)} />}
          {thread.resolved ? (
            <button type="button" data-testid="thread-reopen" onClick={() => comments.reopen(thread.id)}>Reopen</button>
          ) : (
            <button type="button" data-testid="thread-resolve" onClick={() => comments.resolve(thread.id)}>Resolve</button>
          )}
        </div>
      )}
    </section>
  );
}
