// Called by the board page: remembers this board (id, title, when) for the home page's list. It
// records on arrival and again whenever the document's title changes while the board is open.
import { useEffect } from 'react';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { recordVisit } from './recentBoards';

export function useRecordVisit(storage: NameStorage | null, boardId: BoardId, title: string): void {
  useEffect(() => {
    recordVisit(storage, boardId, title, Date.now());
  }, [storage, boardId, title]);
}
