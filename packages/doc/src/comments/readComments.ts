// The one place the comments document is read. Never throws: a thread whose target or opening comment is
// unusable is skipped, a bad reply is skipped alone, a bad `resolved` reads as open, and each is reported.
import * as Y from 'yjs';
import { isRecord, reasonOf } from '../fields.js';
import { isValidId } from '../ids.js';
import type { Comment, CommentThread, ThreadId } from './commentSchema.js';
import { authorSchema, commentSchema, COMMENTS, targetSchema, THREADS, timeSchema } from './commentSchema.js';

export interface CommentProblem {
  readonly thread: string;
  /** `-1`: the thread itself; else the index of the comment in the thread. */
  readonly comment: number;
  readonly reason: string;
}

export interface CommentsSnapshot {
  /** Oldest first (by the opening comment's time, then id), the same order on every peer. */
  readonly threads: readonly CommentThread[];
  readonly problems: readonly CommentProblem[];
}

export function threadMaps(ydoc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return ydoc.getMap<Y.Map<unknown>>(THREADS);
}

export function readComments(ydoc: Y.Doc): CommentsSnapshot {
  const problems: CommentProblem[] = [];
  const threads: CommentThread[] = [];
  for (const [id, value] of threadMaps(ydoc).entries()) {
    const thread = readThread(id, value, problems);
    if (thread !== null) threads.push(thread);
  }
  threads.sort((a, b) => openedAt(a) - openedAt(b) || a.id.localeCompare(b.id));
  return { threads, problems };
}

function readThread(id: string, value: unknown, problems: CommentProblem[]): CommentThread | null {
  const skip = (reason: string) => {
    problems.push({ thread: id, comment: -1, reason });
    return null;
  };
  if (!isValidId(id)) return skip('id is not a url-safe string of 1–64 characters');
  if (!(value instanceof Y.Map)) return skip('entry is not a Y.Map of fields');
  const target = targetSchema.safeParse({ kind: value.get('targetKind'), id: value.get('targetId') });
  if (!target.success) return skip(`target: ${reasonOf(target.error)}`);
  const list = value.get(COMMENTS);
  const raw: unknown[] = list instanceof Y.Array ? list.toArray() : [];
  const comments: Comment[] = [];
  raw.forEach((entry, index) => {
    const parsed = commentSchema.safeParse(isRecord(entry) ? entry : {});
    if (parsed.success) comments.push(parsed.data);
    else problems.push({ thread: id, comment: index, reason: reasonOf(parsed.error) });
  });
  if (comments.length === 0) return skip('no readable comment');
  const resolved = value.get('resolved');
  if (resolved !== undefined && typeof resolved !== 'boolean') problems.push({ thread: id, comment: -1, reason: 'resolved: must be true or false' });
  const by = authorSchema.safeParse(value.get('resolvedBy'));
  const at = timeSchema.safeParse(value.get('resolvedAt'));
  const isResolved = resolved === true;
  return {
    id: id as ThreadId,
    target: target.data,
    resolved: isResolved,
    ...(isResolved && by.success ? { resolvedBy: by.data } : {}),
    ...(isResolved && at.success ? { resolvedAt: at.data } : {}),
    comments,
  };
}

function openedAt(thread: CommentThread): number {
  return thread.comments[0]?.createdAt ?? 0;
}
