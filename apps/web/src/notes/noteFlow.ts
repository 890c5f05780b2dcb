// Notes as React Flow nodes, derived from the snapshot like components and zones, with this tab's gesture in
// progress (a drag or resize: a draft) layered on top until it ends. A pinned note also follows its
// component while that component is dragged (ours or a peer's in-flight position), so it never lags behind
// on anyone's screen; the document moves it for good when the drag is written.
import type { BoardAnnotation, NoteColour, NoteKind } from '@napkin/doc';
import { NOTE_DEFAULT_SIZE } from '@napkin/fields';
import type { Node, XYPosition } from '@xyflow/react';

export interface NoteNodeData extends Record<string, unknown> {
  readonly text: string;
  readonly kind: NoteKind;
  readonly colour: NoteColour | null;
  /** The name of the component it is pinned to; null when it is not pinned (or that component is gone). */
  readonly pinnedName: string | null;
}

export type NoteFlowNode = Node<NoteNodeData, 'note'>;

export interface NoteDraft {
  readonly x: number;
  readonly y: number;
  readonly width?: number;
  readonly height?: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Notes' view state in this tab. */
export interface NoteView {
  readonly selected: ReadonlySet<string>;
  readonly drafts: ReadonlyMap<string, NoteDraft>;
  /** Sizes React Flow measured (a text note without a size of its own fits its text). */
  readonly measured: ReadonlyMap<string, Size>;
  /** The note whose text is being edited in place here, if any. */
  readonly editing: string | null;
}

export const EMPTY_NOTE_VIEW: NoteView = { selected: new Set(), drafts: new Map(), measured: new Map(), editing: null };

/** Smallest size a resize may leave; the resizer enforces it too. */
export const MIN_NOTE_SIZE = { width: 60, height: 32 } as const;

export interface PinTargets {
  /** Component names by id (for "pinned to …" and to tell a live pin from a dangling one). */
  readonly names: ReadonlyMap<string, string>;
  /** How far each component is drawn from where the document has it (a drag in flight). */
  readonly offsets: ReadonlyMap<string, XYPosition>;
}

export function kindOf(note: Pick<BoardAnnotation, 'kind'>): NoteKind {
  return note.kind ?? 'text';
}

/** The size a note is drawn at: its own, a sticky's default, or none (a text note fits its text). */
export function sizeOf(note: BoardAnnotation): Partial<Size> {
  if (note.width !== undefined && note.height !== undefined) return { width: note.width, height: note.height };
  if (kindOf(note) === 'sticky') return { width: note.width ?? NOTE_DEFAULT_SIZE.width, height: note.height ?? NOTE_DEFAULT_SIZE.height };
  return note.width !== undefined ? { width: note.width } : {};
}

export function toNoteNode(note: BoardAnnotation, view: NoteView, pins: PinTargets): NoteFlowNode {
  const draft = view.drafts.get(note.id);
  const pinnedName = note.pinnedTo !== undefined ? (pins.names.get(note.pinnedTo) ?? null) : null;
  const follow = note.pinnedTo !== undefined && draft === undefined ? pins.offsets.get(note.pinnedTo) : undefined;
  const size = { ...sizeOf(note), ...(draft?.width !== undefined ? { width: draft.width } : {}), ...(draft?.height !== undefined ? { height: draft.height } : {}) };
  const measured = view.measured.get(note.id);
  return {
    id: note.id,
    type: 'note',
    position: draft ? { x: draft.x, y: draft.y } : { x: note.x + (follow?.x ?? 0), y: note.y + (follow?.y ?? 0) },
    ...size,
    ...(measured ? { measured: { width: measured.width, height: measured.height } } : {}),
    selected: view.selected.has(note.id),
    // While its text is edited, the pointer selects text instead of moving the note.
    draggable: view.editing !== note.id,
    data: { text: note.text, kind: kindOf(note), colour: note.colour ?? null, pinnedName },
  };
}

/** Maps every note, reusing the previous node object wherever nothing visible changed. */
export function toNoteNodes(
  notes: readonly BoardAnnotation[],
  view: NoteView,
  pins: PinTargets,
  previous: ReadonlyMap<string, NoteFlowNode> = new Map(),
): NoteFlowNode[] {
  return notes.map((note) => {
    const next = toNoteNode(note, view, pins);
    const before = previous.get(note.id);
    return before !== undefined && sameNote(before, next) ? before : next;
  });
}

function sameNote(a: NoteFlowNode, b: NoteFlowNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.selected === b.selected &&
    a.draggable === b.draggable &&
    a.data.text === b.data.text &&
    a.data.kind === b.data.kind &&
    a.data.colour === b.data.colour &&
    a.data.pinnedName === b.data.pinnedName
  );
}
