// Which component a note is pinned to when its "Pin" button is pressed: the one nearest to it, measured
// between the two rectangles (0 when they overlap), within reach; a note far from everything pins to nothing.
import type { BoardComponent } from '@napkin/doc';
import type { Size } from './noteFlow';

/** Farther than this (board pixels, edge to edge) a component is not "next to" the note. */
export const PIN_REACH = 240;
/** A component not yet measured is about this big on the canvas. */
const COMPONENT_SIZE: Size = { width: 180, height: 80 };

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function nearestComponent(note: Rect, components: readonly BoardComponent[], sizes: ReadonlyMap<string, Size>): BoardComponent | null {
  let best: BoardComponent | null = null;
  let bestDistance = PIN_REACH;
  for (const component of components) {
    const size = sizes.get(component.id) ?? COMPONENT_SIZE;
    const distance = gap(note, { x: component.x, y: component.y, ...size });
    // Ties go to the lower id, so every tab pins the same note to the same component.
    if (distance < bestDistance || (distance === bestDistance && best !== null && component.id < best.id)) {
      best = component;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edge-to-edge distance between two rectangles; 0 when they touch or overlap. */
export function gap(a: Rect, b: Rect): number {
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}
