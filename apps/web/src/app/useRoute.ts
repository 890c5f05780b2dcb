// Subscribes React to the browser's location: `navigate` pushes a history entry, and the back and
// forward buttons (`popstate`) re-render the page they land on.
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, pathOf } from './route';
import type { Route } from './route';

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
