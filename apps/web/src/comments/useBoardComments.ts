// Everything the board view needs of its comments: the room's connection and live snapshot, the panel's
// state (open, on which element), comment mode (C, or the toolbar button: the next click on a component,
// call or zone opens a thread on it), and the four commands, each answering with the reason it was refused
// (empty text, too long) instead of throwing.
import { CommentInputError } from '@napkin/doc';
import type { CommentTarget, CommentsSnapshot, ThreadId } from '@napkin/doc';
import type { EdgeMouseHandler, NodeMouseHandler } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RoomAccess } from '../access/accessApi';
import type { BoardId } from '../route/route';
import { targetOfNode } from './commentTargets';
import { useCommentsConnection } from './commentsConnection';
import type { CommentsConnection } from './commentsConnection';

const EMPTY: CommentsSnapshot = { threads: [], problems: [] };
export const COMMENT_KEY = 'c';

export interface BoardComments {
  readonly connection: CommentsConnection | null;
  readonly snapshot: CommentsSnapshot;
  readonly writable: boolean;
  readonly panelOpen: boolean;
  /** The element the panel shows the threads of; null: the list of open threads. */
  readonly focus: CommentTarget | null;
  readonly commenting: boolean;
  readonly openPanel: (focus: CommentTarget | null) => void;
  readonly closePanel: () => void;
  readonly setCommenting: (on: boolean) => void;
  /** Set only in comment mode: a click on an element then opens its threads instead of only selecting it. */
  readonly onNodeClick: NodeMouseHandler | undefined;
  readonly onEdgeClick: EdgeMouseHandler | undefined;
  /** Each returns null when done, else why it was refused. */
  readonly startThread: (target: CommentTarget, text: string) => string | null;
  readonly reply: (thread: ThreadId, text: string) => string | null;
  readonly resolve: (thread: ThreadId) => void;
  readonly reopen: (thread: ThreadId) => void;
}

export interface CommentsInputs {
  readonly boardId: BoardId;
  readonly relayUrl: string;
  readonly token: string | null;
  readonly access: RoomAccess;
  /** This person's display name (presence): the author of what they write. */
  readonly author: string;
}

export function useBoardComments({ boardId, relayUrl, token, access, author }: CommentsInputs): BoardComments {
  const connection = useCommentsConnection(boardId, relayUrl, token, access);
  const snapshot = useCommentsSnapshot(connection);
  const writable = connection?.writable === true;
  const [panelOpen, setPanelOpen] = useState(false);
  const [focus, setFocus] = useState<CommentTarget | null>(null);
  const [commenting, setCommentingState] = useState(false);
  const setCommenting = useCallback((on: boolean) => setCommentingState(on && writable), [writable]);
  useCommentKey(writable, commenting, setCommenting);

  const openPanel = useCallback((target: CommentTarget | null) => {
    setFocus(target);
    setPanelOpen(true);
  }, []);
  const closePanel = useCallback(() => setPanelOpen(false), []);
  const onNodeClick = useCallback<NodeMouseHandler>((_event, node) => {
    const target = targetOfNode(node);
    if (target === null) return;
    openPanel(target);
    setCommentingState(false);
  }, [openPanel]);
  const onEdgeClick = useCallback<EdgeMouseHandler>((_event, edge) => {
    openPanel({ kind: 'call', id: edge.id });
    setCommentingState(false);
  }, [openPanel]);

  const commands = useMemo(() => {
    const attempt = (write: (threads: NonNullable<typeof connection>['threads']) => unknown): string | null => {
      if (connection === null || !connection.writable) return 'This link can read comments, not write them.';
      try {
        write(connection.threads);
        return null;
      } catch (error) {
        if (error instanceof CommentInputError) return error.message.replace(/^comment: /, 'The comment ');
        throw error;
      }
    };
    return {
      startThread: (target: CommentTarget, text: string) => attempt((threads) => threads.startThread(target, author, text)),
      reply: (thread: ThreadId, text: string) => attempt((threads) => threads.reply(thread, author, text)),
      resolve: (thread: ThreadId) => void attempt((threads) => threads.resolve(thread, author)),
      reopen: (thread: ThreadId) => void attempt((threads) => threads.reopen(thread)),
    };
  }, [connection, author]);

  return {
    connection,
    snapshot,
    writable,
    panelOpen,
    focus,
    commenting,
    openPanel,
    closePanel,
    setCommenting,
    onNodeClick: commenting ? onNodeClick : undefined,
    onEdgeClick: commenting ? onEdgeClick : undefined,
    ...commands,
  };
}

function useCommentsSnapshot(connection: CommentsConnection | null): CommentsSnapshot {
  const [snapshot, setSnapshot] = useState<CommentsSnapshot>(EMPTY);
  useEffect(() => {
    if (connection === null) {
      setSnapshot(EMPTY);
      return undefined;
    }
    setSnapshot(connection.threads.snapshot());
    return connection.threads.observe(setSnapshot);
  }, [connection]);
  return snapshot;
}

/** C toggles comment mode, Escape leaves it; keys typed into a field are theirs. */
function useCommentKey(writable: boolean, commenting: boolean, setCommenting: (on: boolean) => void): void {
  useEffect(() => {
    if (!writable) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      if (event.key.toLowerCase() === COMMENT_KEY) setCommenting(!commenting);
      else if (event.key === 'Escape' && commenting) setCommenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [writable, commenting, setCommenting]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
