// A board file added to a board: on an empty board it keeps its own coordinates and analyses exactly as
// the file; on a board that holds something it lands clear of it, with fresh ids, zones keeping their
// members, calls, spreads and pins following the new ids, the imported part analysing as the file does,
// what was there untouched, and all of it one undo step. A seeded property test (FUZZ_SEED replays) adds
// random files to random boards.
import type { BoardFile } from '@napkin/fields';
import { parseBoard } from '@napkin/fields';
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardFile } from '../test/arbitraries.js';
import { figuresByName } from '../test/figuresByName.js';
import { Board } from './board.js';
import { toBoardFile } from './boardFile.js';
import { importBoardFile } from './importBoardFile.js';
import { BoardInputError } from './input.js';
import { insertBoardFile } from './insertBoardFile.js';
import { boxesOf, overlaps } from './placement.js';
import { readSnapshot } from './read.js';
import { createUndoManager } from './undo.js';

/** Two zones in a region, an entry, a split across the zones, a spread, a pinned note; as an export writes it. */
const FILE: BoardFile = {
  format: 'napkin-board',
  version: 1,
  title: 'Orders',
  components: [
    { id: 'users', kind: 'web-client', name: 'Users', entry: { rps: 800, p99BudgetMs: 250 }, x: 40, y: 40 },
    { id: 'lb', kind: 'load-balancer-l7', name: 'LB', x: 340, y: 40 },
    { id: 'api-a', kind: 'stateless-service', name: 'API A', instances: 2, params: { capacityRps: 500 }, zone: 'az-a', x: 120, y: 280 },
    { id: 'api-b', kind: 'stateless-service', name: 'API B', instances: 2, params: { capacityRps: 450 }, zone: 'az-b', x: 520, y: 280 },
    { id: 'db', kind: 'relational-primary', name: 'Orders DB', spread: 'az-a:1 az-b:1', params: { readReplicas: 1 }, zone: 'az-a', x: 120, y: 480 },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'lb', mode: 'sync', label: 'HTTPS' },
    { id: 'c2', from: 'lb', to: 'api-a', mode: 'sync', alternative: 'zones', share: 0.5 },
    { id: 'c3', from: 'lb', to: 'api-b', mode: 'sync', alternative: 'zones', share: 0.5 },
    { id: 'c4', from: 'api-a', to: 'db', mode: 'sync', timeoutMs: 300 },
    { id: 'c5', from: 'api-b', to: 'db', mode: 'sync', timeoutMs: 300 },
  ],
  zones: [
    { id: 'eu', level: 'region', name: 'Europe', x: 0, y: 200, width: 900, height: 500 },
    { id: 'az-a', level: 'availability-zone', name: 'AZ a', parent: 'eu', x: 60, y: 240, width: 380, height: 420 },
    { id: 'az-b', level: 'availability-zone', name: 'AZ b', parent: 'eu', x: 460, y: 240, width: 400, height: 420 },
  ],
  annotations: [{ id: 'n1', text: 'one DB, two zones', x: 340, y: 600, kind: 'sticky', pinnedTo: 'db' }],
};

function newBoard() {
  const ydoc = new Y.Doc();
  const origin = { user: 'me' };
  return { ydoc, board: new Board(ydoc, { localOrigin: origin }), undo: createUndoManager(ydoc, origin, { captureTimeout: 0 }) };
}

/** A board that already holds a zone with two components, a call and a note, near where the file sits. */
function occupiedBoard() {
  const made = newBoard();
  const { board } = made;
  board.batch(() => {
    board.addZone({ level: 'data-centre', name: 'Office', x: 0, y: 0, width: 700, height: 400 });
    const web = board.addComponent({ kind: 'stateless-service', name: 'Intranet', x: 50, y: 80 });
    const db = board.addComponent({ kind: 'relational-primary', name: 'HR DB', x: 300, y: 80 });
    board.addCall({ from: web, to: db, mode: 'sync' });
    board.addAnnotation({ text: 'legacy', x: 720, y: 500 });
  });
  made.undo.clear();
  return made;
}

const names = (file: BoardFile) => new Set(file.components.map((component) => component.name ?? component.kind));

describe('insertBoardFile', () => {
  it('on an empty board: the file where it was, its title, the same analysis, one undo step', () => {
    const { board, undo } = newBoard();
    const file = parseBoard(JSON.stringify(FILE)).board!;
    const report = insertBoardFile(board, file);
    expect(report).toMatchObject({ offset: { x: 0, y: 0 }, layout: 'file', problems: [] });
    const exported = toBoardFile(board.snapshot());
    expect(exported.title).toBe('Orders');
    const placed = (file: BoardFile) => {
      const zoneName = new Map(file.zones.map((zone) => [zone.id, zone.name]));
      return file.components.map(({ name, x, y, zone }) => [name, x, y, zone === undefined ? null : zoneName.get(zone)]).sort();
    };
    expect(placed(exported)).toEqual(placed(FILE));
    expect(figuresByName(exported)).toEqual(figuresByName(FILE));
    undo.undo();
    expect(board.snapshot()).toMatchObject({ components: [], calls: [], zones: [], annotations: [], meta: { title: '' } });
  });

  it('on a board that holds something: clear of it, zones keep their members, ids followed, same figures, one undo step', () => {
    const { board, undo } = occupiedBoard();
    const before = board.snapshot();
    const report = insertBoardFile(board, FILE);
    const after = board.snapshot();
    const exported = toBoardFile(after);

    // Nothing it brought overlaps anything that was there.
    const imported = new Set<string>([...report.ids.components.values(), ...report.ids.zones.values(), ...report.ids.annotations.values()]);
    const isNew = (element: { id: string }) => imported.has(element.id);
    const newBoxes = boxesOf({ components: after.components.filter(isNew), zones: after.zones.filter(isNew), annotations: after.annotations.filter(isNew) });
    const oldBoxes = boxesOf(before);
    for (const box of newBoxes) for (const old of oldBoxes) expect(overlaps(box, old)).toBe(false);

    // Zones keep their members and parents; calls, the spread and the pin point at the new ids.
    const component = (fileId: string) => exported.components.find((entry) => entry.id === report.ids.components.get(fileId))!;
    const zone = (fileId: string) => report.ids.zones.get(fileId);
    expect(['users', 'lb', 'api-a', 'api-b', 'db'].map((id) => component(id).zone)).toEqual([undefined, undefined, zone('az-a'), zone('az-b'), zone('az-a')]);
    expect(exported.zones.find((entry) => entry.id === zone('az-b'))?.parent).toBe(zone('eu'));
    expect(component('db').spread).toBe(`${zone('az-a')}:1 ${zone('az-b')}:1`);
    const newCalls = new Set<string>(report.ids.calls.values());
    expect(exported.calls.filter((call) => newCalls.has(call.id)).map(({ from, to }) => `${from}→${to}`).sort()).toEqual(
      FILE.calls.map(({ from, to }) => `${report.ids.components.get(from)}→${report.ids.components.get(to)}`).sort(),
    );
    expect(after.annotations.find(isNew)?.pinnedTo).toBe(report.ids.components.get('db'));

    // The imported part analyses as the file does; what was there is untouched, the title kept (there was none).
    expect(figuresByName(exported, names(FILE))).toEqual(figuresByName(FILE));
    for (const old of before.components) expect(after.components).toContainEqual(old);
    expect(after.meta.title).toBe('Orders');

    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });

  it('a second insert of the same file is a second copy, clear of the first', () => {
    const { board } = newBoard();
    const first = insertBoardFile(board, FILE);
    const second = insertBoardFile(board, FILE);
    expect(second.offset.x).toBeGreaterThan(0);
    const firstIds = new Set(first.ids.components.values());
    expect([...second.ids.components.values()].some((id) => firstIds.has(id))).toBe(false);
    expect(board.snapshot().components).toHaveLength(2 * FILE.components.length);
  });

  it('at a point: the top-left of the content corner lands there (a paste at the pointer), overlap allowed, one undo step', () => {
    const { board, undo } = occupiedBoard();
    const before = board.snapshot();
    const report = insertBoardFile(board, FILE, { at: { x: 100.4, y: -50 } });
    // FILE's content starts at (0, 40): the region's left edge and the entry's top.
    expect(report.offset).toEqual({ x: 100, y: -90 });
    const users = board.snapshot().components.find((entry) => entry.id === report.ids.components.get('users'));
    expect(users).toMatchObject({ x: 140, y: -50 });
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });

  it('at a point past the coordinate range: refused, nothing written', () => {
    const { board } = occupiedBoard();
    const before = board.snapshot();
    expect(() => insertBoardFile(board, FILE, { at: { x: 1e12, y: 0 } })).toThrow(BoardInputError);
    expect(board.snapshot()).toEqual(before);
  });

  it('lays out a file without positions first, then places it clear', () => {
    const { board } = occupiedBoard();
    const bare: BoardFile = {
      ...FILE,
      // api-b's zone is not in this file: it lands outside every zone.
      components: FILE.components.map(({ x: _x, y: _y, zone, ...component }) => ({ ...component, ...(zone === 'az-a' ? { zone } : {}) })),
      zones: [
        { id: 'eu', level: 'region' },
        { id: 'az-a', level: 'availability-zone', parent: 'eu' },
      ],
      annotations: [],
    };
    const before = board.snapshot();
    const report = insertBoardFile(board, bare);
    expect(report.layout).toBe('computed');
    const exported = toBoardFile(board.snapshot());
    const zoneOf = (fileId: string) => exported.components.find((entry) => entry.id === report.ids.components.get(fileId))?.zone;
    expect(zoneOf('api-a')).toBe(report.ids.zones.get('az-a'));
    expect(zoneOf('users')).toBeUndefined();
    const newBoxes = boxesOf({ components: board.snapshot().components.filter((entry) => !before.components.some((old) => old.id === entry.id)), zones: [] });
    for (const box of newBoxes) for (const old of boxesOf(before)) expect(overlaps(box, old)).toBe(false);
  });
});

const SEED = fuzzSeed();

describe(`insertBoardFile into random boards (fast-check seed ${SEED}, replay with FUZZ_SEED)`, () => {
  it('never overlaps what is there and keeps every zone membership the file had', () => {
    printSeed('insertBoardFile into random boards', SEED);
    const existing = fc.array(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.integer({ min: -2000, max: 2000 }), zone: fc.boolean() }), { maxLength: 6 });
    fc.assert(
      fc.property(existing, boardFile, (occupants, file) => {
        const { board } = newBoard();
        for (const { x, y, zone } of occupants) {
          if (zone) board.addZone({ level: 'region', x, y, width: 500, height: 300 });
          else board.addComponent({ kind: 'worker', x, y });
        }
        const before = board.snapshot();
        const expected = laidOut(file);
        let report;
        try {
          report = insertBoardFile(board, file);
        } catch (error) {
          expect(error).toBeInstanceOf(BoardInputError);
          return;
        }
        const after = board.snapshot();
        const fresh = (element: { id: string }) => !before.components.some((old) => old.id === element.id) && !before.zones.some((old) => old.id === element.id);
        for (const box of boxesOf({ components: after.components.filter(fresh), zones: after.zones.filter(fresh) })) {
          for (const old of boxesOf(before)) expect(overlaps(box, old)).toBe(false);
        }
        const exported = toBoardFile(after);
        for (const component of expected.components) {
          const placed = exported.components.find((entry) => entry.id === report.ids.components.get(component.id));
          expect(placed?.zone).toBe(component.zone === undefined ? undefined : report.ids.zones.get(component.zone));
        }
        for (const zone of expected.zones) {
          const placed = exported.zones.find((entry) => entry.id === report.ids.zones.get(zone.id));
          expect(placed?.parent).toBe(zone.parent === undefined ? undefined : report.ids.zones.get(zone.parent));
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 60_000);
});

/** The file as a new document lays it out: the membership an insert must keep. */
function laidOut(file: BoardFile): BoardFile {
  const scratch = new Y.Doc();
  importBoardFile(scratch, file);
  return toBoardFile(readSnapshot(scratch));
}
