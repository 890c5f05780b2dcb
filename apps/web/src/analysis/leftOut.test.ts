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
        expect.stringMatching(/^a component written as "ghost" could not be read and is not drawn or counted: /),
      ]),
    );
  });

  it('names a component whose value the document ignored, and marks it; an unknown key is a warning, the entry counted', () => {
    const ydoc = new Y.Doc();
    const board = new Board(ydoc);
    const users = board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, entry: { rps: 10 } });
    const db = board.addComponent({ kind: 'relational-primary', name: 'Postgres', x: 300, y: 0 });
    const call = board.addCall({ from: users, to: db, mode: 'sync' });
    if (call === null) throw new Error('the call Users -> Postgres was not added');
    // As a script or an older client could write them: a percentage where a fraction goes, a misspelt key.
    const fields = ydoc.getMap<Y.Map<unknown>>('components').get(db);
    (fields?.get('params') as Y.Map<unknown>).set('availability', 99.95);
    (fields?.get('params') as Y.Map<unknown>).set('availabilty', 0.9995);
    ydoc.getMap<Y.Map<unknown>>('calls').get(call)?.set('timeout', 500);
    const snapshot = board.snapshot();

    const result = leftOut(snapshot, engineErrors(snapshot));
    expect(result.lines).toEqual([
      'Postgres: availability ignored (must be a fraction between 0 and 1, e.g. 0.9995; 99.95 looks like a percentage (99.95 % is 0.9995)); the default is used instead',
    ]);
    expect(result.warnings).toEqual([
      'Postgres: unknown field "availabilty" ignored; did you mean availability?',
      'call Users → Postgres: unknown field "timeout" ignored; did you mean timeoutMs?',
    ]);
    expect(result.components.get(db)).toBe(
      'availability ignored (must be a fraction between 0 and 1, e.g. 0.9995; 99.95 looks like a percentage (99.95 % is 0.9995)); the default is used instead; unknown field "availabilty" ignored; did you mean availability?',
    );
    // The component itself is still in the numbers: the engine skipped nothing.
    expect(engineErrors(snapshot)).toEqual([]);
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
