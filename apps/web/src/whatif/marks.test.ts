import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearAllMarks, describeMark, markedComponents, setMark } from './marks';

function boardWithTwo() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const app = board.addComponent({ kind: 'stateless-service', name: 'App', x: 0, y: 0 });
  const db = board.addComponent({ kind: 'relational-primary', name: 'DB', x: 300, y: 0 });
  return { ydoc, board, localOrigin, app, db };
}

describe('what-if marks', () => {
  it('are written to the shared document and read back as tagged marks', () => {
    const { board, app, db } = boardWithTwo();
    const component = (id: string) => board.snapshot().components.find((c) => c.id === id);
    setMark(board, component(app)!, { kind: 'down' });
    setMark(board, component(db)!, { kind: 'slow', factor: 5 });
    expect(markedComponents(board.snapshot()).map(({ component: c, mark }) => `${c.name} ${describeMark(mark)}`)).toEqual(
      expect.arrayContaining(['App down', 'DB 5× slower']),
    );
    // Switching a mark replaces it rather than stacking both.
    setMark(board, component(app)!, { kind: 'slow', factor: 2 });
    expect(component(app)?.whatIf).toEqual({ slowFactor: 2 });
  });

  it("an entry point's surge is a mark too: described, replacing another, cleared with the rest", () => {
    const { board } = boardWithTwo();
    const web = board.addComponent({ kind: 'web-client', name: 'Browser', x: 0, y: 300, entry: { rps: 100 } });
    const component = () => board.snapshot().components.find((c) => c.id === web)!;
    setMark(board, component(), { kind: 'down' });
    setMark(board, component(), { kind: 'traffic', factor: 5 });
    expect(component().whatIf).toEqual({ trafficFactor: 5 });
    expect(markedComponents(board.snapshot()).map(({ component: c, mark }) => `${c.name} ${describeMark(mark)}`)).toEqual(['Browser traffic ×5']);
    clearAllMarks(board, board.snapshot());
    expect(component().whatIf).toBeUndefined();
  });

  it('clear all removes every mark in one undo step', () => {
    const { ydoc, board, localOrigin, app, db } = boardWithTwo();
    const undo = createUndoManager(ydoc, localOrigin);
    board.updateComponent(app, { whatIf: { down: true } });
    board.updateComponent(db, { whatIf: { slowFactor: 10 } });
    undo.stopCapturing();
    clearAllMarks(board, board.snapshot());
    expect(markedComponents(board.snapshot())).toHaveLength(0);
    undo.undo();
    expect(markedComponents(board.snapshot())).toHaveLength(2);
  });
});
