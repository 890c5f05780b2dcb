// Copy and paste against a real Y.Doc: the copied selection is a board file the import path accepts
// (what a text editor would hold), calls between copied components come along and the rest stay behind,
// a paste gets fresh ids, lands where asked and is one undo step; references to what was not copied are
// dropped so the file stands alone.
import { Board, createUndoManager } from '@napkin/doc';
import type { ComponentId } from '@napkin/doc';
import { parseBoard } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { besideOriginal, PASTE_OFFSET, pasteFile } from './pasteFile';
import { clipboardText, contentTopLeft, selectionFile } from './selectionFile';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undo = createUndoManager(ydoc, localOrigin);
  const zone = board.addZone({ level: 'availability-zone', name: 'AZ a', x: 0, y: 0, width: 600, height: 300 });
  const api = board.addComponent({ kind: 'stateless-service', name: 'API', x: 40, y: 40, instances: 3, spread: `${zone}:3` });
  const db = board.addComponent({ kind: 'relational-primary', name: 'DB', x: 300, y: 40, params: { capacityRps: 900 } });
  const cache = board.addComponent({ kind: 'in-memory-cache', name: 'Cache', x: 700, y: 40 });
  const toDb = board.addCall({ from: api, to: db, mode: 'sync', timeoutMs: 300 })!;
  board.addCall({ from: api, to: cache, mode: 'sync' });
  const note = board.addAnnotation({ text: 'hot path', x: 700, y: 200, pinnedTo: cache });
  board.setTitle('Source');
  undo.clear();
  return { board, undo, zone, api, db, cache, toDb, note };
}

/** The file as a text editor would hold it, read back as import reads it. */
function throughText(file: ReturnType<typeof selectionFile>) {
  const { board, errors } = parseBoard(clipboardText(file!));
  expect(errors).toEqual([]);
  return board!;
}

describe('selectionFile', () => {
  it('copies the selected components with the calls between them, and nothing else', () => {
    const { board, api, db } = setup();
    const file = throughText(selectionFile(board.snapshot(), new Set([api, db])));
    expect(file.format).toBe('napkin-board');
    expect(file.title).toBeUndefined();
    // Order is the document's (a Y.Map's), so the checks look components up by name.
    expect(file.components.map((c) => c.name).sort()).toEqual(['API', 'DB']);
    expect(file.calls).toEqual([expect.objectContaining({ from: api, to: db, timeoutMs: 300 })]);
    expect(file.zones).toEqual([]);
    // The zone stayed behind, so the spread naming it goes: the copy stands alone.
    expect(file.components.find((c) => c.name === 'API')).not.toHaveProperty('spread');
    expect(file.components.find((c) => c.name === 'DB')?.params).toEqual({ capacityRps: 900 });
  });

  it('a copied zone brings what is drawn inside it, and keeps the spread that names it', () => {
    const { board, zone, api } = setup();
    const file = throughText(selectionFile(board.snapshot(), new Set([zone])));
    expect(file.zones.map((z) => z.name)).toEqual(['AZ a']);
    expect(file.components.map((c) => c.name).sort()).toEqual(['API', 'DB']);
    expect(file.components.find((c) => c.id === api)?.spread).toBe(`${zone}:3`);
  });

  it('a note pinned to a component left behind comes unpinned', () => {
    const { board, note, cache } = setup();
    expect(throughText(selectionFile(board.snapshot(), new Set([note]))).annotations?.[0]).not.toHaveProperty('pinnedTo');
    expect(throughText(selectionFile(board.snapshot(), new Set([note, cache]))).annotations?.[0]?.pinnedTo).toBe(cache);
  });

  it('one branch of a split copied without the rest becomes a plain call', () => {
    const { board, api, db, cache, toDb } = setup();
    const calls = board.snapshot().calls;
    board.batch(() => {
      for (const call of calls) board.updateCall(call.id, { alternative: 'tier', share: 0.5 });
    });
    const partial = throughText(selectionFile(board.snapshot(), new Set([api, db])));
    expect(partial.calls).toEqual([expect.not.objectContaining({ alternative: 'tier' })]);
    const whole = throughText(selectionFile(board.snapshot(), new Set([api, db, cache])));
    expect(whole.calls.find((call) => call.id === toDb)).toMatchObject({ alternative: 'tier', share: 0.5 });
  });

  it('nothing copyable selected: no file', () => {
    const { board, toDb } = setup();
    expect(selectionFile(board.snapshot(), new Set([toDb]))).toBeNull();
  });
});

describe('pasteFile', () => {
  it('pastes with fresh ids at the point asked, the calls between the copies, as one undo step', () => {
    const { board, undo, api, db } = setup();
    const file = throughText(selectionFile(board.snapshot(), new Set([api, db])));
    const before = board.snapshot();
    const pasted = pasteFile(board, undo, file, { x: 1000, y: 500 });
    expect(pasted.ok).toBe(true);
    const after = board.snapshot();
    const added = after.components.filter((c) => !before.components.some((old) => old.id === c.id));
    expect(added.map((c) => [c.name, c.x, c.y]).sort()).toEqual([
      ['API', 1000, 500],
      ['DB', 1260, 500],
    ]);
    expect(pasted.ok && [...pasted.nodeIds].sort()).toEqual(added.map((c) => c.id).sort());
    const addedIds = new Set<string>(added.map((c) => c.id));
    expect(after.calls.filter((call) => addedIds.has(call.from) && addedIds.has(call.to))).toHaveLength(1);
    expect(after.meta.title).toBe('Source');
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });

  it('a second paste of one copy goes one step further from the original (a duplicate)', () => {
    const { board, undo, api } = setup();
    const file = throughText(selectionFile(board.snapshot(), new Set([api])));
    expect(contentTopLeft(file)).toEqual({ x: 40, y: 40 });
    expect(besideOriginal(file, 2)).toEqual({ x: 40 + 2 * PASTE_OFFSET, y: 40 + 2 * PASTE_OFFSET });
    pasteFile(board, undo, file, besideOriginal(file, 1));
    const copy = board.snapshot().components.find((c) => c.name === 'API' && c.id !== (api as ComponentId));
    expect(copy).toMatchObject({ x: 40 + PASTE_OFFSET, y: 40 + PASTE_OFFSET });
  });

  it('a paste past the coordinate range is refused in words, nothing written', () => {
    const { board, undo, api } = setup();
    const file = throughText(selectionFile(board.snapshot(), new Set([api])));
    const before = board.snapshot();
    expect(pasteFile(board, undo, file, { x: 1e12, y: 0 })).toEqual({ ok: false, message: expect.stringContaining('no room left') });
    expect(board.snapshot()).toEqual(before);
  });
});
