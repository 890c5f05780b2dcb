// A typed view over a board's comments document, like `Board` over the board's: every read goes through the
// validating reader, every write is one transaction, and input that the reader would refuse is refused here
// first with a message a person can act on ("a comment needs some text").
import * as Y from 'yjs';
import type { z } from 'zod';
import { reasonOf } from '../fields.js';
import { newId } from '../ids.js';
import type { CommentTarget, CommentThread, ThreadId } from './commentSchema.js';
import { authorSchema, commentTextSchema, COMMENTS, targetSchema } from './commentSchema.js';
import type { CommentsSnapshot } from './readComments.js';
import { readComments, threadMaps } from './readComments.js';

/** Thrown for a comment, author or target that would not be readable; nothing is written. */
export class CommentInputError extends Error {
  override readonly name = 'CommentInputError';
}

export class CommentThreads {
  readonly ydoc: Y.Doc;
  private readonly threads: Y.Map<Y.Map<unknown>>;

  constructor(ydoc: Y.Doc) {
    this.ydoc = ydoc;
    this.threads = threadMaps(ydoc);
  }

  snapshot(): CommentsSnapshot {
    return readComments(this.ydoc);
  }

  /** Calls `listener` with a fresh snapshot after every change, local or remote. */
  observe(listener: (snapshot: CommentsSnapshot) => void): () => void {
    const onUpdate = () => listener(this.snapshot());
    this.ydoc.on('update', onUpdate);
    return () => this.ydoc.off('update', onUpdate);
  }

  /** Opens a thread on `target` with its first comment. */
  startThread(target: CommentTarget, author: string, text: string, now = Date.now()): ThreadId {
    const on = check('target', targetSchema, target);
    const comment = commentOf(author, text, now);
    const id = newId() as ThreadId;
    this.ydoc.transact(() => {
      const thread = new Y.Map<unknown>();
      this.threads.set(id, thread);
      thread.set('targetKind', on.kind);
      thread.set('targetId', on.id);
      thread.set('resolved', false);
      const comments = new Y.Array<unknown>();
      thread.set(COMMENTS, comments);
      comments.push([comment]);
    });
    return id;
  }

  /** Adds a reply at the end of the thread; false if the thread no longer exists. A resolved thread stays resolved. */
  reply(threadId: ThreadId, author: string, text: string, now = Date.now()): boolean {
    const comment = commentOf(author, text, now);
    const comments = this.threads.get(threadId)?.get(COMMENTS);
    if (!(comments instanceof Y.Array)) return false;
    comments.push([comment]);
    return true;
  }

  resolve(threadId: ThreadId, author: string, now = Date.now()): boolean {
    const by = check('author', authorSchema, author);
    return this.write(threadId, { resolved: true, resolvedBy: by, resolvedAt: Math.round(now) });
  }

  reopen(threadId: ThreadId): boolean {
    return this.write(threadId, { resolved: false, resolvedBy: undefined, resolvedAt: undefined });
  }

  private write(threadId: ThreadId, values: Record<string, unknown>): boolean {
    const thread = this.threads.get(threadId);
    if (!(thread instanceof Y.Map)) return false;
    this.ydoc.transact(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined) thread.delete(key);
        else thread.set(key, value);
      }
    });
    return true;
  }
}

function commentOf(author: string, text: string, now: number) {
  return { id: newId(), author: check('author', authorSchema, author), text: check('comment', commentTextSchema, text), createdAt: Math.round(now) };
}

function check<T>(what: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CommentInputError(`${what}: ${reasonOf(parsed.error)}`);
  return parsed.data;
}

/** Open threads per target id: what the count badge on each element shows. */
export function openThreadCounts(threads: readonly CommentThread[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) if (!thread.resolved) counts.set(thread.target.id, (counts.get(thread.target.id) ?? 0) + 1);
  return counts;
}

/** The threads on one element, open ones first, each group oldest first. */
export function threadsOn(threads: readonly CommentThread[], targetId: string): CommentThread[] {
  const on = threads.filter((thread) => thread.target.id === targetId);
  return [...on.filter((thread) => !thread.resolved), ...on.filter((thread) => thread.resolved)];
}

/** Every open thread on the board, most recently active first: the list of what still needs an answer. */
export function openThreads(threads: readonly CommentThread[]): CommentThread[] {
  const lastActivity = (thread: CommentThread) => thread.comments[thread.comments.length - 1]?.createdAt ?? 0;
  return threads.filter((thread) => !thread.resolved).sort((a, b) => lastActivity(b) - lastActivity(a) || a.id.localeCompare(b.id));
}
