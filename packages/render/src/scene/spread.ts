// An export draws every component at one width with its badges under the name, which is often larger than
// the node on the board: components set close together on a tight board overlapped in the picture, their
// figures over each other. The export spreads the whole layout by the least factor that separates every
// pair of boxes (each pair by whichever of its gaps, across or down, needs less), scaling positions of
// components, zones and notes alike, so the picture keeps its shape and every box stays inside its zone
// (a zone grows by the factor, a box not at all). Boxes already apart give factor 1: nothing moves.
import type { Placement } from './placement';

export interface BoxRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Space kept between two boxes, room for a SATURATED label above one and a what-if flag under another. */
export const CLEARANCE = 24;
/**
 * The most the layout is spread: boxes stacked at one point, or nearly, would otherwise blow the picture
 * up without bound. Beyond it what still overlaps was drawn over each other on the board too.
 */
export const MAX_SPREAD = 3;

/** The least factor ≥ 1 (≤ MAX_SPREAD) at which no two boxes overlap once positions are multiplied by it. */
export function spreadFactor(boxes: readonly BoxRect[]): number {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  let factor = 1;
  for (let i = 0; i < sorted.length; i += 1) {
    const left = sorted[i] as BoxRect;
    for (let j = i + 1; j < sorted.length; j += 1) {
      const right = sorted[j] as BoxRect;
      const across = right.x - left.x;
      // Sorted by x and the factor only grows: no later box can reach this one across.
      if (across * factor >= left.width + CLEARANCE) break;
      const upper = right.y >= left.y ? left : right;
      const down = Math.abs(right.y - left.y);
      if (down * factor >= upper.height + CLEARANCE) continue;
      const acrossNeeds = across > 0 ? (left.width + CLEARANCE) / across : Infinity;
      const downNeeds = down > 0 ? (upper.height + CLEARANCE) / down : Infinity;
      factor = Math.max(factor, Math.min(acrossNeeds, downNeeds, MAX_SPREAD));
    }
  }
  return factor;
}

/** The placement with every position (and every zone's size) multiplied by `factor`. */
export function spreadPlacement(placement: Placement, factor: number): Placement {
  if (factor === 1) return placement;
  return {
    ...placement,
    components: placement.components.map((placed) => ({ ...placed, x: placed.x * factor, y: placed.y * factor })),
    zones: placement.zones.map(({ zone, rect }) => ({
      zone,
      rect: { x: rect.x * factor, y: rect.y * factor, width: rect.width * factor, height: rect.height * factor },
    })),
    notes: placement.notes.map((placed) => ({ ...placed, x: placed.x * factor, y: placed.y * factor })),
  };
}
