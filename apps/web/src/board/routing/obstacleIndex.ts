// The components a call must keep clear of, bucketed in a coarse grid so a route asks only about the
// boxes near it: on a 1,000-component board a route looks at a handful of boxes, not all of them.
import type { Box } from './geometry';
import { overlaps } from './geometry';

export interface Obstacle {
  readonly id: string;
  readonly box: Box;
}

/** Boxes in (or touching) an area; the router's only view of the board. */
export type ObstaclesIn = (area: Box) => readonly Box[];

const CELL = 256;

export class ObstacleIndex {
  private readonly cells = new Map<string, Obstacle[]>();

  constructor(readonly obstacles: readonly Obstacle[]) {
    for (const obstacle of obstacles) {
      for (const key of cellKeys(obstacle.box)) {
        const bucket = this.cells.get(key);
        if (bucket) bucket.push(obstacle);
        else this.cells.set(key, [obstacle]);
      }
    }
  }

  /** Every obstacle whose box meets `area`, each once, except those whose id is in `except`. */
  query(area: Box, except: ReadonlySet<string> = NONE): Obstacle[] {
    const found = new Set<Obstacle>();
    for (const key of cellKeys(area)) {
      for (const obstacle of this.cells.get(key) ?? []) {
        if (!except.has(obstacle.id) && touches(obstacle.box, area)) found.add(obstacle);
      }
    }
    return [...found];
  }

  /** The query a route of `ends` uses: the boxes near an area, without the call's own two ends. */
  boxesFor(...ends: string[]): ObstaclesIn {
    const except = new Set(ends);
    return (area) => this.query(area, except).map((obstacle) => obstacle.box);
  }
}

const NONE: ReadonlySet<string> = new Set();

/** Overlap, or a shared edge: a box touching a segment's line still matters to it. */
export function touches(a: Box, b: Box): boolean {
  return overlaps(a, b) || (a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height);
}

function* cellKeys(box: Box): Generator<string> {
  const x0 = Math.floor(box.x / CELL);
  const x1 = Math.floor((box.x + box.width) / CELL);
  const y0 = Math.floor(box.y / CELL);
  const y1 = Math.floor((box.y + box.height) / CELL);
  for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) yield `${cx},${cy}`;
}
