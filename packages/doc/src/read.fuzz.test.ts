// Seeded fuzz: peers apply random valid operations, undo/redo their own changes, and write random garbage
// (as a hostile client could),
// exchange updates at random moments, and must end with identical, fully valid snapshots — and the reader
// must never throw along the way. Prints its seed; replay a failure with FUZZ_SEED=<seed>.
import { fuzzSeed, printSeed, seededRandom, withSeed } from '@napkin/testkit';
import type { Random } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchangeUpdates } from '../test/sync.js';
import { Board } from './board.js';
import type { ComponentId } from './ids.js';
import { newCallSchema, newComponentSchema, newZoneSchema } from './input.js';
import { createUndoManager } from './undo.js';
import { boardMaps } from './layout.js';
import type { BoardSnapshot } from './types.js';

const GARBAGE: readonly unknown[] = [null, -1, 1e308, '', 'x'.repeat(500), { x: 1 }, [1, 2], true, 'sync', 0.5, 'region'];
const FIELDS = ['kind', 'x', 'y', 'name', 'instances', 'params', 'from', 'to', 'mode', 'level', 'width', 'height', 'text'];

function randomGarbage(random: Random, doc: Y.Doc, knownIds: string[]): void {
  const maps = boardMaps(doc);
  const collection = random.oneOf([maps.components, maps.calls, maps.zones, maps.annotations]);
  const id = random.next() < 0.5 && knownIds.length > 0 ? random.oneOf(knownIds) : random.oneOf(['g1', 'g 2', '', 'g3']);
  const existing = collection.get(id);
  if (existing instanceof Y.Map && random.next() < 0.7) existing.set(random.oneOf(FIELDS), random.oneOf(GARBAGE));
  else (collection as unknown as Y.Map<unknown>).set(id, random.oneOf(GARBAGE));
}

function randomOperation(random: Random, board: Board): void {
  const { components } = board.snapshot();
  const ids = components.map((component) => component.id);
  const roll = random.next();
  if (roll < 0.3 || ids.length < 2) {
    board.addComponent({ kind: random.oneOf(['client', 'service', 'cache']), x: random.next() * 1000, y: random.next() * 1000 });
  } else if (roll < 0.5) {
    const from = random.oneOf(ids);
    board.addCall({ from, to: random.oneOf(ids.filter((id) => id !== from)), mode: 'sync' });
  } else if (roll < 0.7) {
    board.updateComponent(random.oneOf(ids), { x: random.next() * 1000, params: { capacityRps: 1 + Math.round(random.next() * 999) } });
  } else if (roll < 0.8) {
    board.removeComponent(random.oneOf(ids));
  } else {
    board.addZone({ level: 'region', x: random.next() * 500, y: random.next() * 500, width: 1 + random.next() * 500, height: 1 + random.next() * 500 });
  }
}

/** Every entry of the snapshot passes the write-side schema and every call joins two components. */
function expectFullyValid(snapshot: BoardSnapshot): void {
  // Collected, then asserted once: one expect per entry per step was most of the test's time, and a list
  // of what is wrong says more than the first `false`.
  const ids = new Set(snapshot.components.map((component) => component.id));
  const invalid: string[] = [];
  for (const component of snapshot.components) if (!newComponentSchema.safeParse(component).success) invalid.push(`component ${component.id}`);
  for (const zone of snapshot.zones) if (!newZoneSchema.safeParse(zone).success) invalid.push(`zone ${zone.id}`);
  for (const call of snapshot.calls) {
    if (!newCallSchema.safeParse(call).success) invalid.push(`call ${call.id}`);
    if (!ids.has(call.from) || !ids.has(call.to)) invalid.push(`call ${call.id} dangles`);
  }
  expect(invalid).toEqual([]);
}

describe('reader fuzz', () => {
  it('converges to identical valid snapshots whatever peers write', () => {
    const seed = fuzzSeed();
    printSeed('reader fuzz', seed);
    withSeed(seed, () => {
      const random = seededRandom(seed);
      const peers = [0, 1, 2].map((user) => {
        const doc = new Y.Doc();
        const origin = { user };
        return { board: new Board(doc, { localOrigin: origin }), undo: createUndoManager(doc, origin, { captureTimeout: 0 }) };
      });
      for (let step = 0; step < 250; step++) {
        const { board, undo } = random.oneOf(peers);
        const roll = random.next();
        if (roll < 0.1) {
          if (random.next() < 0.7) undo.undo();
          else undo.redo();
        } else if (roll < 0.3) {
          const known = board.snapshot().components.map((component): ComponentId | string => component.id);
          randomGarbage(random, board.ydoc, known);
        } else {
          randomOperation(random, board);
        }
        expectFullyValid(board.snapshot());
        if (random.next() < 0.15) exchangeUpdates(random.oneOf(peers).board.ydoc, random.oneOf(peers).board.ydoc);
      }
      for (const a of peers) for (const b of peers) exchangeUpdates(a.board.ydoc, b.board.ydoc);
      const [first, ...rest] = peers.map(({ board }) => board.snapshot());
      for (const other of rest) expect(other).toEqual(first);
      expectFullyValid(first!);
    });
  });
});
