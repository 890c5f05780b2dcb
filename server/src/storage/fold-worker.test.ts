// The compaction's fold on a worker thread: the same state as applying the updates on this thread, an
// update Yjs cannot read reported by its index and skipped, folds answered in order, nothing after close.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FoldWorker } from './fold-worker.js';

function edits(count: number, prefix: string): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${prefix}${i % 7}`, `${prefix}-${i}`);
  return updates;
}

const contentOf = (state: Uint8Array): unknown => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getMap('m').toJSON();
};

describe('FoldWorker', () => {
  const workers: FoldWorker[] = [];
  afterEach(async () => {
    for (const worker of workers.splice(0)) await worker.close();
  });
  const start = (): FoldWorker => {
    const worker = new FoldWorker();
    workers.push(worker);
    return worker;
  };

  it('folds updates to the state applying them here gives, skipping and naming the unreadable ones', async () => {
    const folds = start();
    const updates = [...edits(40, 'a'), Uint8Array.of(9, 9, 9, 9), ...edits(5, 'b')];
    const here = new Y.Doc();
    for (const update of updates) {
      try {
        Y.applyUpdate(here, update);
      } catch {
        // the same one fails here
      }
    }
    const folded = await folds.fold(updates);
    expect(folded.unreadable).toEqual([40]);
    expect(contentOf(folded.state)).toEqual(here.getMap('m').toJSON());
  });

  it('answers concurrent folds each with its own state, and refuses folds once closed', async () => {
    const folds = start();
    const [first, second] = await Promise.all([folds.fold(edits(10, 'x')), folds.fold(edits(3, 'y'))]);
    expect(Object.keys(contentOf(first?.state ?? new Uint8Array()) as object).every((key) => key.startsWith('x'))).toBe(true);
    expect(Object.keys(contentOf(second?.state ?? new Uint8Array()) as object).every((key) => key.startsWith('y'))).toBe(true);
    await folds.close();
    await expect(folds.fold(edits(1, 'z'))).rejects.toThrow(/closed/);
  });
});
