// Turns gestures and commands on notes into Board calls, without React, so it is unit-tested against a real
// Y.Doc. A drag or resize is a local draft until it ends, then one write and one undo step; every command
// (add, edit the text, recolour, pin, delete) is its own undo step, taken back by this user's undo only.
import type { AnnotationId, AnnotationPatch, Board, BoardSnapshot, ComponentId, NoteKind } from '@napkin/doc';
import { COORDINATE_LIMIT, NOTE_DEFAULT_SIZE } from '@napkin/fields';
import type { NodeChange, XYPosition } from '@xyflow/react';
import type { UndoSteps } from '../board/flowEditor';
import { kindOf, MIN_NOTE_SIZE } from './noteFlow';
import type { NoteDraft, NoteView } from './noteFlow';

export class NoteEditor {
  constructor(
    private readonly board: Board,
    private readonly undo: UndoSteps,
  ) {}

  /**
   * Applies React Flow's changes to note nodes. `movingWith` holds the ids of other nodes whose drag ends in
   * the same batch: a note dragged together with the component it is pinned to is moved by that component's
   * write, so writing its own position too would move it twice.
   */
  apply(view: NoteView, changes: readonly NodeChange[], snapshot: BoardSnapshot, movingWith: ReadonlySet<string> = new Set()): NoteView {
    let { selected, drafts, measured } = view;
    const note = (id: string) => snapshot.annotations.find((candidate) => candidate.id === id);
    const draftOf = (id: string): NoteDraft | undefined => drafts.get(id) ?? note(id);
    for (const change of changes) {
      switch (change.type) {
        case 'select':
          selected = toggled(selected, change.id, change.selected);
          break;
        case 'position': {
          const current = draftOf(change.id);
          if (current !== undefined && change.position) drafts = new Map(drafts).set(change.id, { ...current, ...change.position });
          if (change.dragging === false) {
            const pinnedTo = note(change.id)?.pinnedTo;
            drafts = pinnedTo !== undefined && movingWith.has(pinnedTo) ? without(drafts, change.id) : this.commit(drafts, change.id);
          }
          break;
        }
        case 'dimensions': {
          const current = draftOf(change.id);
          if (change.resizing === true && current !== undefined && change.dimensions) {
            drafts = new Map(drafts).set(change.id, { ...current, ...change.dimensions });
          } else if (change.resizing === false) {
            drafts = this.commit(drafts, change.id);
          } else if (change.dimensions) {
            measured = new Map(measured).set(change.id, change.dimensions);
          }
          break;
        }
        case 'remove': // deletions go through `remove`, in one transaction with components and zones
        case 'add':
        case 'replace':
          break;
        default: {
          const unknown: never = change;
          console.warn('unhandled note change', unknown);
        }
      }
    }
    return selected === view.selected && drafts === view.drafts && measured === view.measured ? view : { ...view, selected, drafts, measured };
  }

  /** Puts a new, empty note on the board: a text note's top-left corner or a sticky's centre at `at`. */
  add(kind: NoteKind, at: XYPosition): AnnotationId {
    const sticky = kind === 'sticky';
    const x = clamp(Math.round(sticky ? at.x - NOTE_DEFAULT_SIZE.width / 2 : at.x));
    const y = clamp(Math.round(sticky ? at.y - NOTE_DEFAULT_SIZE.height / 2 : at.y));
    const id = this.board.addAnnotation(sticky ? { text: '', x, y, kind: 'sticky', ...NOTE_DEFAULT_SIZE } : { text: '', x, y, kind: 'text' });
    this.undo.stopCapturing();
    return id;
  }

  /** Ends an in-place edit: writes the text if it changed; a text note left empty is removed (nothing to show). */
  finishText(id: string, text: string, snapshot: BoardSnapshot): void {
    const note = snapshot.annotations.find((candidate) => candidate.id === id);
    if (note === undefined) return;
    const written = text.slice(0, TEXT_LIMIT);
    if (kindOf(note) === 'text' && written.trim() === '') this.board.removeAnnotation(id as AnnotationId);
    else if (written !== note.text) this.board.updateAnnotation(id as AnnotationId, { text: written });
    this.undo.stopCapturing();
  }

  /** Colour or kind; a colour of `undefined` goes back to the kind's default. */
  restyle(id: string, patch: Pick<AnnotationPatch, 'colour' | 'kind'>): void {
    this.board.updateAnnotation(id as AnnotationId, patch);
    this.undo.stopCapturing();
  }

  /** Pins the note to a component (it then moves with it), or unpins it with `undefined`. */
  pin(id: string, componentId: string | undefined): void {
    this.board.updateAnnotation(id as AnnotationId, { pinnedTo: componentId as ComponentId | undefined });
    this.undo.stopCapturing();
  }

  /** Removes notes; call inside the batch that removes the rest of a deleted selection. */
  remove(ids: readonly string[]): void {
    for (const id of ids) this.board.removeAnnotation(id as AnnotationId);
  }

  /** Writes the draft of `id` (rounded, at least the minimum size) as one transaction and drops it. */
  private commit(drafts: ReadonlyMap<string, NoteDraft>, id: string): ReadonlyMap<string, NoteDraft> {
    const draft = drafts.get(id);
    if (draft === undefined) return drafts;
    const size = draft.width !== undefined && draft.height !== undefined
      ? { width: Math.max(MIN_NOTE_SIZE.width, Math.round(draft.width)), height: Math.max(MIN_NOTE_SIZE.height, Math.round(draft.height)) }
      : {};
    this.board.updateAnnotation(id as AnnotationId, { x: clamp(Math.round(draft.x)), y: clamp(Math.round(draft.y)), ...size });
    this.undo.stopCapturing();
    return without(drafts, id);
  }
}

/** The field's bound (`@napkin/fields` annotation text): a paste past it is cut, not refused. */
export const TEXT_LIMIT = 10_000;

function clamp(value: number): number {
  return Math.max(-COORDINATE_LIMIT, Math.min(COORDINATE_LIMIT, value));
}

function without<V>(map: ReadonlyMap<string, V>, id: string): ReadonlyMap<string, V> {
  if (!map.has(id)) return map;
  const next = new Map(map);
  next.delete(id);
  return next;
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
