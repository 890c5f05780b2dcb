// Test fixture: a board with this user's undo manager and two services, A (at 300, 300) calling B (at
// 0, 0), drawn right to left so that a tidy-up by the flow's direction must move them. The tidy-up tests
// add what they lay out around it (a zone, notes) and end the capture before acting.
import { Board, createUndoManager } from '@napkin/doc';
import type { ComponentId } from '@napkin/doc';
import * as Y from 'yjs';

export interface TwoServices {
  readonly board: Board;
  readonly undo: ReturnType<typeof createUndoManager>;
  readonly a: ComponentId;
  readonly b: ComponentId;
}

export function twoServicesBackwards(): TwoServices {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undo = createUndoManager(ydoc, localOrigin);
  const a = board.addComponent({ kind: 'stateless-service', name: 'A', x: 300, y: 300 }) as ComponentId;
  const b = board.addComponent({ kind: 'stateless-service', name: 'B', x: 0, y: 0 }) as ComponentId;
  board.addCall({ from: a, to: b, mode: 'sync' });
  return { board, undo, a, b };
}
