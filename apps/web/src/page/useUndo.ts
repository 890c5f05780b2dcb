// Per-user undo and redo: the undo manager tracks only this tab's origin, so these never revert a
// collaborator's work. Keyboard: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Shortcuts
// typed inside a text field are left to the field's own undo.
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';

export interface Undo {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** How many steps this person can undo (shown on the button as data-steps, so a test sees a step was or was not added). */
  readonly steps: number;
  readonly undo: () => void;
  readonly redo: () => void;
}

export type UndoShortcut = 'undo' | 'redo' | null;

/** Which history action a key press asks for, if any. */
export function undoShortcutOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): UndoShortcut {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useUndo(undoManager: Y.UndoManager): Undo {
  const [stacks, setStacks] = useState(() => sizes(undoManager));

  useEffect(() => {
    const refresh = () => setStacks(sizes(undoManager));
    refresh();
    const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
    for (const event of events) undoManager.on(event, refresh);
    return () => {
      for (const event of events) undoManager.off(event, refresh);
    };
  }, [undoManager]);

  const undo = useCallback(() => void undoManager.undo(), [undoManager]);
  const redo = useCallback(() => void undoManager.redo(), [undoManager]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      const action = undoShortcutOf(event);
      if (action === null) return;
      event.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  return { canUndo: stacks.undo > 0, canRedo: stacks.redo > 0, steps: stacks.undo, undo, redo };
}

function sizes(undoManager: Y.UndoManager): { undo: number; redo: number } {
  return { undo: undoManager.undoStack.length, redo: undoManager.redoStack.length };
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}
