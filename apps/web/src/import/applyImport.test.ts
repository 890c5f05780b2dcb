// An accepted import is one undo step of its own (an edit made just before stays when it is undone) and
// says what it brought: counts, names that became services, what was left out.
import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyImport } from './applyImport';
import { readImportText } from './readImport';

function boarding() {
  const ydoc = new Y.Doc();
  const origin = { user: 'me' };
  // The app's undo manager merges edits closer than its capture timeout; the import must not be merged.
  return { board: new Board(ydoc, { localOrigin: origin }), undo: createUndoManager(ydoc, origin) };
}

describe('applyImport', () => {
  it('is one undo step, never merged with the edit just before it', () => {
    const { board, undo } = boarding();
    board.addComponent({ kind: 'worker', name: 'Mine', x: 0, y: 0 });
    const reading = readImportText('graph LR\n a[API] --> b[(Postgres)]');
    if (reading.kind !== 'board') throw new Error('expected a board');
    const applied = applyImport(board, undo, reading);
    expect(applied.ok).toBe(true);
    expect(board.snapshot().components).toHaveLength(3);
    undo.undo();
    expect(board.snapshot().components.map((component) => component.name)).toEqual(['Mine']);
    undo.undo();
    expect(board.snapshot().components).toEqual([]);
  });

  it('says what came in, which names became services and what was left out', () => {
    const { board, undo } = boarding();
    const reading = readImportText('graph LR\n a[Auth] --> b[(Postgres)]\n subgraph eu-west-1\n  b\n end\n a --> a');
    if (reading.kind !== 'board') throw new Error('expected a board');
    const applied = applyImport(board, undo, reading);
    expect(applied.notice).toEqual({
      tone: 'done',
      title: 'Imported 2 components, 1 call and 1 zone from the Mermaid flowchart (undo takes it back).',
      details: ['Not recognised, so made services: Auth. Pick their kind in the inspector.', 'line 6: the link from "a" to itself is left out (a component does not call itself)'],
    });
  });

  it('names calls a board file points at missing components', () => {
    const { board, undo } = boarding();
    const reading = readImportText(
      JSON.stringify({ format: 'napkin-board', version: 1, components: [{ id: 'a', kind: 'worker' }], calls: [{ id: 'c1', from: 'a', to: 'ghost', mode: 'sync' }], zones: [] }),
    );
    if (reading.kind !== 'board') throw new Error('expected a board');
    const applied = applyImport(board, undo, reading);
    expect(applied.notice.details).toEqual(['Call c1 left out: it names "ghost", which the file does not have.']);
  });
});
