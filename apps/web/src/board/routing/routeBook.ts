// Every call's route on one board, kept between renders so the router runs only when a route may have
// changed, and never for long in one go. A route remembers each area the router asked about while
// finding it (its stubs, the shapes it tried, the search windows); when the document moves, adds or
// removes a component, only routes with an asked-about area touching the old or new box are routed
// again, so a dropped component re-routes its own calls and the few that ran near it, and the result is
// exactly what routing from scratch would give (routeBook.test.ts). A call whose end is moving on the
// canvas (a drag) is routed at once, every frame. Other routes are routed at once while this task's
// budget lasts and only if on screen; the rest wait (drawn with their last route, or React Flow's
// stand-in line) and are routed in idle slices, nearest the middle of the view first: opening a
// 1,000-component board no longer routes ~1,000 calls before the first frame (issue 18).
import type { Box } from './geometry';
import { boundsOf, inflate, overlaps } from './geometry';
import type { Obstacle, ObstaclesIn } from './obstacleIndex';
import { ObstacleIndex, touches } from './obstacleIndex';
import { routeCall } from './router';
import type { Route } from './router';

export interface CallEnds {
  readonly callId: string;
  readonly sourceId: string;
  readonly source: Box;
  readonly targetId: string;
  readonly target: Box;
}

export interface RouteAnswer {
  /** The route to draw: fresh, or the last one while a new one waits; null before the first. */
  readonly route: Route | null;
  /** A new route is waiting for an idle slice: `route` may be out of date. */
  readonly pending: boolean;
}

export interface RouteBookOptions {
  /** Runs `work` when the page is idle (requestIdleCallback in the browser). */
  readonly schedule?: (work: () => void) => void;
  readonly now?: () => number;
  /** Routing time one task may spend before the rest waits for idle slices (ms). */
  readonly budgetMs?: number;
  /** Routing time one idle slice may spend (ms). */
  readonly sliceMs?: number;
  /** How long routes found in idle slices are held before their calls are told, together (ms). */
  readonly announceMs?: number;
}

interface Entry {
  readonly route: Route;
  readonly source: Box;
  readonly target: Box;
  /** Every area the router queried for obstacles while finding this route. */
  readonly asked: readonly Box[];
}

/** Below a frame (16 ms), so routing at open or after a drop leaves room for drawing. */
const BUDGET_MS = 8;
const SLICE_MS = 12;
/**
 * On a page kept busy by other work (a 1,000-component board re-rendering analysis figures spent 28 s of
 * 35 in long tasks on the loaded test machine), slices come seldom: a slice may then run for half the
 * time it waited, up to this, so the line still empties (20.7 s with fixed slices, against 6.4 s when
 * all calls were routed at once, blocking).
 */
const BUSY_SLICE_MS = 100;
/**
 * Each time calls are told of new routes, the canvas commits and the browser lays out and paints a board
 * of 1,000 components, which took 0.2-3 s a time on the loaded test machine: told after every slice,
 * 2 calls a second were drawn; every 2 s, the 1,000 calls took 3.5 times as long as routing them all at
 * once. So the first slice (the calls nearest the view) is told at once, the rest when the line is empty,
 * or every 5 s while it lasts.
 */
const ANNOUNCE_MS = 5000;
/** Calls this close to the view (flow px) count as on screen. */
const VIEW_MARGIN = 200;

export class RouteBook {
  private obstacles = new ObstacleIndex([]);
  private readonly routes = new Map<string, Entry>();
  private readonly stale = new Set<string>();
  private readonly waiting = new Map<string, CallEnds>();
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly versions = new Map<string, number>();
  /** Routed in idle slices, their calls not told yet. */
  private readonly unannounced = new Set<string>();
  private lastAnnounced = -Infinity;
  private lastSliceEnded: number | null = null;
  private focus: () => Box | null = () => null;
  private spent = 0;
  private resetQueued = false;
  private sliceQueued = false;
  /** How many times the router ran: what the cache saves is read from it in tests. */
  routed = 0;

  constructor(private readonly options: RouteBookOptions = {}) {}

  /** The components as the document has them now: routes that asked about a changed box go stale. */
  setObstacles(obstacles: readonly Obstacle[]): void {
    const changed = changedBoxes(this.obstacles.obstacles, obstacles);
    this.obstacles = new ObstacleIndex(obstacles);
    if (changed.length === 0) return;
    for (const [callId, entry] of this.routes) {
      if (!this.stale.has(callId) && entry.asked.some((area) => changed.some((box) => touches(box, area)))) this.stale.add(callId);
    }
  }

  /** Where the view is, in flow coordinates (null: unknown, every call counts as on screen). */
  setFocus(focus: () => Box | null): void {
    this.focus = focus;
  }

  /** The route to draw for a call now; routes it at once, or puts it in line for an idle slice. */
  request(ends: CallEnds): RouteAnswer {
    const entry = this.routes.get(ends.callId);
    const sameEnds = entry !== undefined && sameBox(entry.source, ends.source) && sameBox(entry.target, ends.target);
    if (entry !== undefined && sameEnds && !this.stale.has(ends.callId)) return { route: entry.route, pending: false };
    // A moving end: the line follows it at every frame, whatever the budget.
    const moving = entry !== undefined && !sameEnds;
    if (moving || (this.spent < (this.options.budgetMs ?? BUDGET_MS) && this.onScreen(ends))) {
      const started = this.now();
      const route = this.route(ends);
      this.spend(this.now() - started);
      return { route, pending: false };
    }
    this.waiting.set(ends.callId, ends);
    this.wake();
    return { route: entry?.route ?? null, pending: true };
  }

  /** A call left the canvas: its route and its place in line go. */
  forget(callId: string): void {
    this.routes.delete(callId);
    this.stale.delete(callId);
    this.waiting.delete(callId);
    this.unannounced.delete(callId);
  }

  subscribe(callId: string, listener: () => void): () => void {
    const set = this.listeners.get(callId) ?? new Set();
    set.add(listener);
    this.listeners.set(callId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(callId);
    };
  }

  /** Changes each time an idle slice routes the call: what its edge re-renders on. */
  versionOf(callId: string): number {
    return this.versions.get(callId) ?? 0;
  }

  /** Calls waiting for an idle slice. */
  get waitingCount(): number {
    return this.waiting.size;
  }

  /** One idle slice: the waiting calls nearest the view first, until the slice's time is up. */
  runSlice(): void {
    this.sliceQueued = false;
    const started = this.now();
    const waited = this.lastSliceEnded === null ? 0 : started - this.lastSliceEnded;
    const sliceMs = Math.max(this.options.sliceMs ?? SLICE_MS, Math.min(BUSY_SLICE_MS, waited / 2));
    const focus = this.focus();
    const order = [...this.waiting.values()].map((ends) => ({ ends, distance: focus === null ? 0 : distanceBetween(boundsOf([ends.source, ends.target]) as Box, focus) }));
    order.sort((a, b) => a.distance - b.distance);
    // At least one route per slice, however slow the machine: a slice that only sorted would never end the line.
    for (const [index, { ends }] of order.entries()) {
      if (index > 0 && this.now() - started >= sliceMs) break;
      this.route(ends);
      this.unannounced.add(ends.callId);
    }
    if (this.waiting.size === 0 || this.now() - this.lastAnnounced >= (this.options.announceMs ?? ANNOUNCE_MS)) this.announce();
    this.lastSliceEnded = this.waiting.size === 0 ? null : this.now();
    this.wake();
  }

  /** Tells the calls routed since last time, in one go: one commit of the canvas for all of them. */
  private announce(): void {
    this.lastAnnounced = this.now();
    const told = [...this.unannounced];
    this.unannounced.clear();
    for (const callId of told) {
      this.versions.set(callId, this.versionOf(callId) + 1);
      for (const listener of this.listeners.get(callId) ?? []) listener();
    }
  }

  private route(ends: CallEnds): Route {
    const asked: Box[] = [];
    const boxesNear = this.obstacles.boxesFor(ends.sourceId, ends.targetId);
    const recording: ObstaclesIn = (area) => {
      asked.push(area);
      return boxesNear(area);
    };
    const route = routeCall(ends.source, ends.target, recording);
    this.routed += 1;
    this.routes.set(ends.callId, { route, source: ends.source, target: ends.target, asked });
    this.stale.delete(ends.callId);
    this.waiting.delete(ends.callId);
    return route;
  }

  private onScreen(ends: CallEnds): boolean {
    const focus = this.focus();
    return focus === null || overlaps(boundsOf([ends.source, ends.target]) as Box, inflate(focus, VIEW_MARGIN));
  }

  /** Time spent in this task; the count starts again in the next one. */
  private spend(ms: number): void {
    this.spent += ms;
    if (this.resetQueued) return;
    this.resetQueued = true;
    queueMicrotask(() => {
      this.spent = 0;
      this.resetQueued = false;
    });
  }

  private wake(): void {
    if (this.sliceQueued || this.waiting.size === 0) return;
    this.sliceQueued = true;
    (this.options.schedule ?? whenIdle)(() => this.runSlice());
  }

  private now(): number {
    return (this.options.now ?? (() => performance.now()))();
  }
}

/** The old and new boxes of every component added, removed or moved (resized) between two lists. */
export function changedBoxes(before: readonly Obstacle[], after: readonly Obstacle[]): Box[] {
  const old = new Map(before.map((obstacle) => [obstacle.id, obstacle.box]));
  const changed: Box[] = [];
  for (const { id, box } of after) {
    const was = old.get(id);
    old.delete(id);
    if (was !== undefined && sameBox(was, box)) continue;
    changed.push(box);
    if (was !== undefined) changed.push(was);
  }
  changed.push(...old.values());
  return changed;
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Gap between two boxes (0 when they overlap), along both axes. */
function distanceBetween(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return dx + dy;
}

/**
 * When the page is idle, or as the next task at the latest: a busy page (an analysis answering, a drag)
 * may never be idle, and headless Chromium was seen not to run idle callbacks at all, even with a
 * timeout. A slice is short, so frames are drawn between slices either way.
 */
function whenIdle(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(once);
  setTimeout(once, 0);
}
