// Opens the board session when the page mounts and closes it when it unmounts. Opening happens in
// an effect (not during render) so React's StrictMode double-mount closes the first session cleanly.
import { useEffect, useState } from 'react';
import type { BoardId } from '../app/route';
import { openBoardSession } from './boardSession';
import type { BoardSession } from './boardSession';

export function useBoardSession(boardId: BoardId, relayUrl: string): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = openBoardSession(boardId, relayUrl);
    setSession(opened);
    return () => {
      setSession(null);
      opened.close();
    };
  }, [boardId, relayUrl]);
  return session;
}
