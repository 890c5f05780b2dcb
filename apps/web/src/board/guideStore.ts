// The alignment guides of the drag in progress, outside React state: they change at most steps of a drag,
// and as state of the board view each change re-rendered the whole view (toolbar, panels, every hook)
// for a few hairlines. The guides' own layer subscribes (layout/AlignmentGuides.tsx).
import type { Guide } from './guides';

export interface GuideStore {
  readonly get: () => readonly Guide[];
  readonly set: (next: readonly Guide[]) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

const NONE: readonly Guide[] = [];

export function createGuideStore(): GuideStore {
  let guides = NONE;
  const listeners = new Set<() => void>();
  return {
    get: () => guides,
    set: (next) => {
      // No guides before and none now: the same empty list, so nothing re-renders.
      const value = next.length === 0 ? NONE : next;
      if (value === guides) return;
      guides = value;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
