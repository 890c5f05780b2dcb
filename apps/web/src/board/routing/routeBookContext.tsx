// The board's RouteBook, shared by every call on the canvas: told of the components' boxes at each
// snapshot (before the calls render with it) and of where the view is, read from React Flow when asked,
// so panning re-renders nothing.
import type { BoardSnapshot } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { NODE_SIZE } from '../newComponent';
import type { Box } from './geometry';
import { RouteBook } from './routeBook';

const RouteBookContext = createContext<RouteBook>(new RouteBook());

export function RouteBookProvider({ snapshot, children }: { readonly snapshot: BoardSnapshot; readonly children: ReactNode }) {
  const store = useStoreApi();
  const [book] = useState(() => {
    const created = new RouteBook();
    created.setFocus(() => {
      const { transform, width, height } = store.getState();
      const [x, y, zoom] = transform;
      return width > 0 && height > 0 && zoom > 0 ? { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom } : null;
    });
    return created;
  });
  // During render, not in an effect: the calls rendering below must see this snapshot's boxes.
  useMemo(() => book.setObstacles(obstaclesOf(snapshot)), [book, snapshot]);
  return <RouteBookContext.Provider value={book}>{children}</RouteBookContext.Provider>;
}

export function useRouteBook(): RouteBook {
  return useContext(RouteBookContext);
}

/** Every component node has the same size (nodes.css), so its box follows from its position alone. */
function obstaclesOf(snapshot: BoardSnapshot): { id: string; box: Box }[] {
  return snapshot.components.map((component) => ({ id: component.id, box: { x: component.x, y: component.y, ...NODE_SIZE } }));
}
