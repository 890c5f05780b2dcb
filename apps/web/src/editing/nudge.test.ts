// Arrow-key nudges against a real Y.Doc: what moves and by how much, everything once, one undo step.
import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { moveSelection, NUDGE_FAR, nudgeOffset } from './nudge';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undo = createUndoManager(ydoc, localOrigin);
  const zone = board.addZone({ level: 'availability-zone', name: 'AZ', x: 0, y: 0, width: 400, height: 300 });
  const inside = board.addComponent({ kind: 'stateless-service', name: 'Inside', x: 40, y: 40 });
  const outside = board.addComponent({ kind: 'stateless-service', name: 'Outside', x: 600, y: 40 });
  const pinned = board.addAnnotation({ text: 'pinned', x: 600, y: 200, pinnedTo: outside });
  const loose = board.addAnnotation({ text: 'loose', x: 900, y: 200 });
  undo.clear();
  return { board, undo, zone, inside, outside, pinned, loose };
}

const at = (board: Board, id: string) => {
  const { components, zones, annotations } = board.snapshot();
  const found = [...components, ...zones, ...annotations].find((item) => item.id === id)!;
  return [found.x, found.y];
};

describe('nudgeOffset', () => {
  it('maps arrows to one pixel, Shift to ten, other keys to nothing', () => {
    expect(nudgeOffset('ArrowLeft', false)).toEqual({ dx: -1, dy: 0 });
    expect(nudgeOffset('ArrowDown', true)).toEqual({ dx: 0, dy: NUDGE_FAR });
    expect(nudgeOffset('a', false)).toBeNull();
  });
});

describe('moveSelection', () => {
  it('moves a frame with what is inside it, and a component with its pinned notes, each once, as one undo step', () => {
    const { board, undo, zone, inside, outside, pinned, loose } = setup();
    const before = board.snapshot();
    // `inside` is selected too, and inside the selected frame: it still moves once.
    expect(moveSelection(board, board.snapshot(), new Set([zone, inside, outside, pinned]), 10, -1)).toBe(true);
    expect(at(board, zone)).toEqual([10, -1]);
    expect(at(board, inside)).toEqual([50, 39]);
    expect(at(board, outside)).toEqual([610, 39]);
    expect(at(board, pinned)).toEqual([610, 199]);
    expect(at(board, loose)).toEqual([900, 200]);
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });

  it('moves a selected loose note; nothing movable selected: nothing written', () => {
    const { board, loose } = setup();
    expect(moveSelection(board, board.snapshot(), new Set([loose]), -1, 0)).toBe(true);
    expect(at(board, loose)).toEqual([899, 200]);
    expect(moveSelection(board, board.snapshot(), new Set(['nothing-here']), 1, 0)).toBe(false);
  });
});
