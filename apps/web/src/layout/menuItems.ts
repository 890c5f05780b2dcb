// What the canvas's right-click menu offers, by what was clicked: a component (acting on the selection it
// belongs to), a call, or the empty canvas. Only actions that exist elsewhere too (keys, palette, inspector),
// with their key shown, so the menu teaches the shortcuts. Pure, so what appears when is unit-tested.
import type { Alignment } from '../board/align';
import { ALIGN_ACTIONS } from '../board/alignActions';

export type MenuTarget =
  | { readonly kind: 'component'; readonly id: string }
  | { readonly kind: 'call'; readonly id: string }
  | { readonly kind: 'canvas' };

export type MenuAction =
  | 'duplicate'
  | 'copy'
  | 'delete'
  | 'connect'
  | 'tidy'
  | 'paste'
  | 'add-here'
  | 'note-text'
  | 'note-sticky'
  | 'select-all'
  | 'fit'
  | `align-${Alignment}`;

export interface MenuItem {
  readonly action: MenuAction;
  readonly label: string;
  readonly keys?: string;
}

export interface MenuContext {
  /** Components in the selection the menu acts on. */
  readonly selectedComponents: number;
  /** Exactly two components selected, so "connect" has a from and a to. */
  readonly canConnect: boolean;
  readonly readOnly: boolean;
}

export function menuItems(target: MenuTarget, context: MenuContext): MenuItem[] {
  const { selectedComponents, canConnect, readOnly } = context;
  if (target.kind === 'canvas') {
    const view: MenuItem[] = [{ action: 'fit', label: 'Fit the board in view', keys: 'Shift+1' }];
    if (readOnly) return view;
    return [
      { action: 'add-here', label: 'Add a component here…', keys: '/' },
      { action: 'note-text', label: 'Add a text note here', keys: 'T' },
      { action: 'note-sticky', label: 'Add a sticky note here', keys: 'N' },
      { action: 'paste', label: 'Paste here', keys: 'Ctrl+V' },
      { action: 'select-all', label: 'Select all', keys: 'Ctrl+A' },
      { action: 'tidy', label: 'Tidy up the board', keys: 'Shift+T' },
      ...view,
    ];
  }
  if (target.kind === 'call') return readOnly ? [] : [{ action: 'delete', label: 'Delete the call', keys: 'Delete' }];
  const copy: MenuItem = { action: 'copy', label: 'Copy', keys: 'Ctrl+C' };
  if (readOnly) return [copy];
  const several = selectedComponents >= 2;
  return [
    { action: 'duplicate', label: 'Duplicate', keys: 'Ctrl+D' },
    copy,
    ...(canConnect ? [{ action: 'connect', label: 'Connect the two (first to second)', keys: 'A' } as const] : []),
    ...ALIGN_ACTIONS.filter(({ inMenu, needs }) => inMenu && selectedComponents >= needs).map(({ how, label }): MenuItem => ({ action: `align-${how}`, label })),
    ...(several ? [{ action: 'tidy', label: 'Tidy up the selection', keys: 'Shift+T' } as const] : []),
    { action: 'delete', label: several ? 'Delete the selection' : 'Delete', keys: 'Delete' },
  ];
}
