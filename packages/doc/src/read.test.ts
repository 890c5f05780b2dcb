import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchangeUpdates } from '../test/sync.js';
import { Board } from './board.js';
import { boardMaps, SCHEMA_VERSION } from './layout.js';
import { describeProblem } from './problems.js';
import { readSnapshot } from './read.js';

/** A component map as a hostile or buggy peer might write it, bypassing `Board`. */
function writeRaw(doc: Y.Doc, collection: 'components' | 'calls' | 'zones' | 'annotations', id: string, fields: Record<string, unknown>) {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    boardMaps(doc)[collection].set(id, map);
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
}

describe('readSnapshot: everything a peer wrote is validated', () => {
  it('skips entries that are not Y.Maps or have malformed ids, and says why', () => {
    const doc = new Y.Doc();
    const components = boardMaps(doc).components as unknown as Y.Map<unknown>;
    components.set('plain', { kind: 'service', x: 0, y: 0 });
    components.set('number', 42);
    writeRaw(doc, 'components', 'has space', { kind: 'service', x: 0, y: 0 });
    const snapshot = readSnapshot(doc);
    expect(snapshot.components).toEqual([]);
    expect(snapshot.problems).toEqual([
      { kind: 'invalid-entry', collection: 'components', id: 'has space', reason: expect.stringContaining('url-safe') },
      { kind: 'invalid-entry', collection: 'components', id: 'number', reason: 'entry is not a Y.Map of fields' },
      { kind: 'invalid-entry', collection: 'components', id: 'plain', reason: 'entry is not a Y.Map of fields' },
    ]);
  });

  it('skips an entry whose required field is missing or wrong', () => {
    const doc = new Y.Doc();
    writeRaw(doc, 'components', 'nokind', { x: 0, y: 0 });
    writeRaw(doc, 'components', 'far', { kind: 'service', x: 1e300, y: 0 });
    writeRaw(doc, 'zones', 'flat', { level: 'region', x: 0, y: 0, width: 0, height: 10 });
    writeRaw(doc, 'zones', 'planet', { level: 'planet', x: 0, y: 0, width: 10, height: 10 });
    writeRaw(doc, 'annotations', 'note', { text: 7, x: 0, y: 0 });
    const snapshot = readSnapshot(doc);
    expect(snapshot).toMatchObject({ components: [], zones: [], annotations: [] });
    expect(snapshot.problems.map((problem) => problem.kind === 'invalid-entry' && `${problem.collection}/${problem.id}`)).toEqual([
      'components/far',
      'components/nokind',
      'zones/flat',
      'zones/planet',
      'annotations/note',
    ]);
  });

  it('drops only a bad optional field, keeping the entry with its default', () => {
    const doc = new Y.Doc();
    const params = new Y.Map<unknown>();
    writeRaw(doc, 'components', 'svc', { kind: 'service', x: 1, y: 2, name: { evil: true }, instances: -3, params, entry: 'lots' });
    params.set('capacityRps', 'fast');
    params.set('p99Ms', 30);
    params.set('fromTheFuture', 1);
    const snapshot = readSnapshot(doc);
    expect(snapshot.components).toEqual([{ id: 'svc', kind: 'service', name: '', x: 1, y: 2, params: { p99Ms: 30 } }]);
    expect(snapshot.problems.map((problem) => problem.kind === 'invalid-field' && problem.field).filter(Boolean)).toEqual([
      'name',
      'instances',
      'params.capacityRps',
      'entry',
    ]);
    // A key this version does not declare keeps the entry and is reported, not ignored in silence.
    expect(snapshot.problems.filter((problem) => problem.kind === 'unknown-field')).toEqual([
      { kind: 'unknown-field', collection: 'components', id: 'svc', field: 'params.fromTheFuture', hint: '' },
    ]);
  });

  it('reports a key no field declares, with what it most likely meant, and keeps the entry', () => {
    const doc = new Y.Doc();
    const params = new Y.Map<unknown>();
    writeRaw(doc, 'components', 'db', { kind: 'relational-primary', x: 0, y: 0, params, availability: 0.99 });
    params.set('availabilty', 0.9995);
    params.set('hit_ratio', 0.9);
    writeRaw(doc, 'components', 'app', { kind: 'service', x: 0, y: 0 });
    writeRaw(doc, 'calls', 'c1', { from: 'app', to: 'db', mode: 'sync', timeout: 500 });
    writeRaw(doc, 'zones', 'z1', { level: 'region', x: 0, y: 0, width: 10, height: 10, colour: 'red' });
    const snapshot = readSnapshot(doc);
    expect(snapshot.components.map((component) => component.id)).toEqual(['app', 'db']);
    expect(snapshot.calls).toHaveLength(1);
    expect(snapshot.problems.map(describeProblem)).toEqual([
      'components/db.availability ignored: unknown field; did you mean params.availability?',
      'components/db.params.availabilty ignored: unknown field; did you mean availability?',
      'components/db.params.hit_ratio ignored: unknown field; did you mean hitRatio?',
      'calls/c1.timeout ignored: unknown field; did you mean timeoutMs?',
      'zones/z1.colour ignored: unknown field',
    ]);
  });

  it('finds no unknown key in what the board itself writes', () => {
    const board = new Board(new Y.Doc());
    const users = board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, instances: 2, spread: 'a', entry: { rps: 10 }, params: { availability: 0.99 }, whatIf: { down: true } });
    const db = board.addComponent({ kind: 'relational-primary', x: 300, y: 0 });
    board.addCall({ from: users, to: db, mode: 'sync', timeoutMs: 100, retries: 1 });
    board.addZone({ level: 'region', name: 'eu', x: 0, y: 0, width: 100, height: 100 });
    board.addAnnotation({ text: 'note', x: 0, y: 0, pinnedTo: db });
    expect(board.snapshot().problems).toEqual([]);
  });

  it('skips a call whose endpoint was deleted concurrently, and a call to itself', () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const boardA = new Board(docA);
    const boardB = new Board(docB);
    const client = boardA.addComponent({ kind: 'client', x: 0, y: 0 });
    const service = boardA.addComponent({ kind: 'service', x: 0, y: 0 });
    exchangeUpdates(docA, docB);
    // A connects client → service while B deletes the service: after sync the call dangles.
    const call = boardA.addCall({ from: client, to: service, mode: 'sync' });
    boardB.removeComponent(service);
    exchangeUpdates(docA, docB);
    writeRaw(docA, 'calls', 'loop', { from: client, to: client, mode: 'sync' });
    const snapshot = boardA.snapshot();
    expect(snapshot.calls).toEqual([]);
    expect(snapshot.problems).toEqual(
      expect.arrayContaining([
        { kind: 'dangling-call', id: call, missing: [service] },
        { kind: 'invalid-entry', collection: 'calls', id: 'loop', reason: 'a call must join two different components' },
      ]),
    );
  });

  it('reports garbage meta fields and a newer schema, and still reads the board', () => {
    const doc = new Y.Doc();
    const meta = boardMaps(doc).meta;
    meta.set('schemaVersion', SCHEMA_VERSION + 1);
    meta.set('title', ['not', 'a', 'string']);
    writeRaw(doc, 'components', 'svc', { kind: 'service', x: 0, y: 0 });
    const snapshot = readSnapshot(doc);
    expect(snapshot.meta).toEqual({ schemaVersion: SCHEMA_VERSION + 1, title: '', createdAt: 0 });
    expect(snapshot.components).toHaveLength(1);
    expect(snapshot.problems).toEqual([
      expect.objectContaining({ kind: 'invalid-field', collection: 'meta', field: 'title' }),
      { kind: 'newer-schema', found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION },
    ]);
  });
});

describe('describeProblem', () => {
  it('names the place and the reason of each kind of problem', () => {
    expect(describeProblem({ kind: 'invalid-entry', collection: 'zones', id: 'z1', reason: 'bad level' })).toBe('zones/z1 skipped: bad level');
    expect(describeProblem({ kind: 'invalid-field', collection: 'components', id: 'c1', field: 'params.p99Ms', reason: 'too big' })).toBe(
      'components/c1.params.p99Ms ignored: too big',
    );
    expect(describeProblem({ kind: 'dangling-call', id: 'k', missing: ['c9'] })).toBe('calls/k skipped: endpoint c9 does not exist');
    expect(describeProblem({ kind: 'newer-schema', found: 3, supported: 1 })).toBe('document schema v3 is newer than supported v1');
  });
});
