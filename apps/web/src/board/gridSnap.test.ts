// Grid snapping of dragged components: where a drag lands with and without Alt, and that the binding
// writes the snapped position (a real Y.Doc), one undo step as any drag.
import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EMPTY_LOCAL_VIEW, FlowEditor } from './flowEditor';
import { GRID_PX, snapToGrid } from './gridSnap';

describe('snapToGrid', () => {
  it('rounds to the nearest grid crossing, or leaves the point as is when free', () => {
    expect(GRID_PX).toBe(10);
    expect(snapToGrid({ x: 585.013, y: -14.9 }, false)).toEqual({ x: 590, y: -10 });
    expect(snapToGrid({ x: 585.013, y: -14.9 }, true)).toEqual({ x: 585.013, y: -14.9 });
  });
});

describe('a drag through the binding', () => {
  it('shows and writes the snapped position', () => {
    const ydoc = new Y.Doc();
    const localOrigin = { user: 'test' };
    const board = new Board(ydoc, { localOrigin });
    const undo = createUndoManager(ydoc, localOrigin);
    const api = board.addComponent({ kind: 'stateless-service', x: 0, y: 0, name: 'API' });
    undo.stopCapturing();
    const editor = new FlowEditor(board, undo, () => undefined, (p) => snapToGrid(p, false));
    let view = editor.applyNodeChanges(EMPTY_LOCAL_VIEW, [{ type: 'position', id: api, position: { x: 33.3, y: 47 }, dragging: true }]);
    expect(view.localDrags.get(api)).toEqual({ x: 30, y: 50 });
    view = editor.applyNodeChanges(view, [{ type: 'position', id: api, dragging: false }]);
    expect(board.snapshot().components[0]).toMatchObject({ x: 30, y: 50 });
  });
});
