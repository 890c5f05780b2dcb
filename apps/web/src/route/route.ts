// The hook that follows the browser's location, over the pages of routePath.ts (re-exported here, where
// the app imports them from). Plain `history.pushState` is all the routing the app's pages need.
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, pathOf } from './routePath';
import type { Route } from './routePath';

export { assertNever, parseBoardId, parseRoute, pathOf } from './routePath';
export type { BoardId, Route } from './routePath';

/** Subscribes React to the location: `navigate` pushes a history entry; back/forward re-render. */
export interface Navigation {
  readonly route: Route;
  readonly navigate: (to: Route) => void;
}

export function useRoute(): Navigation {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));

  useEffect(() => {
    const onPop = () => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: Route) => {
    window.history.pushState(null, '', pathOf(to));
    setRoute(to);
  }, []);

  return { route, navigate };
}
