// The board page: finds the link this tab holds and what it may do, then opens the board's session (doc,
// relay connection, undo) for as long as the page is shown, and lays out the top bar and the canvas,
// with the board's imports (paste, drop, a file opened from the home page) beside it.
import { ReactFlowProvider } from '@xyflow/react';
import { AccessMessage } from '../access/AccessMessage';
import type { BoardAccess } from '../access/accessApi';
import type { EarlyAccess } from '../access/earlyAccess';
import type { Token } from '../access/linkStore';
import { useBoardAccess } from '../access/useBoardAccess';
import { BoardImports } from '../import/BoardImports';
import type { PendingImports } from '../import/pendingImport';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import type { EarlySocket } from '../sync/earlySocket';
import { BoardView } from './BoardView';
import { useBoardSession } from './boardSession';

export interface BoardPageProps {
  readonly boardId: BoardId;
  readonly relayUrl: string;
  readonly storage: NameStorage | null;
  /** A file the home page opened this board for, written once the board has synced. */
  readonly pendingImports?: PendingImports;
  /** The board's access, asked for as the page started (main.tsx). */
  readonly earlyAccess?: EarlyAccess | null;
  /** The board's socket, dialled as the page started (boot/boardBoot.ts); the session takes it over. */
  readonly earlySocket?: EarlySocket | null;
}

export function BoardPage({ boardId, relayUrl, storage, pendingImports, earlyAccess = null, earlySocket = null }: BoardPageProps) {
  const gate = useBoardAccess(boardId, storage, earlyAccess);
  if (gate.kind !== 'granted') return <AccessMessage gate={gate} />;
  return <OpenBoard boardId={boardId} relayUrl={relayUrl} storage={storage} pendingImports={pendingImports} earlySocket={earlySocket} token={gate.token} access={gate.access} />;
}

function OpenBoard({ boardId, relayUrl, storage, pendingImports, earlySocket = null, token, access }: BoardPageProps & { readonly token: Token | null; readonly access: BoardAccess }) {
  const readOnly = access.board !== 'write';
  const session = useBoardSession(boardId, relayUrl, token, readOnly, earlySocket);
  if (session === null) return <div className="board" data-testid="board-loading" />;
  return (
    <ReactFlowProvider>
      <BoardView session={session} storage={storage} access={{ ...access, readOnly, token }} />
      <BoardImports boardId={boardId} board={session.board} undoManager={session.undoManager} provider={session.connection.provider} pending={pendingImports} readOnly={readOnly} />
    </ReactFlowProvider>
  );
}
