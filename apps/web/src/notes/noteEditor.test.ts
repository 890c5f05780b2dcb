// Note gestures and commands against a real Y.Doc: drafts until a drag or resize ends, one write and one
// undo step each; a pinned note follows its component's drag on screen and is not moved twice when both are
// dragged together; an empty text note disappears when its edit ends.
import { Board, createUndoManager } from '@napkin/doc';
import type { AnnotationId } from '@napkin/doc';
import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NoteEditor } from './noteEditor';
import { EMPTY_NOTE_VIEW, toNoteNodes } from './noteFlow';
import type { PinTargets } from './noteFlow';
import { nearestComponent } from './pinning';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undoManager = createUndoManager(ydoc, localOrigin);
  const updates: Uint8Array[] = [];
  ydoc.on('update', (update: Uint8Array) => updates.push(update));
  return { board, undoManager, updates, editor: new NoteEditor(board, undoManager) };
}

const NO_PINS: PinTargets = { names: new Map(), offsets: new Map() };
const noteOf = (board: Board, id: string) => board.snapshot().annotations.find((note) => note.id === id);

describe('NoteEditor', () => {
  it('adds a sticky centred on the point and a text note at it, each one undo step', () => {
    const { board, undoManager, editor } = setup();
    const sticky = editor.add('sticky', { x: 300, y: 200 });
    const text = editor.add('text', { x: 10.6, y: 20.2 });
    expect(noteOf(board, sticky)).toEqual({ id: sticky, text: '', x: 200, y: 120, kind: 'sticky', width: 200, height: 160 });
    expect(noteOf(board, text)).toEqual({ id: text, text: '', x: 11, y: 20, kind: 'text' });
    undoManager.undo();
    expect(board.snapshot().annotations.map((note) => note.id)).toEqual([sticky]);
  });

  it('shows a drag locally and writes only the drop, as one update', () => {
    const { board, updates, editor } = setup();
    const id = editor.add('sticky', { x: 100, y: 80 });
    updates.length = 0;
    let view = EMPTY_NOTE_VIEW;
    for (let step = 1; step <= 8; step++) {
      view = editor.apply(view, [{ type: 'position', id, position: { x: step * 10, y: step * 10 }, dragging: true }], board.snapshot());
    }
    expect(updates).toHaveLength(0);
    expect(toNoteNodes(board.snapshot().annotations, view, NO_PINS)[0]?.position).toEqual({ x: 80, y: 80 });
    view = editor.apply(view, [{ type: 'position', id, position: { x: 80.4, y: 79.6 }, dragging: false }], board.snapshot());
    expect(updates).toHaveLength(1);
    expect(noteOf(board, id)).toMatchObject({ x: 80, y: 80 });
    expect(view.drafts.size).toBe(0);
  });

  it('resizes to at least the minimum size, one write when the resize ends', () => {
    const { board, editor } = setup();
    const id = editor.add('sticky', { x: 100, y: 80 });
    const resize: NodeChange[] = [{ type: 'dimensions', id, dimensions: { width: 20, height: 300 }, resizing: true, setAttributes: true }];
    const view = editor.apply(EMPTY_NOTE_VIEW, resize, board.snapshot());
    expect(noteOf(board, id)).toMatchObject({ width: 200, height: 160 });
    editor.apply(view, [{ type: 'dimensions', id, resizing: false }], board.snapshot());
    expect(noteOf(board, id)).toMatchObject({ width: 60, height: 300 });
  });

  it('follows its component’s drag on screen, and is moved once when dragged together with it', () => {
    const { board, editor } = setup();
    const db = board.addComponent({ kind: 'relational-primary', name: 'DB', x: 0, y: 0 });
    const note = board.addAnnotation({ text: 'hot', x: 0, y: -100, kind: 'sticky', pinnedTo: db });
    const pins: PinTargets = { names: new Map([[db as string, 'DB']]), offsets: new Map([[db as string, { x: 50, y: 10 }]]) };
    const [node] = toNoteNodes(board.snapshot().annotations, EMPTY_NOTE_VIEW, pins);
    expect(node?.position).toEqual({ x: 50, y: -90 });
    expect(node?.data.pinnedName).toBe('DB');

    // Both dragged by (50, 10): the component's write moves the note; the note's own drop is not written.
    const view = editor.apply(EMPTY_NOTE_VIEW, [{ type: 'position', id: note, position: { x: 50, y: -90 }, dragging: true }], board.snapshot());
    board.moveComponent(db, 50, 10);
    const after = editor.apply(view, [{ type: 'position', id: note, position: { x: 50, y: -90 }, dragging: false }], board.snapshot(), new Set([db]));
    expect(noteOf(board, note)).toMatchObject({ x: 50, y: -90 });
    expect(after.drafts.size).toBe(0);
  });

  it('writes edited text, removes a text note left empty, keeps an empty sticky', () => {
    const { board, editor } = setup();
    const text = editor.add('text', { x: 0, y: 0 });
    const sticky = editor.add('sticky', { x: 400, y: 0 });
    editor.finishText(text, 'read path: 2 hops', board.snapshot());
    expect(noteOf(board, text)?.text).toBe('read path: 2 hops');
    editor.finishText(text, '  \n', board.snapshot());
    editor.finishText(sticky, '', board.snapshot());
    expect(board.snapshot().annotations.map((note) => note.id)).toEqual([sticky]);
  });

  it('recolours, turns a text note into a sticky, pins and unpins, each undoable alone', () => {
    const { board, undoManager, editor } = setup();
    const api = board.addComponent({ kind: 'stateless-service', x: 0, y: 0 });
    const id = editor.add('text', { x: 0, y: 0 }) as AnnotationId;
    editor.restyle(id, { colour: 'green', kind: 'sticky' });
    editor.pin(id, api);
    expect(noteOf(board, id)).toMatchObject({ colour: 'green', kind: 'sticky', pinnedTo: api });
    editor.pin(id, undefined);
    expect(noteOf(board, id)).not.toHaveProperty('pinnedTo');
    undoManager.undo();
    expect(noteOf(board, id)).toMatchObject({ pinnedTo: api });
  });
});

describe('nearestComponent', () => {
  const at = (id: string, x: number, y: number) => ({ id, kind: 'stateless-service', name: id, x, y, params: {} }) as never;

  it('picks the nearest component edge to edge, within reach, ties to the lower id', () => {
    const note = { x: 0, y: 0, width: 100, height: 100 };
    const components = [at('far', 1000, 0), at('b', 150, 0), at('a', 150, 0), at('touching', -180, 20)];
    expect(nearestComponent(note, components, new Map())?.id).toBe('touching');
    expect(nearestComponent(note, components.slice(0, 3), new Map())?.id).toBe('a');
    expect(nearestComponent(note, [at('far', 1000, 0)], new Map())).toBeNull();
  });
});
