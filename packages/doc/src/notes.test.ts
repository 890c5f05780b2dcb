// Notes on the board: text and sticky notes with a size and a colour from the fixed palette, pinned notes
// that move with their component (in the same transaction, so one undo takes both back), and what the
// reader does with a note a peer wrote badly.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { linkDocs } from '../test/sync.js';
import { Board } from './board.js';
import type { AnnotationId } from './ids.js';
import { BoardInputError } from './input.js';
import { boardMaps } from './layout.js';
import { createUndoManager } from './undo.js';

function newBoard() {
  const origin = { user: 'me' };
  const ydoc = new Y.Doc();
  return { board: new Board(ydoc, { localOrigin: origin }), undo: createUndoManager(ydoc, origin, { captureTimeout: 0 }) };
}

function noteOf(board: Board, id: AnnotationId) {
  return board.snapshot().annotations.find((note) => note.id === id);
}

describe('notes', () => {
  it('keeps a sticky note’s kind, size and colour; a text note has none of them set', () => {
    const { board } = newBoard();
    const sticky = board.addAnnotation({ text: 'cache here?', x: 10, y: 20, kind: 'sticky', width: 220, height: 180, colour: 'pink' });
    const text = board.addAnnotation({ text: 'read path', x: 400, y: 20 });
    expect(noteOf(board, sticky)).toEqual({ id: sticky, text: 'cache here?', x: 10, y: 20, kind: 'sticky', width: 220, height: 180, colour: 'pink' });
    expect(noteOf(board, text)).toEqual({ id: text, text: 'read path', x: 400, y: 20 });

    board.updateAnnotation(sticky, { colour: undefined, width: 260, text: 'cache here!' });
    expect(noteOf(board, sticky)).toEqual({ id: sticky, text: 'cache here!', x: 10, y: 20, kind: 'sticky', width: 260, height: 180 });
    expect(board.snapshot().problems).toEqual([]);
  });

  it('refuses a colour outside the palette and a size of zero, writing nothing', () => {
    const { board } = newBoard();
    expect(() => board.addAnnotation({ text: '', x: 0, y: 0, colour: 'teal' as never })).toThrow(BoardInputError);
    const id = board.addAnnotation({ text: 'x', x: 0, y: 0, kind: 'sticky' });
    expect(() => board.updateAnnotation(id, { width: 0 })).toThrow(/width: must be > 0/);
    expect(board.snapshot().annotations).toEqual([{ id, text: 'x', x: 0, y: 0, kind: 'sticky' }]);
  });

  it('moves a pinned note with its component by as much, and leaves other notes where they are', () => {
    const { board } = newBoard();
    const db = board.addComponent({ kind: 'relational-primary', x: 100, y: 100 });
    const pinned = board.addAnnotation({ text: 'hot', x: 300, y: 80, pinnedTo: db });
    const loose = board.addAnnotation({ text: 'elsewhere', x: 0, y: 0 });
    board.moveComponent(db, 160, 40);
    expect(noteOf(board, pinned)).toMatchObject({ x: 360, y: 20, pinnedTo: db });
    expect(noteOf(board, loose)).toMatchObject({ x: 0, y: 0 });
    // A rename is not a move.
    board.updateComponent(db, { name: 'Orders DB' });
    expect(noteOf(board, pinned)).toMatchObject({ x: 360, y: 20 });
  });

  it('takes a component’s move and its notes’ back in one undo step', () => {
    const { board, undo } = newBoard();
    const db = board.addComponent({ kind: 'relational-primary', x: 0, y: 0 });
    const pinned = board.addAnnotation({ text: 'hot', x: 200, y: 0, pinnedTo: db });
    board.moveComponent(db, 50, 50);
    undo.undo();
    expect(board.snapshot().components[0]).toMatchObject({ x: 0, y: 0 });
    expect(noteOf(board, pinned)).toMatchObject({ x: 200, y: 0 });
  });

  it('unpins the notes of a deleted component, which stay where they were; undo pins them again', () => {
    const { board, undo } = newBoard();
    const db = board.addComponent({ kind: 'relational-primary', x: 0, y: 0 });
    const pinned = board.addAnnotation({ text: 'hot', x: 200, y: 0, pinnedTo: db });
    board.removeComponent(db);
    expect(noteOf(board, pinned)).toEqual({ id: pinned, text: 'hot', x: 200, y: 0 });
    undo.undo();
    expect(noteOf(board, pinned)).toEqual({ id: pinned, text: 'hot', x: 200, y: 0, pinnedTo: db });
  });

  it('moves the note on every peer when one peer moves the component', () => {
    const a = new Board(new Y.Doc());
    const b = new Board(new Y.Doc());
    const unlink = linkDocs(a.ydoc, b.ydoc);
    const api = a.addComponent({ kind: 'stateless-service', x: 0, y: 0 });
    const note = a.addAnnotation({ text: 'p99 budget 200 ms', x: 0, y: -60, kind: 'sticky', pinnedTo: api });
    b.moveComponent(api, 300, 300);
    expect(noteOf(a, note)).toMatchObject({ x: 300, y: 240 });
    expect(a.snapshot()).toEqual(b.snapshot());
    unlink();
  });

  it('drops a bad optional field a peer wrote and keeps the note', () => {
    const ydoc = new Y.Doc();
    const fields = new Y.Map<unknown>();
    boardMaps(ydoc).annotations.set('note', fields);
    for (const [key, value] of Object.entries({ text: 'hi', x: 1, y: 2, kind: 'poster', colour: 'blue', pinnedTo: 'not an id!' })) fields.set(key, value);
    const snapshot = new Board(ydoc).snapshot();
    expect(snapshot.annotations).toEqual([{ id: 'note', text: 'hi', x: 1, y: 2, colour: 'blue' }]);
    expect(snapshot.problems.map((problem) => (problem.kind === 'invalid-field' ? problem.field : problem.kind)).sort()).toEqual(['kind', 'pinnedTo']);
  });
});
