// The board page: finds the link this tab holds and what it may do, then opens the board's session (doc,
// relay connection, undo) for as long as the page is shown, and lays out the top bar and the canvas.
import { ReactFlowProvider } from '@xyflow/react';
import { AccessMessage } from '../access/AccessMessage';
import type { BoardAccess } from '../access/accessApi';
import type { Token } from '../access/linkStore';
import { useBoardAccess } from '../access/useBoardAccess';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { BoardView } from './BoardView';
import { useBoardSession } from './boardSession';

export interface BoardPageProps {
  readonly boardId: BoardId;
  readonly relayUrl: string;
  readonly storage: NameStorage | null;
}

export function BoardPage({ boardId, relayUrl, storage }: BoardPageProps) {
  const gate = useBoardAccess(boardId, storage);
  if (gate.kind !== 'granted') return <AccessMessage gate={gate} />;
  return <OpenBoard boardId={boardId} relayUrl={relayUrl} storage={storage} token={gate.token} access={gate.access} />;
}

function OpenBoard({ boardId, relayUrl, storage, token, access }: BoardPageProps & { readonly token: Token | null; readonly access: BoardAccess }) {
  const readOnly = access.board !== 'write';
  const session = useBoardSession(boardId, relayUrl, token, readOnly);
  if (session === null) return <div className="board" data-testid="board-loading" />;
  return (
    <ReactFlowProvider>
      <BoardView session={session} storage={storage} access={{ ...access, readOnly, token }} />
    </ReactFlowProvider>
  );
}
