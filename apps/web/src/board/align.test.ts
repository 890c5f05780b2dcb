// Align and distribute: where each component goes, what stays put, and one undo step for the whole move.
import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { alignMoves, applyMoves, measuredSizes, placed } from './align';
import type { Placed } from './align';

const box = (id: string, x: number, y: number, width = 100, height = 50): Placed => ({ id, x, y, width, height });
const items = [box('a', 0, 0), box('b', 300, 40, 200, 80), box('c', 120, 400)];

describe('alignMoves', () => {
  it('lines up edges and centres, moving only what is not there yet', () => {
    expect(alignMoves(items, 'left')).toEqual([
      { id: 'b', x: 0, y: 40 },
      { id: 'c', x: 0, y: 400 },
    ]);
    expect(alignMoves(items, 'right')).toEqual([
      { id: 'a', x: 400, y: 0 },
      { id: 'c', x: 400, y: 400 },
    ]);
    // Centre of the span 0..500 is 250.
    expect(alignMoves(items, 'centre')).toEqual([
      { id: 'a', x: 200, y: 0 },
      { id: 'b', x: 150, y: 40 },
      { id: 'c', x: 200, y: 400 },
    ]);
    expect(alignMoves(items, 'bottom').map((move) => move.y)).toEqual([400, 370]);
  });

  it('distributes with equal gaps, the outermost staying put', () => {
    // Along x: a 0..100, c 120..220, b 300..500; gaps (500 - 400) / 2 = 50.
    expect(alignMoves(items, 'distribute-x')).toEqual([{ id: 'c', x: 150, y: 400 }]);
    expect(alignMoves([box('a', 0, 0)], 'left')).toEqual([]);
  });
});

describe('applyMoves', () => {
  it('moves every component in one undo step; an unmeasured one counts as the layout box', () => {
    const ydoc = new Y.Doc();
    const localOrigin = { user: 'test' };
    const board = new Board(ydoc, { localOrigin });
    const undo = createUndoManager(ydoc, localOrigin);
    const a = board.addComponent({ kind: 'stateless-service', name: 'A', x: 0, y: 0 });
    board.addComponent({ kind: 'stateless-service', name: 'B', x: 500, y: 77 });
    undo.stopCapturing();
    const before = board.snapshot();
    const sized = placed(before.components, new Map([[a, { width: 180, height: 90 }]]));
    expect(sized.find((item) => item.id !== a)).toMatchObject({ width: 200, height: 100 });
    applyMoves(board, alignMoves(sized, 'top'));
    expect(board.snapshot().components.map((component) => component.y)).toEqual([0, 0]);
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });
});

describe('measuredSizes', () => {
  it('keeps the sizes of the nodes the canvas measured and leaves out the others', () => {
    const sizes = measuredSizes([{ id: 'a', measured: { width: 180, height: 64 } }, { id: 'b', measured: {} }, { id: 'c' }]);
    expect([...sizes]).toEqual([['a', { width: 180, height: 64 }]]);
  });
});
