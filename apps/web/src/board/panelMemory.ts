// Whether a panel (palette, inspector, analysis) is open, remembered in this browser (localStorage), so a
// person who folds a panel away finds it folded on the next board and the next visit. Without a stored
// choice the panel takes its default (the palette folds to its icon rail on narrower windows, so the canvas
// keeps most of the window). Storage that throws (private modes, quotas) only loses the memory.
import { useCallback, useState } from 'react';

export type PanelName = 'palette' | 'inspector' | 'analysis';

const KEY_PREFIX = 'napkin.panel.';

/** The stored choice for `panel`, or null when there is none (or storage is unavailable). */
export function storedPanelOpen(storage: Pick<Storage, 'getItem'> | null, panel: PanelName): boolean | null {
  try {
    const value = storage?.getItem(KEY_PREFIX + panel);
    return value === 'open' ? true : value === 'closed' ? false : null;
  } catch {
    return null;
  }
}

export function storePanelOpen(storage: Pick<Storage, 'setItem'> | null, panel: PanelName, open: boolean): void {
  try {
    storage?.setItem(KEY_PREFIX + panel, open ? 'open' : 'closed');
  } catch {
    // Nothing to do: the panel still folds, only the memory of it is lost.
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** [open, setOpen] for `panel`, remembered across boards and visits. */
export function usePanelOpen(panel: PanelName, byDefault: () => boolean): readonly [boolean, (open: boolean) => void] {
  const [open, setOpenState] = useState(() => storedPanelOpen(browserStorage(), panel) ?? byDefault());
  const setOpen = useCallback(
    (next: boolean) => {
      storePanelOpen(browserStorage(), panel, next);
      setOpenState(next);
    },
    [panel],
  );
  return [open, setOpen] as const;
}

/** Below this window width the palette starts as a rail of icons (the full list takes 240 px of the canvas). */
export const WIDE_WINDOW_PX = 1440;

export const wideWindow = (): boolean => typeof window === 'undefined' || window.innerWidth >= WIDE_WINDOW_PX;
