// A call keeps its route until something it depends on changes: one of its ends moved, or a box came
// into (or left) the area around its line. A drop on a 1,000-component board then re-routes only the
// calls of the moved component and the few whose lines ran near it, not every call on the board.
import type { Box } from './geometry';
import { boundsOf, inflate } from './geometry';
import type { ObstacleIndex } from './obstacleIndex';
import { routeCall } from './router';
import type { Route } from './router';

export interface CachedRoute {
  readonly route: Route;
  /** The ends and the boxes near the line when it was routed. */
  readonly key: string;
}

/** Wider than the router's clearance, so a box just outside the line's gap still counts as near. */
const NEAR = 24;

export function routeOrReuse(
  previous: CachedRoute | undefined,
  ends: { readonly sourceId: string; readonly source: Box; readonly targetId: string; readonly target: Box },
  obstacles: ObstacleIndex,
): CachedRoute {
  const except = new Set([ends.sourceId, ends.targetId]);
  if (previous !== undefined) {
    const key = keyOf(ends.source, ends.target, previous.route, obstacles, except);
    if (key === previous.key) return previous;
  }
  const route = routeCall(ends.source, ends.target, obstacles.boxesFor(ends.sourceId, ends.targetId));
  return { route, key: keyOf(ends.source, ends.target, route, obstacles, except) };
}

function keyOf(source: Box, target: Box, route: Route, obstacles: ObstacleIndex, except: ReadonlySet<string>): string {
  const line = route.points.map((point) => ({ x: point.x, y: point.y, width: 0, height: 0 }));
  const area = inflate(boundsOf([source, target, ...line]) as Box, NEAR);
  const near = obstacles.query(area, except).map((obstacle) => `${obstacle.id}@${boxKey(obstacle.box)}`);
  return [boxKey(source), boxKey(target), ...near.sort()].join('|');
}

function boxKey(box: Box): string {
  return `${box.x},${box.y},${box.width},${box.height}`;
}
