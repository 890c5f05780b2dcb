// The relay's storage with a listener told of each append once it is durable: how the session recorder
// hears of every update of every room without a hook in the relay's own path. The listener runs after the
// append resolved and must not throw; everything else passes straight through.
import type { BoardId } from '../../board-id.js';
import type { BoardStorage } from '../../storage/board-storage.js';

export type AppendListener = (key: BoardId, update: Uint8Array) => void;

export function observeAppends(inner: BoardStorage, listener: AppendListener): BoardStorage {
  const observed: BoardStorage = {
    load: (boardId) => inner.load(boardId),
    append: (boardId, update) => {
      const appended = inner.append(boardId, update);
      // The relay hears of a failed append through its own promise; the listener only of durable ones.
      appended.then(() => listener(boardId, update), () => undefined);
      return appended;
    },
    compact: (boardId) => inner.compact(boardId),
    release: (boardId, options) => inner.release(boardId, options),
    flush: () => inner.flush(),
    close: () => inner.close(),
  };
  // Optional methods stay absent when the inner storage has none (absent means something to their callers).
  if (inner.open !== undefined) observed.open = () => inner.open?.() ?? Promise.resolve();
  if (inner.hasContent !== undefined) observed.hasContent = (boardId) => inner.hasContent?.(boardId) ?? Promise.resolve(false);
  if (inner.health !== undefined) observed.health = () => inner.health?.() ?? { damaged: false, issuesFound: 0, issues: [] };
  return observed;
}
