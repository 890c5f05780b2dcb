// What the numbers leave out, from a real document and the real engine: an entry the document's reader
// skipped and a component of a kind the catalog does not know are both listed, and the component is
// marked by id; a board the engine reads whole leaves nothing out.
import { analyze, parseBoard } from '@napkin/analysis';
import { Board, toBoardFile } from '@napkin/doc';
import type { BoardSnapshot } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leftOut, NOTHING_LEFT_OUT } from './leftOut';
import { describeFormatError } from './runAnalysis';

function engineErrors(snapshot: BoardSnapshot): string[] {
  const { board, errors } = parseBoard(toBoardFile(snapshot));
  if (!board) return errors.map(describeFormatError);
  return analyze(board, undefined, errors).errors.map(describeFormatError);
}

describe('leftOut', () => {
  it('names a component of an unknown kind, the call into it, and an entry the document skipped', () => {
    const ydoc = new Y.Doc();
    const board = new Board(ydoc);
    const users = board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, entry: { rps: 10 } });
    const ledger = board.addComponent({ kind: 'quantum-ledger', name: 'Ledger', x: 300, y: 0 });
    board.addCall({ from: users, to: ledger, mode: 'sync' });
    // A peer wrote a component this version cannot read (no position): the reader skips it.
    const broken = new Y.Map<unknown>();
    ydoc.getMap<Y.Map<unknown>>('components').set('ghost', broken);
    broken.set('kind', 'worker');
    const snapshot = board.snapshot();

    const result = leftOut(snapshot, engineErrors(snapshot));
    expect(result.components.get(ledger)).toBe('unknown kind "quantum-ledger"; component skipped');
    expect(result.lines).toEqual(
      expect.arrayContaining([
        'Ledger: unknown kind "quantum-ledger"; component skipped',
        `call Users → Ledger: no component "${ledger}"; call skipped`,
        expect.stringMatching(/^components\/ghost skipped: /),
      ]),
    );
  });

  it('leaves nothing out of a board the engine reads whole', () => {
    const board = new Board(new Y.Doc());
    const users = board.addComponent({ kind: 'web-client', x: 0, y: 0, entry: { rps: 10 } });
    const app = board.addComponent({ kind: 'postgres', x: 300, y: 0 });
    board.addCall({ from: users, to: app, mode: 'sync' });
    const snapshot = board.snapshot();
    expect(leftOut(snapshot, engineErrors(snapshot))).toBe(NOTHING_LEFT_OUT);
  });
});
