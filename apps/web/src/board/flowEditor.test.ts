// The binding's write side against a real Y.Doc: what reaches the document, when, and as how many
// undo steps.
import { Board, createUndoManager } from '@napkin/doc';
import type { ComponentId, PresenceDrag } from '@napkin/doc';
import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_LOCAL_VIEW, FlowEditor } from './flowEditor';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undoManager = createUndoManager(ydoc, localOrigin);
  const published: (PresenceDrag | null)[] = [];
  const editor = new FlowEditor(board, undoManager, (drag) => published.push(drag));
  const updates: Uint8Array[] = [];
  ydoc.on('update', (update: Uint8Array) => updates.push(update));
  const api = board.addComponent({ kind: 'stateless-service', x: 0, y: 0, name: 'API' });
  const db = board.addComponent({ kind: 'relational-primary', x: 300, y: 0, name: 'DB' });
  undoManager.stopCapturing();
  updates.length = 0;
  return { board, undoManager, editor, published, updates, api, db };
}

const moving = (id: string, x: number, y: number): NodeChange => ({ type: 'position', id, position: { x, y }, dragging: true });
const dropped = (id: string, x: number, y: number): NodeChange => ({ type: 'position', id, position: { x, y }, dragging: false });
const positionOf = (board: Board, id: ComponentId) => {
  const component = board.snapshot().components.find((c) => c.id === id);
  return component && { x: component.x, y: component.y };
};

describe('FlowEditor drags', () => {
  it('shows in-flight positions locally and through presence, and writes only the drop', () => {
    const { board, editor, published, updates, api } = setup();
    let view = EMPTY_LOCAL_VIEW;
    for (let step = 1; step <= 20; step++) view = editor.applyNodeChanges(view, [moving(api, step * 5, step * 2)]);

    expect(updates).toHaveLength(0);
    expect(positionOf(board, api)).toEqual({ x: 0, y: 0 });
    expect(view.localDrags.get(api)).toEqual({ x: 100, y: 40 });
    expect(published.at(-1)).toEqual({ componentId: api, x: 100, y: 40 });

    view = editor.applyNodeChanges(view, [dropped(api, 100, 40)]);
    expect(updates).toHaveLength(1);
    expect(positionOf(board, api)).toEqual({ x: 100, y: 40 });
    expect(view.localDrags.size).toBe(0);
    expect(published.at(-1)).toBeNull();
  });

  it('makes each drag its own undo step', () => {
    const { board, editor, undoManager, api } = setup();
    let view = editor.applyNodeChanges(EMPTY_LOCAL_VIEW, [moving(api, 10, 10)]);
    view = editor.applyNodeChanges(view, [dropped(api, 10, 10)]);
    view = editor.applyNodeChanges(view, [moving(api, 50, 50)]);
    editor.applyNodeChanges(view, [dropped(api, 50, 50)]);

    undoManager.undo();
    expect(positionOf(board, api)).toEqual({ x: 10, y: 10 });
    undoManager.undo();
    expect(positionOf(board, api)).toEqual({ x: 0, y: 0 });
  });

  it('writes nothing for a click without movement', () => {
    const { editor, updates, api } = setup();
    editor.applyNodeChanges(EMPTY_LOCAL_VIEW, [dropped(api, 0, 0)]);
    expect(updates).toHaveLength(0);
  });
});

describe('FlowEditor view state', () => {
  it('keeps selection and measured sizes out of the document', () => {
    const { editor, updates, api } = setup();
    const view = editor.applyNodeChanges(EMPTY_LOCAL_VIEW, [
      { type: 'select', id: api, selected: true },
      { type: 'dimensions', id: api, dimensions: { width: 150, height: 52 } },
    ]);
    expect(view.selectedNodes.has(api)).toBe(true);
    expect(view.measured.get(api)).toEqual({ width: 150, height: 52 });
    expect(updates).toHaveLength(0);
    const edges = editor.applyEdgeChanges(view, [{ type: 'select', id: 'c1', selected: true }]);
    expect(edges.selectedEdges.has('c1')).toBe(true);
  });
});

describe('FlowEditor connect and delete', () => {
  it('adds one call per direction and refuses self-loops and duplicates', () => {
    const { board, editor, api, db } = setup();
    expect(editor.connect({ source: api, target: api }, [])).toBeNull();
    expect(editor.connect({ source: api, target: db }, board.snapshot().calls)).not.toBeNull();
    expect(editor.connect({ source: api, target: db }, board.snapshot().calls)).toBeNull();
    expect(board.snapshot().calls).toEqual([expect.objectContaining({ from: api, to: db, mode: 'sync' })]);
  });

  it('deletes components with their calls as one undo step', () => {
    const { board, editor, undoManager, api, db } = setup();
    editor.connect({ source: api, target: db }, []);
    editor.deleteElements([db], []);
    expect(board.snapshot().components.map((c) => c.name)).toEqual(['API']);
    expect(board.snapshot().calls).toHaveLength(0);

    undoManager.undo();
    expect(board.snapshot().components).toHaveLength(2);
    expect(board.snapshot().calls).toHaveLength(1);
  });

  it('tidies the splits that lose branches in the same undo step: the rest back to 100 %, a lone branch a plain call', () => {
    const { board, editor, undoManager, api, db } = setup();
    const cache = board.addComponent({ kind: 'in-memory-cache', x: 300, y: 200, name: 'Cache' });
    const queue = board.addComponent({ kind: 'message-queue', x: 300, y: 400, name: 'Queue' });
    const toDb = board.addCall({ from: api, to: db, mode: 'sync', alternative: 'split', share: 0.5 })!;
    const toCache = board.addCall({ from: api, to: cache, mode: 'sync', alternative: 'split', share: 0.25 })!;
    const toQueue = board.addCall({ from: api, to: queue, mode: 'sync', alternative: 'split', share: 0.25 })!;
    undoManager.stopCapturing();
    const call = (id: string) => board.snapshot().calls.find((c) => c.id === id);

    editor.deleteElements([], [toQueue]);
    expect([call(toDb)?.share, call(toCache)?.share]).toEqual([0.6667, 0.3333]);
    // Deleting Cache takes its call along; the split's lone branch becomes a plain call.
    editor.deleteElements([cache], []);
    expect(call(toDb)).not.toHaveProperty('alternative');
    expect(call(toDb)).not.toHaveProperty('share');

    undoManager.undo();
    expect([call(toDb)?.alternative, call(toDb)?.share, call(toCache)?.share]).toEqual(['split', 0.6667, 0.3333]);
    undoManager.undo();
    expect(board.snapshot().calls).toHaveLength(3);
  });
});
