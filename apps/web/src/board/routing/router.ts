// Where a call's line runs: out of the side of the caller that faces the callee, into the facing side
// of the callee, in horizontal and vertical segments that go around every other component. A right-to-
// left call (a database answering back to its service, a cycle) leaves the caller's left side and
// stays visible instead of running behind the boxes between them.
// Cheap first: the usual Z and L shapes are tried and kept when nothing is in their way; only a blocked
// call searches the grid around it (gridSearch.ts), in a window that widens until a route is found.
import type { Box, Point, Side } from './geometry';
import { boundsOf, inflate, outward, portOf, segmentBounds, segmentCrosses } from './geometry';
import { searchGrid } from './gridSearch';
import type { ObstaclesIn } from './obstacleIndex';

export interface Route {
  /** From the caller's side to the callee's side; every segment horizontal or vertical. */
  readonly points: readonly Point[];
  readonly sourceSide: Side;
  readonly targetSide: Side;
  /** False when no route around the other components was found and the line may cross one. */
  readonly clear: boolean;
}

/** How far a route keeps from boxes; then, on a crowded board, how close it may squeeze. */
const CLEARANCES = [16, 4] as const;
const BEND_COST = 24;
/** How much wider each search window is than the last, around the two ends. */
const WINDOW_MARGINS = [80, 400] as const;

/** Which side of each box a call uses: the pair that faces across the wider gap (horizontal when tied). */
export function chooseSides(source: Box, target: Box): { source: Side; target: Side } {
  const gapX = Math.max(target.x - (source.x + source.width), source.x - (target.x + target.width));
  const gapY = Math.max(target.y - (source.y + source.height), source.y - (target.y + target.height));
  const dx = target.x + target.width / 2 - (source.x + source.width / 2);
  const dy = target.y + target.height / 2 - (source.y + source.height / 2);
  const horizontal = gapX > 0 || gapY > 0 ? gapX >= gapY : Math.abs(dx) >= Math.abs(dy);
  if (horizontal) return dx >= 0 ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' };
  return dy >= 0 ? { source: 'bottom', target: 'top' } : { source: 'top', target: 'bottom' };
}

export function routeCall(source: Box, target: Box, obstaclesIn: ObstaclesIn): Route {
  const sides = chooseSides(source, target);
  const done = (points: Point[], clear: boolean): Route => ({ points: tidy(points), sourceSide: sides.source, targetSide: sides.target, clear });
  // A call squeezes through a narrow gap before it takes a long way round: every clearance is tried
  // in a small window before the window grows.
  const attempts = CLEARANCES.map((clearance) => attempt(source, target, sides.source, sides.target, obstaclesIn, clearance)).filter(
    (candidate): candidate is Attempt => candidate !== null,
  );
  for (const candidate of attempts) {
    const plain = plainShape(candidate);
    if (plain) return done(plain, true);
  }
  for (const margin of WINDOW_MARGINS) {
    for (const candidate of attempts) {
      const found = searchAround(candidate, margin);
      if (found) return done(found, true);
    }
  }
  const from = portOf(source, sides.source);
  const to = portOf(target, sides.target);
  const start = step(from, sides.source, CLEARANCES[0]);
  const goal = step(to, sides.target, CLEARANCES[0]);
  return done([from, start, ...(shapes(start, goal, sides.source)[0] ?? []), goal, to], false);
}

/** One way to route a call: its ports, the ends of its stubs and the boxes to avoid, all at one clearance. */
interface Attempt {
  readonly source: Box;
  readonly target: Box;
  readonly sourceSide: Side;
  readonly targetSide: Side;
  readonly from: Point;
  readonly to: Point;
  readonly start: Point;
  readonly goal: Point;
  readonly clearance: number;
  /** The call's own ends, kept at `clearance` except along the first and last stubs. */
  readonly ends: readonly Box[];
  readonly obstaclesIn: ObstaclesIn;
}

/** Null when a stub itself would run into another box at this clearance. */
function attempt(source: Box, target: Box, sourceSide: Side, targetSide: Side, obstaclesIn: ObstaclesIn, clearance: number): Attempt | null {
  const from = portOf(source, sourceSide);
  const to = portOf(target, targetSide);
  const start = step(from, sourceSide, clearance);
  const goal = step(to, targetSide, clearance);
  const ends = [inflate(source, clearance), inflate(target, clearance)];
  const candidate: Attempt = { source, target, sourceSide, targetSide, from, to, start, goal, clearance, ends, obstaclesIn };
  return free(candidate, from, start, false) && free(candidate, goal, to, false) ? candidate : null;
}

function free(candidate: Attempt, a: Point, b: Point, withEnds: boolean): boolean {
  const { clearance } = candidate;
  const near = candidate.obstaclesIn(inflate(segmentBounds(a, b), clearance));
  if (near.some((box) => segmentCrosses(a, b, inflate(box, clearance)))) return false;
  return !withEnds || candidate.ends.every((box) => !segmentCrosses(a, b, box));
}

/** The first plain shape (Z, then the two L's) with nothing in its way, as the route's points. */
function plainShape(candidate: Attempt): Point[] | null {
  for (const middle of shapes(candidate.start, candidate.goal, candidate.sourceSide)) {
    const path = [candidate.start, ...middle, candidate.goal];
    const clear = path.every((point, index) => {
      const next = path[index + 1];
      return next === undefined || free(candidate, point, next, true);
    });
    if (clear) return [candidate.from, ...path, candidate.to];
  }
  return null;
}

/** A grid search in a window `margin` wider than the two ends. */
function searchAround(candidate: Attempt, margin: number): Point[] | null {
  const { clearance } = candidate;
  const window = inflate(boundsOf([candidate.source, candidate.target]) as Box, margin + clearance);
  const blockers = [...candidate.ends, ...candidate.obstaclesIn(window).map((box) => inflate(box, clearance))];
  const found = searchGrid({
    start: candidate.start,
    startHeading: outward(candidate.sourceSide),
    goal: candidate.goal,
    goalHeading: reverse(outward(candidate.targetSide)),
    blockers,
    window: boundsOf([window, ...blockers]) as Box,
    bendCost: BEND_COST,
  });
  return found ? [candidate.from, ...found, candidate.to] : null;
}

/** The bends of the plain shapes between two stub ends: a Z through the middle, then the two L's. */
function shapes(start: Point, goal: Point, sourceSide: Side): Point[][] {
  const horizontalFirst = sourceSide === 'left' || sourceSide === 'right';
  const midX = (start.x + goal.x) / 2;
  const midY = (start.y + goal.y) / 2;
  const z = horizontalFirst
    ? [{ x: midX, y: start.y }, { x: midX, y: goal.y }]
    : [{ x: start.x, y: midY }, { x: goal.x, y: midY }];
  return [z, [{ x: goal.x, y: start.y }], [{ x: start.x, y: goal.y }]];
}

function step(point: Point, side: Side, distance: number): Point {
  const direction = outward(side);
  return { x: point.x + direction.x * distance, y: point.y + direction.y * distance };
}

function reverse(direction: Point): Point {
  return { x: -direction.x, y: -direction.y };
}

/** Drops repeated points and the middle of three in a line, so each point left is a real bend. */
export function tidy(points: readonly Point[]): Point[] {
  const distinct = points.filter((point, index) => {
    const before = points[index - 1];
    return !before || before.x !== point.x || before.y !== point.y;
  });
  return distinct.filter((point, index) => {
    const before = distinct[index - 1];
    const after = distinct[index + 1];
    if (!before || !after) return true;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}
