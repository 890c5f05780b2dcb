// The home page's live counts ask `/api/presence?boards=<id>,…`; the relay answers only for boards the
// caller holds a link to, named as `<id>:<token>`. This wraps the counts' fetcher so each listed board
// carries the token this browser holds for it (boards without one are asked bare and left out by the relay).
import type { NameStorage } from '../presence/identity';
import type { BoardId } from '../route/route';
import { heldToken } from './linkStore';

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export function presenceFetchWithLinks(storage: NameStorage | null, fetcher: Fetch = (url, init) => fetch(url, init)): Fetch {
  return (url, init) => {
    const parsed = new URL(url, window.location.origin);
    const boards = parsed.searchParams.get('boards');
    if (boards !== null) {
      const withTokens = boards.split(',').map((id) => {
        const token = heldToken(storage, id as BoardId);
        return token === null ? id : `${id}:${token}`;
      });
      parsed.searchParams.set('boards', withTokens.join(','));
    }
    return fetcher(`${parsed.pathname}${parsed.search}`, init);
  };
}
