// Moving the selection by a few pixels from the keyboard (arrow keys; Shift: ten times as far), and
// moving a whole selection by an offset in general: the selected components and notes, and each selected
// frame with everything drawn inside it (as dragging the frame does). Everything moves once however it was
// reached (a component selected inside a selected frame, a note pinned to a moved component), in one
// transaction: one update on the wire, one undo step.
import type { Board, BoardSnapshot, ComponentId, ZoneId } from '@napkin/doc';
import { COORDINATE_LIMIT } from '@napkin/fields';
import { membersOf } from '../board/zones/zoneFlow';

/** One arrow key press moves this far; with Shift, ten times as far. */
export const NUDGE_PX = 1;
export const NUDGE_FAR = 10;

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** The offset an arrow key asks for, or null for any other key. */
export function nudgeOffset(key: string, far: boolean): { dx: number; dy: number } | null {
  const step = far ? NUDGE_PX * NUDGE_FAR : NUDGE_PX;
  switch (key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return null;
  }
}

/** Moves the selected nodes by (dx, dy) in one transaction; false when nothing selected can move. */
export function moveSelection(board: Board, snapshot: BoardSnapshot, nodeIds: ReadonlySet<string>, dx: number, dy: number): boolean {
  const components = new Set<string>();
  const zones = new Set<string>();
  for (const zone of snapshot.zones) {
    if (!nodeIds.has(zone.id)) continue;
    zones.add(zone.id);
    const members = membersOf(zone.id, zone, snapshot);
    for (const component of members.components) components.add(component.id);
    for (const inner of members.zones) zones.add(inner.id);
  }
  for (const component of snapshot.components) if (nodeIds.has(component.id)) components.add(component.id);
  // A note pinned to a component that moves is moved by the board with it.
  const notes = snapshot.annotations.filter((note) => nodeIds.has(note.id) && !(note.pinnedTo !== undefined && components.has(note.pinnedTo)));
  if (components.size === 0 && zones.size === 0 && notes.length === 0) return false;
  board.batch(() => {
    for (const zone of snapshot.zones) if (zones.has(zone.id)) board.updateZone(zone.id as ZoneId, { x: clamp(zone.x + dx), y: clamp(zone.y + dy) });
    for (const component of snapshot.components) {
      if (components.has(component.id)) board.moveComponent(component.id as ComponentId, clamp(component.x + dx), clamp(component.y + dy));
    }
    for (const note of notes) board.updateAnnotation(note.id, { x: clamp(note.x + dx), y: clamp(note.y + dy) });
  });
  return true;
}

/** Inside the document's coordinate bounds, so no move is refused half-way through the transaction. */
function clamp(value: number): number {
  return Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, value));
}
