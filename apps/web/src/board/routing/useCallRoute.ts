// The route of one call on the canvas: its ends where React Flow has them now (so a call follows a
// dragged component at every frame), the other components where the document has them. Only the
// calls of moved components are routed during a drag; the rest keep their cached route (routeCache.ts).
import { useInternalNode } from '@xyflow/react';
import { useRef } from 'react';
import { NODE_SIZE } from '../newComponent';
import { useDrawing } from '../nodes/drawingContext';
import type { Box } from './geometry';
import { routeOrReuse } from './routeCache';
import type { CachedRoute } from './routeCache';
import type { Route } from './router';

export function useCallRoute(sourceId: string, targetId: string): Route | null {
  const source = useInternalNode(sourceId);
  const target = useInternalNode(targetId);
  const { obstacles } = useDrawing();
  const cache = useRef<CachedRoute | undefined>(undefined);
  if (source === undefined || target === undefined) return null;
  const next = routeOrReuse(cache.current, { sourceId, source: boxOf(source.internals.positionAbsolute), targetId, target: boxOf(target.internals.positionAbsolute) }, obstacles);
  // A render may run twice; storing the same result twice is harmless.
  cache.current = next;
  return next.route;
}

function boxOf(position: { readonly x: number; readonly y: number }): Box {
  return { x: position.x, y: position.y, ...NODE_SIZE };
}
