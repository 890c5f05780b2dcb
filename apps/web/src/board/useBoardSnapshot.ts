// The board's validated snapshot as React state, refreshed after every document change (local,
// remote, undo). Reading through the Board API means a peer's malformed entry is skipped, not rendered.
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useEffect, useState } from 'react';

export function useBoardSnapshot(board: Board): BoardSnapshot {
  const [snapshot, setSnapshot] = useState<BoardSnapshot>(() => board.snapshot());
  useEffect(() => {
    setSnapshot(board.snapshot());
    const stop = board.observe(setSnapshot);
    return stop;
  }, [board]);
  return snapshot;
}
