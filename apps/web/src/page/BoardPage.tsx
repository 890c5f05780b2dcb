// The board page: opens the board's session (doc, relay connection, undo) for as long as the page
// is shown, and lays out the top bar and the canvas.
import { ReactFlowProvider } from '@xyflow/react';
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
  const session = useBoardSession(boardId, relayUrl);
  if (session === null) return <div className="board" data-testid="board-loading" />;
  return (
    <ReactFlowProvider>
      <BoardView session={session} storage={storage} />
    </ReactFlowProvider>
  );
}
