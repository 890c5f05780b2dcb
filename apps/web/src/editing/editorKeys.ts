// The editor's keyboard shortcuts in one table: what each key does (`commandOf`, pure and unit-tested) and
// how the "?" panel lists them, so the list can never drift from what the keys do. Keys typed into a
// field are the field's (`isTyping`); copy, cut and paste are the browser's clipboard events, listed here
// so the panel shows them.

export type EditorCommand =
  | { readonly kind: 'select-all' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'nudge'; readonly key: string; readonly far: boolean }
  | { readonly kind: 'connect' }
  | { readonly kind: 'help' }
  | { readonly kind: 'tidy' }
  | { readonly kind: 'fit' };

/** Draws a call from the first selected component to the second. */
export const CONNECT_KEY = 'a';

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'> & { readonly code?: string };

/** The command a key press asks for, if any (modifiers as the shortcut list says). */
export function commandOf(event: KeyEvent): EditorCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.altKey && !event.shiftKey) {
    if (key === 'a') return { kind: 'select-all' };
    if (key === 'd') return { kind: 'duplicate' };
    return null;
  }
  if (mod || event.altKey) return null;
  if (event.key.startsWith('Arrow')) return { kind: 'nudge', key: event.key, far: event.shiftKey };
  if (event.key === '?') return { kind: 'help' };
  // Shift+1 as in Figma and Excalidraw (the key reads '!' on many layouts: the physical key decides).
  if (event.shiftKey && (event.code === 'Digit1' || event.key === '!')) return { kind: 'fit' };
  if (event.shiftKey && key === 't') return { kind: 'tidy' };
  if (key === CONNECT_KEY && !event.shiftKey) return { kind: 'connect' };
  return null;
}

/** Whether a key event was typed into something that takes text (its keys are its own). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly { readonly keys: string; readonly does: string }[];
}

/** Every shortcut of the board, for the "?" panel. */
export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Select',
    shortcuts: [
      { keys: 'Click', does: 'Select a component, call, frame or note' },
      { keys: 'Shift+click, Ctrl/⌘+click', does: 'Add to the selection or take out of it' },
      { keys: 'Shift+drag on the canvas', does: 'Select everything in a box' },
      { keys: 'Ctrl/⌘+A', does: 'Select everything' },
      { keys: 'Tab', does: 'Move the focus from component to component' },
      { keys: 'Enter, Space', does: 'Select the focused component (Enter again: edit its fields; Escape there comes back)' },
      { keys: 'Shift/Ctrl/⌘+Enter', does: 'Add the focused component to the selection or take it out' },
      { keys: 'Escape', does: 'Select nothing (the focus stays where it is)' },
    ],
  },
  {
    title: 'Edit',
    shortcuts: [
      { keys: 'Ctrl/⌘+C, Ctrl/⌘+X', does: 'Copy or cut the selection (as a board file, with the calls between the copied components)' },
      { keys: 'Ctrl/⌘+V', does: 'Paste a copy at the pointer (from this board or another; a board file or Mermaid flowchart from elsewhere is imported beside the board)' },
      { keys: 'Ctrl/⌘+D', does: 'Duplicate the selection beside it' },
      { keys: 'Delete, Backspace', does: 'Delete the selection' },
      { keys: '←  ↑  →  ↓', does: 'Move the selection by 1 px (with Shift: 10 px)' },
      { keys: 'A', does: 'Connect two selected components (from the one selected first)' },
      { keys: 'Alt while dragging', does: 'Place freely, without snapping to the grid or to other components\' edges' },
      { keys: 'Shift+T', does: 'Tidy up the selection (or the whole board) along the flow' },
      { keys: 'Right-click, Shift+F10', does: 'Menu of what can be done with a component, a call or the canvas' },
      { keys: 'Ctrl/⌘+Z, Ctrl/⌘+Shift+Z', does: 'Undo or redo your own last change' },
      { keys: 'Ctrl/⌘+Z in a field', does: 'Take back what you typed in the field' },
    ],
  },
  {
    title: 'Add',
    shortcuts: [
      { keys: 'Ctrl/⌘+K or /', does: 'Quick add a component' },
      { keys: 'T, N', does: 'Add a text note or a sticky note at the pointer' },
      { keys: 'Double-click a name, F2', does: 'Rename (F2: the focused component)' },
    ],
  },
  {
    title: 'View',
    shortcuts: [{ keys: 'Shift+1', does: 'Fit the board in the part of the canvas no panel covers' }],
  },
  {
    title: 'Together',
    shortcuts: [
      { keys: 'C', does: 'Comment mode' },
      { keys: 'L (hold)', does: 'Laser pointer' },
      { keys: '?', does: 'This list' },
    ],
  },
];
