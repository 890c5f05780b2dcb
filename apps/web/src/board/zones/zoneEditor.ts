// Turns React Flow's gestures on zone frames into Board calls, without React, so it is unit-tested
// against a real Y.Doc. A drag or resize is shown locally while it happens (drafts) and written once,
// as one transaction and one undo step, when it ends. A moved frame takes what it contains along.
import type { Board, BoardSnapshot, ComponentId, ZoneId } from '@napkin/doc';
import type { NodeChange } from '@xyflow/react';
import type { UndoSteps } from '../flowEditor';
import { membersOf, MIN_ZONE_SIZE, moveOffset } from './zoneFlow';
import type { Rect, ZoneView } from './zoneFlow';


export class ZoneEditor {
  constructor(
    private readonly board: Board,
    private readonly undo: UndoSteps,
  ) {}

  /** Applies the changes of zone nodes; `snapshot` is the board as the document has it now. */
  apply(view: ZoneView, changes: readonly NodeChange[], snapshot: BoardSnapshot): ZoneView {
    let { selected, drafts } = view;
    const current = (id: string): Rect | undefined => snapshot.zones.find((zone) => zone.id === id);
    const draft = (id: string): Rect | undefined => drafts.get(id) ?? current(id);
    for (const change of changes) {
      switch (change.type) {
        case 'select':
          selected = toggled(selected, change.id, change.selected);
          break;
        case 'position': {
          const rect = draft(change.id);
          if (rect !== undefined && change.position) drafts = new Map(drafts).set(change.id, { ...rect, ...change.position });
          // A drag ends with `dragging: false`; a resize moves the frame with `dragging` unset.
          if (change.dragging === false) drafts = this.commit(drafts, change.id, snapshot);
          break;
        }
        case 'dimensions': {
          const rect = draft(change.id);
          if (change.resizing === true && rect !== undefined && change.dimensions) {
            drafts = new Map(drafts).set(change.id, { ...rect, ...change.dimensions });
          } else if (change.resizing === false) {
            drafts = this.commit(drafts, change.id, snapshot);
          }
          // Plain measurements (no `resizing`) carry nothing new: the size comes from the document.
          break;
        }
        case 'remove': // deletions go through `remove`, together with components and calls
        case 'add':
        case 'replace':
          break;
        default: {
          const unknown: never = change;
          console.warn('unhandled zone change', unknown);
        }
      }
    }
    return selected === view.selected && drafts === view.drafts ? view : { selected, drafts };
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.board.removeZone(id as ZoneId);
  }

  /**
   * Writes the draft of `id` (rounded, clamped to the minimum size) and drops it. A move (same size)
   * shifts the components and nested frames inside the old rectangle by as much, in the same
   * transaction, so the frame keeps its contents and one undo takes the whole move back.
   */
  private commit(drafts: ReadonlyMap<string, Rect>, id: string, snapshot: BoardSnapshot): ReadonlyMap<string, Rect> {
    const draft = drafts.get(id);
    const before = snapshot.zones.find((zone) => zone.id === id);
    if (draft === undefined) return drafts;
    const rect = { x: Math.round(draft.x), y: Math.round(draft.y), width: Math.round(draft.width), height: Math.round(draft.height) };
    const offset = before ? moveOffset(before, rect) : null;
    this.board.batch(() => {
      this.board.updateZone(id as ZoneId, {
        ...rect,
        width: Math.max(MIN_ZONE_SIZE.width, rect.width),
        height: Math.max(MIN_ZONE_SIZE.height, rect.height),
      });
      if (before === undefined || offset === null) return;
      const members = membersOf(id, before, snapshot);
      for (const c of members.components) this.board.moveComponent(c.id as ComponentId, clamp(c.x + offset.dx), clamp(c.y + offset.dy));
      for (const z of members.zones) this.board.updateZone(z.id, { x: clamp(z.x + offset.dx), y: clamp(z.y + offset.dy) });
    });
    this.undo.stopCapturing();
    const next = new Map(drafts);
    next.delete(id);
    return next;
  }
}

/** Inside the document's coordinate bounds, so a member's move is never refused half-way through the batch. */
function clamp(value: number): number {
  return Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, value));
}
const COORDINATE_LIMIT = 1e7;

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
