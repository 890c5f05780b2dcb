// Defaults for a component added from the toolbar: where it lands (the free spot nearest the middle
// of what the user is looking at, so it never hides an existing node or its handles) and its name
// (the kind's label, made unique on the board so people can tell "Service" from "Service 2").
// Pure, so unit-tested.
import type { XYPosition } from '@xyflow/react';

/** A little more than a rendered node with its live badges (nodes.css caps the width): what a new node must keep clear of. */
export const NODE_SIZE = { width: 180, height: 120 } as const;
const GAP = 40;
const MAX_RINGS = 8;

/** Grid offsets (in cells) ring by ring around the centre, nearest first within each ring. */
function offsetsByDistance(): XYPosition[] {
  const offsets: XYPosition[] = [];
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const cells: XYPosition[] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push({ x: dx, y: dy });
      }
    }
    cells.sort((a, b) => a.x * a.x + a.y * a.y - (b.x * b.x + b.y * b.y) || a.y - b.y || a.x - b.x);
    offsets.push(...cells);
  }
  return offsets;
}

const OFFSETS = offsetsByDistance();

export function placeNewComponent(viewCentre: XYPosition, existing: readonly XYPosition[]): XYPosition {
  const start = { x: Math.round(viewCentre.x - NODE_SIZE.width / 2), y: Math.round(viewCentre.y - NODE_SIZE.height / 2) };
  for (const offset of OFFSETS) {
    const candidate = {
      x: start.x + offset.x * (NODE_SIZE.width + GAP),
      y: start.y + offset.y * (NODE_SIZE.height + GAP),
    };
    const overlaps = existing.some(
      (p) => Math.abs(p.x - candidate.x) < NODE_SIZE.width && Math.abs(p.y - candidate.y) < NODE_SIZE.height,
    );
    if (!overlaps) return candidate;
  }
  // A crowded view: overlapping is better than refusing to add.
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
