// Align and distribute for several selected components, as drawing tools offer them: line up their left
// edges, centres or right edges (top, middle, bottom), or spread them so the gaps between them are equal.
// Sizes are what the canvas measured (a component without a measurement counts as the layout box). The
// moves are computed here, pure; `applyMoves` writes them in one transaction, one undo step.
import type { Board, BoardComponent, ComponentId } from '@napkin/doc';
import { LAYOUT_COMPONENT_BOX } from '@napkin/fields';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom' | 'distribute-x' | 'distribute-y';

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Move {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** The components with their drawn size (`sizes` by id; unmeasured: the layout box). */
export function placed(components: readonly BoardComponent[], sizes: ReadonlyMap<string, { width: number; height: number }>): Placed[] {
  return components.map(({ id, x, y }) => ({ id, x, y, ...(sizes.get(id) ?? LAYOUT_COMPONENT_BOX) }));
}

/** The sizes the canvas measured, by id, of the nodes it has measured (for `placed`). */
export function measuredSizes(nodes: Iterable<{ readonly id: string; readonly measured?: { readonly width?: number; readonly height?: number } }>): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const { id, measured } of nodes) if (measured?.width !== undefined && measured.height !== undefined) sizes.set(id, { width: measured.width, height: measured.height });
  return sizes;
}

/** Where each item goes (only those that move), on whole pixels. */
export function alignMoves(items: readonly Placed[], how: Alignment): Move[] {
  if (items.length < 2) return [];
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const top = Math.min(...items.map((item) => item.y));
  const bottom = Math.max(...items.map((item) => item.y + item.height));
  const to = (item: Placed, x: number, y: number): Move => ({ id: item.id, x: Math.round(x), y: Math.round(y) });
  let moves: Move[];
  switch (how) {
    case 'left':
      moves = items.map((item) => to(item, left, item.y));
      break;
    case 'centre':
      moves = items.map((item) => to(item, (left + right) / 2 - item.width / 2, item.y));
      break;
    case 'right':
      moves = items.map((item) => to(item, right - item.width, item.y));
      break;
    case 'top':
      moves = items.map((item) => to(item, item.x, top));
      break;
    case 'middle':
      moves = items.map((item) => to(item, item.x, (top + bottom) / 2 - item.height / 2));
      break;
    case 'bottom':
      moves = items.map((item) => to(item, item.x, bottom - item.height));
      break;
    case 'distribute-x':
      moves = distribute(items, 'x', 'width').map(([item, x]) => to(item, x, item.y));
      break;
    case 'distribute-y':
      moves = distribute(items, 'y', 'height').map(([item, y]) => to(item, item.x, y));
      break;
    default: {
      const unknown: never = how;
      return unknown;
    }
  }
  return moves.filter((move) => {
    const item = items.find((candidate) => candidate.id === move.id)!;
    return item.x !== move.x || item.y !== move.y;
  });
}

/** Equal gaps between neighbours along one axis; the first and last stay where they are. */
function distribute(items: readonly Placed[], axis: 'x' | 'y', size: 'width' | 'height'): [Placed, number][] {
  const sorted = [...items].sort((a, b) => a[axis] - b[axis]);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const span = last[axis] + last[size] - first[axis];
  const occupied = sorted.reduce((sum, item) => sum + item[size], 0);
  const gap = (span - occupied) / (sorted.length - 1);
  let at = first[axis];
  return sorted.map((item) => {
    const position = at;
    at += item[size] + gap;
    return [item, position];
  });
}

/** Writes the moves as one transaction (one undo step for the caller's `Edit`). */
export function applyMoves(board: Board, moves: readonly Move[]): void {
  board.batch(() => {
    for (const move of moves) board.moveComponent(move.id as ComponentId, move.x, move.y);
  });
}
