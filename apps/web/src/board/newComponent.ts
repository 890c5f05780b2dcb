// Defaults for a component added from the toolbar: where it lands (the middle of what the user is
// looking at, nudged so it does not cover an existing node) and its name (the kind's label, made
// unique on the board so people can tell "Service" from "Service 2"). Pure, so unit-tested.
import type { XYPosition } from '@xyflow/react';

/** Roughly a rendered node; used to centre new nodes and to tell "covers another" apart. */
export const NODE_SIZE = { width: 160, height: 56 } as const;
const NUDGE = 32;
const MAX_NUDGES = 50;

export function placeNewComponent(viewCentre: XYPosition, existing: readonly XYPosition[]): XYPosition {
  const start = { x: Math.round(viewCentre.x - NODE_SIZE.width / 2), y: Math.round(viewCentre.y - NODE_SIZE.height / 2) };
  for (let step = 0; step < MAX_NUDGES; step++) {
    const candidate = { x: start.x + step * NUDGE, y: start.y + step * NUDGE };
    const covers = existing.some((p) => Math.abs(p.x - candidate.x) < NUDGE && Math.abs(p.y - candidate.y) < NUDGE);
    if (!covers) return candidate;
  }
  // A crowded centre: give up nudging; overlapping is better than refusing to add.
  return start;
}

export function uniqueName(base: string, taken: readonly string[]): string {
  const names = new Set(taken);
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!names.has(candidate)) return candidate;
  }
}
