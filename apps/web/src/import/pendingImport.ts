// Board files waiting for the board they were opened into. The home page makes a new board (the relay
// hands back its link) and navigates to it; the board writes the file once its shared state has arrived,
// so nothing is written into an unsynced copy. The app holds one of these for as long as it runs (React
// state in `App`, not module state), and navigation within the app keeps it.
import type { ImportReading } from './readImport';

export type BoardReading = Extract<ImportReading, { kind: 'board' }>;

export interface PendingImports {
  hold(boardId: string, reading: BoardReading): void;
  /** The file waiting for this board, handed out once. */
  take(boardId: string): BoardReading | undefined;
}

export function createPendingImports(): PendingImports {
  const waiting = new Map<string, BoardReading>();
  return {
    hold: (boardId, reading) => void waiting.set(boardId, reading),
    take: (boardId) => {
      const reading = waiting.get(boardId);
      waiting.delete(boardId);
      return reading;
    },
  };
}
