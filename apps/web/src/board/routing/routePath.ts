// A route drawn: an SVG path with softly rounded bends, and the spot for the call's labels, the middle
// of its longest horizontal run (a label there lies along the line, in the gap the route keeps from
// every box, so no component covers it); a route with no horizontal run uses its longest segment.
import type { Point } from './geometry';

const CORNER_RADIUS = 8;

export function pathOf(points: readonly Point[]): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let index = 1; index < points.length; index++) {
    const point = points[index] as Point;
    const before = points[index - 1] as Point;
    const after = points[index + 1];
    if (!after) {
      d += ` L ${point.x} ${point.y}`;
      continue;
    }
    // Cut the corner short by at most half of either neighbouring segment, so curves never overlap.
    const radius = Math.min(CORNER_RADIUS, distance(before, point) / 2, distance(point, after) / 2);
    const enter = towards(point, before, radius);
    const leave = towards(point, after, radius);
    d += ` L ${enter.x} ${enter.y} Q ${point.x} ${point.y} ${leave.x} ${leave.y}`;
  }
  return d;
}

export function labelSpot(points: readonly Point[]): Point {
  let best: { length: number; at: Point; horizontal: boolean } | null = null;
  for (let index = 0; index + 1 < points.length; index++) {
    const a = points[index] as Point;
    const b = points[index + 1] as Point;
    const horizontal = a.y === b.y;
    const length = distance(a, b);
    const better =
      best === null || (horizontal && !best.horizontal) || (horizontal === best.horizontal && length > best.length);
    if (better) best = { length, at: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, horizontal };
  }
  return best?.at ?? points[0] ?? { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.abs(a.x - b.x) + Math.abs(a.y - b.y);
}

function towards(from: Point, to: Point, by: number): Point {
  const length = distance(from, to);
  if (length === 0) return from;
  return { x: from.x + ((to.x - from.x) / length) * by, y: from.y + ((to.y - from.y) / length) * by };
}
