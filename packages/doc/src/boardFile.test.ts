import { parseBoard } from '@napkin/fields';
import type { BoardFile } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Board } from './board.js';
import { toBoardFile } from './boardFile.js';
import { importBoardFile } from './importBoardFile.js';

function imported(file: BoardFile) {
  const ydoc = new Y.Doc();
  const report = importBoardFile(ydoc, file);
  return { report, board: new Board(ydoc) };
}

describe('toBoardFile', () => {
  it('maps a board to the napkin-board JSON format, layout included', () => {
    const board = new Board(new Y.Doc());
    board.setTitle('Feed');
    const region = board.addZone({ level: 'region', name: 'eu-west-1', x: 0, y: 0, width: 1000, height: 1000, continent: 'europe' });
    const az = board.addZone({ level: 'availability-zone', x: 100, y: 100, width: 300, height: 300, availability: 0.999 });
    const client = board.addComponent({ kind: 'client', x: -200, y: 0, entry: { rps: 1000, readFraction: 0.9 } });
    const api = board.addComponent({ kind: 'service', name: 'API', x: 150, y: 150, instances: 4, params: { capacityRps: 500 } });
    const db = board.addComponent({ kind: 'database', x: 600, y: 600, whatIf: { down: true } });
    const toApi = board.addCall({ from: client, to: api, mode: 'sync', label: 'GET /feed' });
    const toDb = board.addCall({ from: api, to: db, mode: 'sync', parallelGroup: 'reads', timeoutMs: 100, retries: 2 });
    const note = board.addAnnotation({ text: 'cache here?', x: 5, y: 6 });

    const file = toBoardFile(board.snapshot());
    expect(file.format).toBe('napkin-board');
    expect(file.version).toBe(1);
    expect(file.title).toBe('Feed');
    const byId = new Map(file.components.map((component) => [component.id, component]));
    expect(byId.get(client)).toEqual({ id: client, kind: 'client', entry: { rps: 1000, readFraction: 0.9 }, x: -200, y: 0 });
    expect(byId.get(api)).toEqual({ id: api, kind: 'service', name: 'API', instances: 4, zone: az, params: { capacityRps: 500 }, x: 150, y: 150 });
    expect(byId.get(db)).toEqual({ id: db, kind: 'database', zone: region, whatIf: { down: true }, x: 600, y: 600 });
    const calls = new Map(file.calls.map((call) => [call.id, call]));
    // Unset fields stay unset: the engine's defaults apply. The label is layout, carried for the board.
    expect(calls.get(toApi!)).toEqual({ id: toApi, from: client, to: api, mode: 'sync', label: 'GET /feed' });
    expect(calls.get(toDb!)).toMatchObject({ parallelGroup: 'reads', timeoutMs: 100, retries: 2 });
    expect(new Map(file.zones.map((zone) => [zone.id, zone]))).toEqual(
      new Map([
        [region, { id: region, level: 'region', name: 'eu-west-1', continent: 'europe', x: 0, y: 0, width: 1000, height: 1000 }],
        [az, { id: az, level: 'availability-zone', parent: region, availability: 0.999, x: 100, y: 100, width: 300, height: 300 }],
      ]),
    );
    expect(file.annotations).toEqual([{ id: note, text: 'cache here?', x: 5, y: 6 }]);
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
    expect(parseBoard(JSON.stringify(file))).toEqual({ board: file, errors: [] });
  });

  it('nests two identical zone rectangles one way only, never in a cycle', () => {
    const board = new Board(new Y.Doc());
    board.addZone({ level: 'region', x: 0, y: 0, width: 100, height: 100 });
    board.addZone({ level: 'availability-zone', x: 0, y: 0, width: 100, height: 100 });
    const zones = toBoardFile(board.snapshot()).zones;
    expect(zones.filter((zone) => zone.parent !== undefined)).toHaveLength(1);
  });

  it('exports an empty board', () => {
    expect(toBoardFile(new Board(new Y.Doc()).snapshot())).toEqual({ format: 'napkin-board', version: 1, components: [], calls: [], zones: [] });
  });
});

describe('importBoardFile', () => {
  const handWritten: BoardFile = {
    format: 'napkin-board',
    version: 1,
    title: 'Two regions',
    components: [
      { id: 'users', kind: 'web-client', entry: { rps: 100 } },
      { id: 'api', kind: 'stateless-service', zone: 'eu-a', instances: 3 },
      { id: 'db', kind: 'relational-primary', zone: 'eu' },
      { id: 'replica', kind: 'relational-replica', zone: 'us' },
    ],
    calls: [
      { id: 'c1', from: 'users', to: 'api', mode: 'sync' },
      { id: 'c2', from: 'api', to: 'db', mode: 'sync', fraction: 0.3 },
    ],
    zones: [
      { id: 'eu', level: 'region', continent: 'europe' },
      { id: 'eu-a', level: 'availability-zone', parent: 'eu' },
      { id: 'us', level: 'region', continent: 'north-america' },
    ],
  };

  it('lays out a file without positions so that its zones hold what the file says', () => {
    const { report, board } = imported(handWritten);
    expect(report).toEqual({ layout: 'computed', problems: [] });
    const file = toBoardFile(board.snapshot());
    const withoutLayout = {
      ...file,
      components: file.components.map(({ x: _x, y: _y, ...component }) => component),
      zones: file.zones.map(({ x: _x, y: _y, width: _w, height: _h, ...zone }) => zone),
    };
    const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(withoutLayout).toEqual({ ...handWritten, components: byId(handWritten.components), calls: byId(handWritten.calls), zones: byId(handWritten.zones) });
    // Laid out once, the same every time.
    expect(toBoardFile(imported(handWritten).board.snapshot())).toEqual(file);
  });

  it('keeps the file’s own layout, and reads back the same file', () => {
    const { board } = imported(handWritten);
    const file = toBoardFile(board.snapshot());
    const again = imported(file);
    expect(again.report).toEqual({ layout: 'file', problems: [] });
    expect(toBoardFile(again.board.snapshot())).toEqual(file);
    expect(again.board.snapshot()).toEqual(board.snapshot());
  });

  it('leaves out and reports what a document cannot hold', () => {
    const file: BoardFile = {
      ...handWritten,
      components: [...handWritten.components, { id: 'lost', kind: 'worker', zone: 'atlantis' }],
      calls: [...handWritten.calls, { id: 'loop', from: 'api', to: 'api', mode: 'sync' }, { id: 'ghost', from: 'api', to: 'nobody', mode: 'async' }],
      zones: [...handWritten.zones, { id: 'a', level: 'data-centre', parent: 'b' }, { id: 'b', level: 'data-centre', parent: 'a' }],
    };
    const { report, board } = imported(file);
    expect(report.problems).toEqual([
      { kind: 'zone-cycle', id: 'a', parent: 'b' },
      { kind: 'unknown-zone', collection: 'components', id: 'lost', zone: 'atlantis' },
      { kind: 'self-call', id: 'loop' },
      { kind: 'dangling-call', id: 'ghost', missing: ['nobody'] },
    ]);
    const snapshot = board.snapshot();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.calls.map((call) => call.id)).toEqual(['c1', 'c2']);
    const zones = new Map(toBoardFile(snapshot).zones.map((zone) => [zone.id, zone.parent]));
    expect([zones.get('a'), zones.get('b')]).toEqual([undefined, 'a']);
  });
});
