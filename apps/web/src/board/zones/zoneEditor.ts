// Turns React Flow's gestures on zone frames into Board calls, without React, so it is unit-tested
// against a real Y.Doc. A drag or resize is shown locally while it happens (drafts) and written once,
// as one transaction and one undo step, when it ends.
import type { Board, ZoneId } from '@napkin/doc';
import type { NodeChange } from '@xyflow/react';
import type { UndoSteps } from '../flowEditor';
import type { Rect, ZoneView } from './zoneFlow';

/** Frames smaller than this are hard to grab; the resizer enforces it too. */
export const MIN_ZONE_SIZE = { width: 160, height: 100 } as const;

export class ZoneEditor {
  constructor(
    private readonly board: Board,
    private readonly undo: UndoSteps,
  ) {}

  /** Applies the changes of zone nodes; `current` gives a zone's rectangle as the document has it. */
  apply(view: ZoneView, changes: readonly NodeChange[], current: (id: string) => Rect | undefined): ZoneView {
    let { selected, drafts } = view;
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
          if (change.dragging === false) drafts = this.commit(drafts, change.id);
          break;
        }
        case 'dimensions': {
          const rect = draft(change.id);
          if (change.resizing === true && rect !== undefined && change.dimensions) {
            drafts = new Map(drafts).set(change.id, { ...rect, ...change.dimensions });
          } else if (change.resizing === false) {
            drafts = this.commit(drafts, change.id);
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

  /** Writes the draft of `id` (rounded, clamped to the minimum size) and drops it. */
  private commit(drafts: ReadonlyMap<string, Rect>, id: string): ReadonlyMap<string, Rect> {
    const rect = drafts.get(id);
    if (rect === undefined) return drafts;
    this.board.updateZone(id as ZoneId, {
      x: Math.round(rect.x),
      y: Math.round(rect.y),
      width: Math.max(MIN_ZONE_SIZE.width, Math.round(rect.width)),
      height: Math.max(MIN_ZONE_SIZE.height, Math.round(rect.height)),
    });
    this.undo.stopCapturing();
    const next = new Map(drafts);
    next.delete(id);
    return next;
  }
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
