import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { linkDocs } from '../test/sync.js';
import { Board } from './board.js';
import { migrate } from './migrations.js';
import { readSnapshot } from './read.js';
import { createUndoManager } from './undo.js';

/** Two synced users, each with their own origin, board and undo manager (every change its own undo step). */
function twoUsers() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const unlink = linkDocs(docA, docB);
  const user = (doc: Y.Doc, name: string) => {
    const origin = { user: name };
    return { board: new Board(doc, { localOrigin: origin }), undo: createUndoManager(doc, origin, { captureTimeout: 0 }) };
  };
  return { a: user(docA, 'A'), b: user(docB, 'B'), unlink };
}

describe('per-user undo', () => {
  it("A's undo takes back A's changes and never B's", () => {
    const { a, b, unlink } = twoUsers();
    const mine = a.board.addComponent({ kind: 'service', x: 0, y: 0 });
    const theirs = b.board.addComponent({ kind: 'cache', x: 300, y: 0 });
    a.board.moveComponent(mine, 50, 50);
    b.board.updateComponent(theirs, { params: { hitRatio: 0.9 } });
    b.board.updateComponent(mine, { name: 'named by B' });

    a.undo.undo(); // A's move
    expect(a.board.snapshot().components.find((c) => c.id === mine)).toMatchObject({ x: 0, y: 0, name: 'named by B' });
    a.undo.undo(); // A's add
    a.undo.undo(); // nothing left: must not reach into B's history
    const afterUndo = a.board.snapshot();
    expect(afterUndo.components.map((c) => c.id)).toEqual([theirs]);
    expect(afterUndo.components[0]).toMatchObject({ params: { hitRatio: 0.9 } });
    expect(b.board.snapshot()).toEqual(afterUndo);

    a.undo.redo();
    expect(b.board.snapshot().components.map((c) => c.id).sort()).toEqual([mine, theirs].sort());
    unlink();
  });

  it("undoing A's edit of a field B has since overwritten keeps B's value", () => {
    const { a, b, unlink } = twoUsers();
    const id = a.board.addComponent({ kind: 'service', x: 0, y: 0, name: 'original' });
    a.undo.clear();
    a.board.updateComponent(id, { name: 'by A' });
    b.board.updateComponent(id, { name: 'by B' });
    a.undo.undo();
    expect(a.board.snapshot().components[0]?.name).toBe('by B');
    expect(b.board.snapshot().components[0]?.name).toBe('by B');
    unlink();
  });

  it('never undoes a migration or remote updates', () => {
    const { a, b, unlink } = twoUsers();
    migrate(a.board.ydoc, { now: () => 1 });
    b.board.setTitle('B titled it');
    a.board.addComponent({ kind: 'service', x: 0, y: 0 });
    while (a.undo.canUndo()) a.undo.undo();
    const snapshot = readSnapshot(a.board.ydoc);
    expect(snapshot.meta).toEqual({ schemaVersion: 1, title: 'B titled it', createdAt: 1 });
    expect(snapshot.components).toEqual([]);
    unlink();
  });
});
