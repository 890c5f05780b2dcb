// The layout and schemas of a board's comments: a Yjs document of its own (the relay's `<boardId>~comments`
// room), so a commenter can write there without being able to edit the board. Like the board, nothing in it
// is trusted: every thread and every comment is validated when read.
//
//   Y.Doc
//   └─ threads  Y.Map<id, Y.Map>  targetKind (component | call | zone), targetId, resolved, resolvedBy?,
//                                 resolvedAt?, comments: Y.Array<{ id, author, text, createdAt }>
//
// A thread's first comment opens it; replies are appended to the same array, so concurrent replies all
// survive, in the same order for everyone. Comments are never edited in place. `resolved` is one field:
// the last resolve or reopen wins.
import { idSchema } from '@napkin/fields';
import { z } from 'zod';
import { neutraliseText } from '../displayText.js';
import { PRESENCE_NAME_MAX_LENGTH } from '../presence.js';

export const THREADS = 'threads';
export const COMMENTS = 'comments';

export const COMMENT_TARGET_KINDS = ['component', 'call', 'zone'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

/** Long enough for a paragraph of review, short enough that one comment cannot bloat the room. */
export const COMMENT_MAX_LENGTH = 5_000;

export type ThreadId = string & { readonly __brand: 'ThreadId' };

/** What a thread is about: one component, call or zone of the board, by id. */
export interface CommentTarget {
  readonly kind: CommentTargetKind;
  readonly id: string;
}

export interface Comment {
  readonly id: string;
  /** The author's display name (their presence name when they wrote it). */
  readonly author: string;
  readonly text: string;
  /** Milliseconds since the epoch, by the author's clock. */
  readonly createdAt: number;
}

export interface CommentThread {
  readonly id: ThreadId;
  readonly target: CommentTarget;
  readonly resolved: boolean;
  readonly resolvedBy?: string;
  readonly resolvedAt?: number;
  /** The opening comment first, then the replies; never empty. */
  readonly comments: readonly Comment[];
}

// Controls (except line breaks and tabs), bidi embeddings/overrides/isolates, zero-width characters, BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A comment's text as everyone sees it: line breaks kept (at most one blank line), nothing invisible, trimmed. */
export function cleanCommentText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(INVISIBLE_EXCEPT_LINE_BREAKS, '').replace(/\n{3,}/g, '\n\n').trim();
}

export const authorSchema = z
  .string({ message: 'must be text' })
  .max(1024, { message: 'is far too long' })
  .transform((name) => neutraliseText(name, PRESENCE_NAME_MAX_LENGTH))
  .pipe(z.string().min(1, { message: 'must name someone' }));

export const commentTextSchema = z
  .string({ message: 'must be text' })
  .transform(cleanCommentText)
  .pipe(z.string().min(1, { message: 'needs some text' }).max(COMMENT_MAX_LENGTH, { message: `must be at most ${COMMENT_MAX_LENGTH} characters` }));

export const timeSchema = z.number({ message: 'must be a time' }).int({ message: 'must be a time' }).positive({ message: 'must be a time' }).max(Number.MAX_SAFE_INTEGER);

export const commentSchema = z.object({ id: idSchema, author: authorSchema, text: commentTextSchema, createdAt: timeSchema });

export const targetSchema = z.object({ kind: z.enum(COMMENT_TARGET_KINDS, { message: `must be one of ${COMMENT_TARGET_KINDS.join(', ')}` }), id: idSchema });
