// A board's access, asked of the relay as the page starts (main.tsx) while the board's code is still on its
// way. useBoardAccess takes this answer instead of asking only once the board page has been loaded, run and
// rendered: on a cold load that question was a round trip after all of that (issue 18, first load).
import type { BoardId } from '../route/route';
import { fetchAccess } from './accessApi';
import type { AccessResult } from './accessApi';
import type { Token } from './linkStore';

export interface EarlyAccess {
  /** The answer for this board and link, handed out once (the board opened again later asks afresh); null if it is not for them. */
  take(boardId: BoardId, token: Token | null): Promise<AccessResult> | null;
  /**
   * The answer itself if it has already arrived, handed out once as `take` does: the board page then opens
   * in its first render instead of rendering "loading" and waiting for a promise (and a frame) first.
   */
  takeArrived(boardId: BoardId, token: Token | null): AccessResult | null;
}

export function askAccessEarly(boardId: BoardId, token: Token | null, ask = fetchAccess): EarlyAccess {
  let pending: Promise<AccessResult> | null = ask(boardId, token);
  let arrived: AccessResult | null = null;
  void pending.then((answer) => {
    arrived = answer;
  });
  const forThem = (forBoard: BoardId, withToken: Token | null) => pending !== null && forBoard === boardId && withToken === token;
  return {
    take: (forBoard, withToken) => {
      if (!forThem(forBoard, withToken)) return null;
      const answer = pending;
      pending = null;
      return answer;
    },
    takeArrived: (forBoard, withToken) => {
      if (arrived === null || !forThem(forBoard, withToken)) return null;
      pending = null;
      return arrived;
    },
  };
}
