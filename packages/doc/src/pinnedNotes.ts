// Notes pinned to a component move with it. A note keeps its own top-left corner in board coordinates
// (so every reader draws it where `x`/`y` says), and whoever moves a component moves its notes by as much in
// the same transaction: one update on the wire, one undo step. Deleting the component unpins its notes,
// which stay where they are.
import * as Y from 'yjs';
import type { CollectionMap } from './layout.js';
import { COORDINATE_LIMIT } from './schema.js';

/** Shifts every note pinned to `componentId` by (dx, dy); call inside the transaction that moves it. */
export function moveNotesPinnedTo(annotations: CollectionMap, componentId: string, dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return;
  for (const note of pinnedTo(annotations, componentId)) {
    const x = note.get('x');
    const y = note.get('y');
    // A note a peer left without a valid position is not drawn anyway; it is not ours to repair here.
    if (typeof x !== 'number' || typeof y !== 'number') continue;
    note.set('x', clamp(x + dx));
    note.set('y', clamp(y + dy));
  }
}

/** Unpins every note pinned to `componentId`; call inside the transaction that removes it. */
export function unpinNotesOf(annotations: CollectionMap, componentId: string): void {
  for (const note of pinnedTo(annotations, componentId)) note.delete('pinnedTo');
}

function pinnedTo(annotations: CollectionMap, componentId: string): Y.Map<unknown>[] {
  const notes: Y.Map<unknown>[] = [];
  for (const note of annotations.values()) {
    if (note instanceof Y.Map && note.get('pinnedTo') === componentId) notes.push(note);
  }
  return notes;
}

/** Within the coordinate bounds, so a note near the edge of the board is never made unreadable by a move. */
function clamp(value: number): number {
  return Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, value));
}
