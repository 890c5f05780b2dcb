// The fallback of the router: a shortest orthogonal path with few bends on the grid of lines through
// the edges of every box nearby (a Hanan grid). Any orthogonal route that avoids the boxes can be
// slid onto those lines, so when this search finds nothing inside its window, no route exists there.
// Costs are length plus a penalty per bend; A* with the Manhattan distance, which never overestimates.
import type { Box, Point } from './geometry';

export interface GridProblem {
  readonly start: Point;
  /** The direction the route is already heading at `start` (out of the caller). */
  readonly startHeading: Point;
  readonly goal: Point;
  /** The direction it must head at `goal` (into the callee); arriving otherwise costs a bend. */
  readonly goalHeading: Point;
  /** Boxes whose open inside the route may not enter (borders are fine). */
  readonly blockers: readonly Box[];
  /** The search stays inside this box. */
  readonly window: Box;
  readonly bendCost: number;
}

/** Grids bigger than this are not searched: the route is drawn straight instead of freezing a frame. */
export const MAX_GRID_POINTS = 40_000;

const STEPS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
];

function headingIndex(heading: Point): number {
  return STEPS.findIndex((step) => step.x === Math.sign(heading.x) && step.y === Math.sign(heading.y));
}

/** The corners of a route from start to goal, or null when none exists in the window (or it is too big to search). */
export function searchGrid(problem: GridProblem): Point[] | null {
  const { start, goal, window } = problem;
  const xs = lines([window.x, window.x + window.width, start.x, goal.x], problem.blockers, window.x, window.x + window.width, (b) => [b.x, b.x + b.width]);
  const ys = lines([window.y, window.y + window.height, start.y, goal.y], problem.blockers, window.y, window.y + window.height, (b) => [b.y, b.y + b.height]);
  const nx = xs.length;
  const ny = ys.length;
  if (nx * ny > MAX_GRID_POINTS) return null;
  const startNode = xs.indexOf(start.x) + ys.indexOf(start.y) * nx;
  const goalNode = xs.indexOf(goal.x) + ys.indexOf(goal.y) * nx;
  const blocked = blockedGrid(xs, ys, problem.blockers);
  blocked.points[startNode] = 0;
  blocked.points[goalNode] = 0;

  const startHeading = headingIndex(problem.startHeading);
  const goalHeading = headingIndex(problem.goalHeading);
  const cost = new Float64Array(nx * ny * 4).fill(Infinity);
  const previous = new Int32Array(nx * ny * 4).fill(-1);
  const heap = new MinHeap();
  const estimate = (node: number) => Math.abs((xs[node % nx] ?? 0) - goal.x) + Math.abs((ys[Math.floor(node / nx)] ?? 0) - goal.y);
  const first = startNode * 4 + startHeading;
  cost[first] = 0;
  heap.push(estimate(startNode), first);

  while (heap.size > 0) {
    const state = heap.pop();
    const node = state >> 2;
    const heading = state & 3;
    if (node === goalNode) return corners(stateTrail(state, previous), xs, nx, ys);
    const i = node % nx;
    const j = (node - i) / nx;
    for (let next = 0; next < 4; next++) {
      if (next === (heading + 2) % 4) continue;
      const step = STEPS[next] as Point;
      const ni = i + step.x;
      const nj = j + step.y;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const edgeBlocked = step.y === 0 ? blocked.across[Math.min(i, ni) + j * nx] : blocked.down[i + Math.min(j, nj) * nx];
      const target = ni + nj * nx;
      if (edgeBlocked === 1 || blocked.points[target] === 1) continue;
      const length = Math.abs((xs[ni] ?? 0) - (xs[i] ?? 0)) + Math.abs((ys[nj] ?? 0) - (ys[j] ?? 0));
      const bends = (next !== heading ? 1 : 0) + (target === goalNode && next !== goalHeading ? 1 : 0);
      const total = (cost[state] ?? Infinity) + length + bends * problem.bendCost;
      const nextState = target * 4 + next;
      if (total < (cost[nextState] ?? Infinity)) {
        cost[nextState] = total;
        previous[nextState] = state;
        heap.push(total + estimate(target), nextState);
      }
    }
  }
  return null;
}

/** Sorted, distinct coordinates: the fixed ones plus every blocker edge inside [low, high]. */
function lines(fixed: number[], blockers: readonly Box[], low: number, high: number, edges: (box: Box) => [number, number]): number[] {
  const all = new Set(fixed);
  for (const box of blockers) for (const edge of edges(box)) if (edge > low && edge < high) all.add(edge);
  return [...all].sort((a, b) => a - b);
}

interface Blocked {
  /** Grid points strictly inside a blocker. */
  readonly points: Uint8Array;
  /** Steps from (i, j) to (i + 1, j) through a blocker. */
  readonly across: Uint8Array;
  /** Steps from (i, j) to (i, j + 1) through a blocker. */
  readonly down: Uint8Array;
}

function blockedGrid(xs: readonly number[], ys: readonly number[], blockers: readonly Box[]): Blocked {
  const nx = xs.length;
  const size = nx * ys.length;
  const blocked: Blocked = { points: new Uint8Array(size), across: new Uint8Array(size), down: new Uint8Array(size) };
  for (const box of blockers) {
    const right = box.x + box.width;
    const bottom = box.y + box.height;
    // Because every blocker edge is a grid line, a step between neighbours is wholly inside or outside.
    const insideX = range(xs, (x) => x > box.x && x < right);
    const insideY = range(ys, (y) => y > box.y && y < bottom);
    const spanX = range(xs, (x) => x >= box.x && x <= right);
    const spanY = range(ys, (y) => y >= box.y && y <= bottom);
    for (let j = insideY[0]; j <= insideY[1]; j++) {
      for (let i = insideX[0]; i <= insideX[1]; i++) blocked.points[i + j * nx] = 1;
      for (let i = spanX[0]; i < spanX[1]; i++) blocked.across[i + j * nx] = 1;
    }
    for (let i = insideX[0]; i <= insideX[1]; i++) {
      for (let j = spanY[0]; j < spanY[1]; j++) blocked.down[i + j * nx] = 1;
    }
  }
  return blocked;
}

/** First and last index whose value passes `inside` (values sorted, the passing ones contiguous); empty as [1, 0]. */
function range(values: readonly number[], inside: (value: number) => boolean): [number, number] {
  let first = -1;
  let last = -2;
  for (let index = 0; index < values.length; index++) {
    if (inside(values[index] ?? NaN)) {
      if (first < 0) first = index;
      last = index;
    }
  }
  return first < 0 ? [1, 0] : [first, last];
}

function stateTrail(end: number, previous: Int32Array): number[] {
  const trail: number[] = [];
  for (let state = end; state >= 0; state = previous[state] ?? -1) trail.push(state >> 2);
  return trail.reverse();
}

/** Grid nodes to points, keeping only where the route turns. */
function corners(nodes: readonly number[], xs: readonly number[], nx: number, ys: readonly number[]): Point[] {
  const points = nodes.map((node) => ({ x: xs[node % nx] ?? 0, y: ys[Math.floor(node / nx)] ?? 0 }));
  return points.filter((point, index) => {
    const before = points[index - 1];
    const after = points[index + 1];
    if (!before || !after) return true;
    return !((before.x === point.x && point.x === after.x) || (before.y === point.y && point.y === after.y));
  });
}

/** A binary heap of states by priority. */
class MinHeap {
  private readonly priorities: number[] = [];
  private readonly states: number[] = [];

  get size(): number {
    return this.states.length;
  }

  push(priority: number, state: number): void {
    let index = this.states.length;
    this.priorities.push(priority);
    this.states.push(state);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.priorities[parent] ?? 0) <= priority) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  pop(): number {
    const top = this.states[0] ?? -1;
    const lastPriority = this.priorities.pop() ?? 0;
    const lastState = this.states.pop() ?? -1;
    if (this.states.length === 0) return top;
    this.priorities[0] = lastPriority;
    this.states[0] = lastState;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.states.length && (this.priorities[left] ?? 0) < (this.priorities[smallest] ?? 0)) smallest = left;
      if (right < this.states.length && (this.priorities[right] ?? 0) < (this.priorities[smallest] ?? 0)) smallest = right;
      if (smallest === index) return top;
      this.swap(index, smallest);
      index = smallest;
    }
  }

  private swap(a: number, b: number): void {
    [this.priorities[a], this.priorities[b]] = [this.priorities[b] ?? 0, this.priorities[a] ?? 0];
    [this.states[a], this.states[b]] = [this.states[b] ?? 0, this.states[a] ?? 0];
  }
}
