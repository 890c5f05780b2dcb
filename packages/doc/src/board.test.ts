import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchangeUpdates, linkDocs } from '../test/sync.js';
import { Board } from './board.js';
import type { ComponentId } from './ids.js';
import { BoardInputError } from './input.js';

function newBoard() {
  return new Board(new Y.Doc());
}

describe('Board mutations', () => {
  it('adds a component with defaults and reads it back', () => {
    const board = newBoard();
    const id = board.addComponent({ kind: 'service', x: 10, y: 20, params: { capacityRps: 500 } });
    expect(board.snapshot().components).toEqual([
      { id, kind: 'service', name: '', x: 10, y: 20, params: { capacityRps: 500 } },
    ]);
    expect(board.snapshot().problems).toEqual([]);
  });

  it('patches only the given fields; undefined clears a param, null clears a group', () => {
    const board = newBoard();
    const id = board.addComponent({
      kind: 'client',
      x: 0,
      y: 0,
      params: { p50Ms: 1, p99Ms: 5 },
      entry: { rps: 100, readFraction: 0.9 },
      whatIf: { down: true },
    });
    board.updateComponent(id, { name: 'Web', params: { p50Ms: undefined, availability: 0.999 }, entry: { rps: 200 } });
    board.updateComponent(id, { whatIf: null });
    const [component] = board.snapshot().components;
    expect(component).toEqual({
      id,
      kind: 'client',
      name: 'Web',
      x: 0,
      y: 0,
      params: { p99Ms: 5, availability: 0.999 },
      entry: { rps: 200, readFraction: 0.9 },
    });
  });

  it('ignores an attempt to clear a required field, since the entry would become unreadable', () => {
    const board = newBoard();
    const id = board.addComponent({ kind: 'service', x: 1, y: 2, name: 'API' });
    board.updateComponent(id, { kind: undefined, x: undefined, name: undefined });
    expect(board.snapshot().components).toEqual([{ id, kind: 'service', name: '', x: 1, y: 2, params: {} }]);
  });

  it('moves a component with one write of x and y', () => {
    const board = newBoard();
    const id = board.addComponent({ kind: 'service', x: 0, y: 0 });
    expect(board.moveComponent(id, 40, -12)).toBe(true);
    expect(board.snapshot().components[0]).toMatchObject({ x: 40, y: -12 });
  });

  it('removing a component removes the calls from and to it, and only those', () => {
    const board = newBoard();
    const [a, b, c] = ['client', 'service', 'database'].map((kind, i) => board.addComponent({ kind, x: i * 100, y: 0 }));
    const ab = board.addCall({ from: a!, to: b!, mode: 'sync' });
    board.addCall({ from: b!, to: c!, mode: 'sync' });
    const ac = board.addCall({ from: a!, to: c!, mode: 'async', fraction: 0.1 });
    expect(board.removeComponent(b!)).toBe(true);
    const snapshot = board.snapshot();
    expect(snapshot.components.map((component) => component.id).sort()).toEqual([a, c].sort());
    expect(snapshot.calls.map((call) => call.id)).toEqual([ac]);
    expect(snapshot.calls.some((call) => call.id === ab)).toBe(false);
    expect(snapshot.problems).toEqual([]);
  });

  it('refuses a call to a component that does not exist, and returns false for edits of missing entries', () => {
    const board = newBoard();
    const a = board.addComponent({ kind: 'client', x: 0, y: 0 });
    const gone = 'deleted-elsewhere' as ComponentId;
    expect(board.addCall({ from: a, to: gone, mode: 'sync' })).toBeNull();
    expect(board.updateComponent(gone, { name: 'x' })).toBe(false);
    expect(board.removeComponent(gone)).toBe(false);
    expect(board.snapshot().calls).toEqual([]);
  });

  it('rejects invalid local input with a BoardInputError and writes nothing', () => {
    const board = newBoard();
    const before = Y.encodeStateAsUpdate(board.ydoc);
    expect(() => board.addComponent({ kind: 'service', x: Number.NaN, y: 0 })).toThrow(BoardInputError);
    expect(() => board.addComponent({ kind: '', x: 0, y: 0 })).toThrow(/kind/);
    expect(() => board.addZone({ level: 'region', x: 0, y: 0, width: -5, height: 10 })).toThrow(BoardInputError);
    expect(Y.encodeStateAsUpdate(board.ydoc)).toEqual(before);
    const a = board.addComponent({ kind: 'client', x: 0, y: 0 });
    expect(() => board.addCall({ from: a, to: a, mode: 'sync' })).toThrow(/two different/);
    expect(() => board.updateComponent(a, { params: { availability: 2 } })).toThrow(/availability/);
    expect(board.snapshot().components).toEqual([expect.objectContaining({ id: a, params: {} })]);
  });

  it('edits calls, zones, annotations and the title', () => {
    const board = newBoard();
    const a = board.addComponent({ kind: 'client', x: 0, y: 0 });
    const b = board.addComponent({ kind: 'service', x: 0, y: 0 });
    const call = board.addCall({ from: a, to: b, mode: 'sync', retries: 2 })!;
    board.updateCall(call, { retries: undefined, parallelGroup: 'fan', traffic: 'read', label: 'GET /feed' });
    const zone = board.addZone({ level: 'region', x: 0, y: 0, width: 100, height: 100, name: 'eu-west-1' });
    board.updateZone(zone, { availability: 0.9999 });
    const note = board.addAnnotation({ text: 'cache here?', x: 5, y: 5 });
    board.updateAnnotation(note, { text: 'cache here!' });
    board.setTitle('Feed service');
    const snapshot = board.snapshot();
    expect(snapshot.calls[0]).toEqual({
      id: call,
      from: a,
      to: b,
      mode: 'sync',
      traffic: 'read',
      parallelGroup: 'fan',
      label: 'GET /feed',
    });
    expect(snapshot.zones[0]).toMatchObject({ id: zone, name: 'eu-west-1', availability: 0.9999 });
    expect(snapshot.annotations).toEqual([{ id: note, text: 'cache here!', x: 5, y: 5 }]);
    expect(snapshot.meta.title).toBe('Feed service');
    expect(board.removeZone(zone) && board.removeAnnotation(note) && board.removeCall(call)).toBe(true);
    expect(board.snapshot()).toMatchObject({ calls: [], zones: [], annotations: [] });
  });
});

describe('Board across peers', () => {
  it('merges concurrent edits of different fields of one component', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const boardA = new Board(docA);
    const boardB = new Board(docB);
    const id = boardA.addComponent({ kind: 'service', x: 0, y: 0 });
    exchangeUpdates(docA, docB);
    // Offline from each other: A renames and sets capacity, B moves and sets latency.
    boardA.updateComponent(id, { name: 'API', params: { capacityRps: 800 } });
    boardB.updateComponent(id, { x: 300, params: { p99Ms: 40 } });
    exchangeUpdates(docA, docB);
    const expected = { id, kind: 'service', name: 'API', x: 300, y: 0, params: { capacityRps: 800, p99Ms: 40 } };
    expect(boardA.snapshot().components).toEqual([expected]);
    expect(boardB.snapshot()).toEqual(boardA.snapshot());
  });

  it('notifies observers after local and remote transactions, once each', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const unlink = linkDocs(docA, docB);
    const boardA = new Board(docA);
    const seenByB: number[] = [];
    const stop = new Board(docB).observe((snapshot) => seenByB.push(snapshot.components.length));
    const id = boardA.addComponent({ kind: 'service', x: 0, y: 0 });
    boardA.batch(() => {
      boardA.addComponent({ kind: 'cache', x: 1, y: 1 });
      boardA.moveComponent(id, 5, 5);
    });
    stop();
    boardA.removeComponent(id);
    unlink();
    expect(seenByB).toEqual([1, 2]);
  });
});
