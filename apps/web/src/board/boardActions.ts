// What a node component may do to the board, handed down through context so node components stay
// small and React Flow's node data stays plain (no callbacks stored in the nodes).
import { createContext, useContext } from 'react';

export interface BoardActions {
  /** Renames a component; blank names are ignored. */
  readonly rename: (componentId: string, name: string) => void;
}

export const BoardActionsContext = createContext<BoardActions | null>(null);

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (actions === null) throw new Error('useBoardActions needs a BoardActionsContext provider');
  return actions;
}
