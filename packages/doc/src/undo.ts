// Per-user undo: in a shared board, "undo" must take back my last change, never a collaborator's.
import * as Y from 'yjs';
import { boardMaps } from './layout.js';

export interface UndoOptions {
  /** Changes closer together than this merge into one undo step (Yjs default: 500 ms). */
  captureTimeout?: number;
}

/**
 * An undo manager over every board collection that tracks only transactions whose origin is `localOrigin`
 * (pass the same value as `Board`'s `localOrigin`). Remote updates, and migrations, are never undone.
 */
export function createUndoManager(ydoc: Y.Doc, localOrigin: unknown, options: UndoOptions = {}): Y.UndoManager {
  const maps = boardMaps(ydoc);
  return new Y.UndoManager([maps.components, maps.calls, maps.zones, maps.annotations, maps.meta], {
    trackedOrigins: new Set([localOrigin]),
    captureTimeout: options.captureTimeout ?? 500,
  });
}
