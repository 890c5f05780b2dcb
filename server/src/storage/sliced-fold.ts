// Folds many Yjs updates into one doc without holding the event loop for all of them. A compaction folds
// a board's whole log (4 MiB of records: ~4,000 updates of 1 KB) into a fresh doc; applied in one go that
// held the loop for 200-400 ms with the garbage it makes, and every other board's frames waited behind it
// (a flooded board's compactions took another board's p99 from 7 to ~100 ms). Here the updates are applied
// a slice at a time (one transaction per slice, a few milliseconds each) and the loop runs between slices.
import * as Y from 'yjs';

/** How long one slice may run before the loop gets a turn. */
export const FOLD_SLICE_MS = 4;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Applies `updates` to `doc` in order; an update Yjs cannot read is reported by its index and skipped.
 * Resolves once all are applied. Nothing else may write to `doc` meanwhile (it is the caller's own).
 */
export async function foldInSlices(doc: Y.Doc, updates: readonly Uint8Array[], onUnreadable: (index: number) => void, sliceMs = FOLD_SLICE_MS): Promise<void> {
  let index = 0;
  while (index < updates.length) {
    const sliceEnds = performance.now() + sliceMs;
    Y.transact(doc, () => {
      do {
        const update = updates[index] as Uint8Array;
        try {
          Y.applyUpdate(doc, update);
        } catch {
          onUnreadable(index);
        }
        index++;
      } while (index < updates.length && performance.now() < sliceEnds);
    });
    if (index < updates.length) await nextTurn();
  }
}
