// A laser pointer's fading trail, kept by each viewer. Peers publish only where their laser is now;
// the viewer stamps each new point with its own clock when it arrives, so the fade never depends on
// another machine's clock, and awareness carries one point instead of a whole trail.
import type { LaserPoint } from '../presence/liveExtras';

export interface TrailPoint {
  readonly x: number;
  readonly y: number;
  /** When this viewer received the point (its own monotonic clock, ms). */
  readonly t: number;
}

/** How long a point stays visible; it fades linearly to nothing over this time. */
export const TRAIL_MS = 1000;
/** Bounds the work per frame however fast the pointer moves (60 Hz for a second, with margin). */
export const TRAIL_MAX_POINTS = 120;

/** Points younger than TRAIL_MS, oldest first. */
export function pruneTrail(trail: readonly TrailPoint[], now: number): readonly TrailPoint[] {
  const firstFresh = trail.findIndex((point) => now - point.t < TRAIL_MS);
  if (firstFresh === 0) return trail;
  return firstFresh === -1 ? [] : trail.slice(firstFresh);
}

/** Adds the laser's current point if it moved; a laser held still adds nothing (its dot shows it). */
export function extendTrail(trail: readonly TrailPoint[], point: LaserPoint | null, now: number): readonly TrailPoint[] {
  const fresh = pruneTrail(trail, now);
  if (point === null) return fresh;
  const last = fresh.at(-1);
  if (last !== undefined && last.x === point.x && last.y === point.y) return fresh;
  return [...fresh, { x: point.x, y: point.y, t: now }].slice(-TRAIL_MAX_POINTS);
}

export interface TrailSegment {
  readonly from: TrailPoint;
  readonly to: TrailPoint;
  /** 1 for a segment drawn just now, falling to 0 at TRAIL_MS. */
  readonly opacity: number;
}

/** The segments between consecutive points, each faded by the age of its newer end. */
export function trailSegments(trail: readonly TrailPoint[], now: number): TrailSegment[] {
  const segments: TrailSegment[] = [];
  for (let i = 1; i < trail.length; i++) {
    const from = trail[i - 1];
    const to = trail[i];
    if (from === undefined || to === undefined) continue;
    const opacity = 1 - (now - to.t) / TRAIL_MS;
    if (opacity > 0) segments.push({ from, to, opacity: Math.min(1, opacity) });
  }
  return segments;
}
