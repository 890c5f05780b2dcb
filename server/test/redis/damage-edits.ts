// Edits the damage suite can count one by one. Each edit is a Y.Map set of a unique key made by its own
// Y.Doc (its own client id, clock 0), so it is one self-contained Yjs update: whether it survived does
// not depend on any other edit surviving (a lost edit never leaves later ones stuck as pending structs),
// and the keys an update holds can be read from its bytes without integrating it anywhere.
import * as Y from 'yjs';
import type { Random } from '@napkin/testkit';

/** Picks from a list that must not be empty (the shared Random's pick may return undefined). */
export function pickOne<T>(random: Random, items: readonly T[]): T {
  const item = random.pick(items);
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export const chance = (random: Random, probability: number): boolean => random.next() < probability;

export interface Edit {
  readonly key: string;
  readonly update: Uint8Array;
}

export const EDIT_MAP = 'm';

/** Makes distinct edits; client ids are derived from the seed so a replayed seed makes the same bytes. */
export function createEditMaker(seed: number): (label: string) => Edit {
  let made = 0;
  const base = (seed % 100_000) * 10_000 + 1;
  return (label) => {
    const doc = new Y.Doc();
    doc.clientID = base + made;
    const key = `${label}#${made}`;
    made++;
    doc.getMap(EDIT_MAP).set(key, made);
    const update = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return { key, update };
  };
}

/** The map keys an update writes, read from its structs (no integration, so order does not matter). */
export function keysIn(update: Uint8Array): string[] {
  const keys: string[] = [];
  for (const struct of Y.decodeUpdate(update).structs) {
    if (struct instanceof Y.Item && typeof struct.parentSub === 'string') keys.push(struct.parentSub);
  }
  return keys;
}

/** Applies updates the way a room loads a board; an update that throws is counted, never fatal here. */
export function loadDoc(updates: readonly Uint8Array[]): { doc: Y.Doc; failedUpdates: number } {
  const doc = new Y.Doc();
  let failedUpdates = 0;
  for (const update of updates) {
    try {
      Y.applyUpdate(doc, update);
    } catch {
      failedUpdates++;
    }
  }
  return { doc, failedUpdates };
}

export const keysOf = (doc: Y.Doc): Set<string> => new Set(doc.getMap(EDIT_MAP).keys());
