// The route of one call on the canvas: its ends where React Flow has them now (so a call follows a
// dragged component at every frame), the other components where the document has them. The board's
// RouteBook decides whether it is routed now or in an idle slice; the edge re-renders when a slice
// has routed it.
import { useInternalNode } from '@xyflow/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { NODE_SIZE } from '../newComponent';
import type { Box } from './geometry';
import type { RouteAnswer } from './routeBook';
import { useRouteBook } from './routeBookContext';

const UNKNOWN: RouteAnswer = { route: null, pending: true };

export function useCallRoute(callId: string, sourceId: string, targetId: string): RouteAnswer {
  const source = useInternalNode(sourceId);
  const target = useInternalNode(targetId);
  const book = useRouteBook();
  const subscribe = useCallback((listener: () => void) => book.subscribe(callId, listener), [book, callId]);
  useSyncExternalStore(subscribe, () => book.versionOf(callId));
  useEffect(() => () => book.forget(callId), [book, callId]);
  if (source === undefined || target === undefined) return UNKNOWN;
  return book.request({ callId, sourceId, source: boxOf(source.internals.positionAbsolute), targetId, target: boxOf(target.internals.positionAbsolute) });
}

function boxOf(position: { readonly x: number; readonly y: number }): Box {
  return { x: position.x, y: position.y, ...NODE_SIZE };
}
