import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchangeUpdates } from '../test/sync.js';
import { boardMaps, SCHEMA_VERSION } from './layout.js';
import { migrate, splitPositionIntoXY } from './migrations.js';
import { readSnapshot } from './read.js';

/** The frozen v0 board (see test/fixtures/make-v0-fixture.ts for its layout). */
const V0_FIXTURE = readFileSync(new URL('../test/fixtures/v0.bin', import.meta.url));

function loadV0(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, V0_FIXTURE);
  return doc;
}

const NOW = () => 1_800_000_000_000;

describe('migration v0 → v1 (split position into x, y)', () => {
  it('runs against the frozen fixture (if this fails, restore v0.bin from git: never regenerate it)', () => {
    expect(createHash('sha256').update(V0_FIXTURE).digest('hex')).toBe(
      'a27d818bec040e1e1200547c261efb9dfd0cbdf8b526b3f0fe5218d78ce0645b',
    );
  });

  it('the v0 fixture is unreadable as v1 before migrating', () => {
    const snapshot = readSnapshot(loadV0());
    expect(snapshot.meta.schemaVersion).toBe(0);
    expect(snapshot.components).toEqual([]);
    expect(snapshot.problems.filter((problem) => problem.kind === 'invalid-entry')).toHaveLength(3);
  });

  it('brings the v0 fixture to a valid v1 board without losing anything', () => {
    const doc = loadV0();
    expect(migrate(doc, { now: NOW })).toEqual({
      kind: 'migrated',
      from: 0,
      to: SCHEMA_VERSION,
      applied: [{ name: splitPositionIntoXY.name, changed: 3 }],
    });
    const snapshot = readSnapshot(doc);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.meta).toEqual({ schemaVersion: 1, title: 'Checkout (v0)', createdAt: 1_700_000_000_000 });
    expect(snapshot.components).toEqual([
      { id: 'api', kind: 'service', name: 'API', x: 240, y: 40, instances: 3, params: { capacityRps: 400, p99Ms: 35 } },
      { id: 'db', kind: 'database', name: 'Orders DB', x: 480, y: 40, params: { readReplicas: 2 } },
      { id: 'web', kind: 'client', name: 'Browser', x: 0, y: 40, params: {} },
    ]);
    expect(snapshot.calls).toMatchObject([{ id: 'web-api', from: 'web', to: 'api', mode: 'sync' }]);
    expect(snapshot.annotations).toEqual([{ id: 'note', text: 'db is the bottleneck?', x: 480, y: 200 }]);
    for (const component of boardMaps(doc).components.values()) expect(component.has('position')).toBe(false);
  });

  it('is idempotent: a second run changes nothing in the document', () => {
    const doc = loadV0();
    migrate(doc, { now: NOW });
    const after = Y.encodeStateAsUpdate(doc);
    expect(migrate(doc, { now: NOW })).toEqual({ kind: 'up-to-date', version: SCHEMA_VERSION });
    expect(doc.transact(() => splitPositionIntoXY.up(boardMaps(doc)))).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(after);
  });

  it('two peers migrating concurrently converge to the same board, with nothing duplicated', () => {
    const alone = loadV0();
    migrate(alone, { now: NOW });
    const peerA = loadV0();
    const peerB = loadV0();
    expect(migrate(peerA, { now: NOW }).kind).toBe('migrated');
    expect(migrate(peerB, { now: () => 1 }).kind).toBe('migrated');
    exchangeUpdates(peerA, peerB);
    const snapshotA = readSnapshot(peerA);
    expect(readSnapshot(peerB)).toEqual(snapshotA);
    expect(snapshotA).toEqual(readSnapshot(alone));
    expect(Array.from(boardMaps(peerA).components.keys()).sort()).toEqual(['api', 'db', 'web']);
    expect(migrate(peerA).kind).toBe('up-to-date');
  });

  it('a peer that receives an already migrated document has nothing left to do', () => {
    const migrated = loadV0();
    migrate(migrated, { now: NOW });
    const late = loadV0();
    exchangeUpdates(migrated, late);
    expect(migrate(late, { now: NOW })).toEqual({ kind: 'up-to-date', version: SCHEMA_VERSION });
  });
});

describe('migrate', () => {
  it('stamps a new, empty document with the current version and a creation time', () => {
    const doc = new Y.Doc();
    expect(migrate(doc, { now: NOW })).toMatchObject({ kind: 'migrated', from: 0, to: SCHEMA_VERSION });
    expect(readSnapshot(doc).meta).toEqual({ schemaVersion: SCHEMA_VERSION, title: '', createdAt: NOW() });
  });

  it('leaves a document written by a newer version untouched', () => {
    const doc = new Y.Doc();
    boardMaps(doc).meta.set('schemaVersion', SCHEMA_VERSION + 1);
    const before = Y.encodeStateAsUpdate(doc);
    expect(migrate(doc, { now: NOW })).toEqual({ kind: 'newer', found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });
});
