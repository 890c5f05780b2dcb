// The shortcut table: which key does what, what is left alone, the selection order "connect" reads, and
// when a board opening is fitted to its content.
import { describe, expect, it } from 'vitest';
import { commandOf, SHORTCUTS } from './editorKeys';
import { notAllInSight } from './useFitOnOpen';
import { nextOrder } from './useSelectionOrder';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
  commandOf({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('commandOf', () => {
  it('reads Ctrl or Cmd with A and D', () => {
    expect(press('a', { ctrlKey: true })).toEqual({ kind: 'select-all' });
    expect(press('A', { metaKey: true })).toEqual({ kind: 'select-all' });
    expect(press('d', { ctrlKey: true })).toEqual({ kind: 'duplicate' });
    expect(press('d', { ctrlKey: true, shiftKey: true })).toBeNull();
  });

  it('reads arrows (Shift: far), "?" and the connect key', () => {
    expect(press('ArrowUp')).toEqual({ kind: 'nudge', key: 'ArrowUp', far: false });
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'nudge', key: 'ArrowLeft', far: true });
    expect(press('?', { shiftKey: true })).toEqual({ kind: 'help' });
    expect(press('a')).toEqual({ kind: 'connect' });
  });

  it('reads Shift+T as tidy-up and Shift+1 as fit, by the physical key', () => {
    expect(press('T', { shiftKey: true })).toEqual({ kind: 'tidy' });
    expect(press('t')).toBeNull();
    expect(commandOf({ key: '!', code: 'Digit1', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true })).toEqual({ kind: 'fit' });
    expect(commandOf({ key: '§', code: 'Digit1', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true })).toEqual({ kind: 'fit' });
    expect(press('1')).toBeNull();
  });

  it('leaves other keys and other modifiers alone (undo, copy and paste are handled elsewhere)', () => {
    expect(press('z', { ctrlKey: true })).toBeNull();
    expect(press('c', { ctrlKey: true })).toBeNull();
    expect(press('ArrowUp', { altKey: true })).toBeNull();
    expect(press('x')).toBeNull();
  });

  it('lists every key it reads in the "?" panel', () => {
    const listed = SHORTCUTS.flatMap((group) => group.shortcuts.map((shortcut) => shortcut.keys)).join(' | ');
    for (const keys of ['Ctrl/⌘+A', 'Ctrl/⌘+D', '←  ↑  →  ↓', 'A', '?', 'Ctrl/⌘+V', 'Shift+T', 'Shift+1', 'F2', 'Enter, Space', 'Shift/Ctrl/⌘+Enter', 'Escape']) expect(listed).toContain(keys);
  });
});

describe('nextOrder', () => {
  const node = (id: string, selected: boolean, type = 'component') => ({ id, selected, type });

  it('keeps the order components were selected in, whatever their order on the canvas', () => {
    const first = nextOrder([], [node('b', true), node('a', false)]);
    expect(first).toEqual(['b']);
    expect(nextOrder(first, [node('a', true), node('b', true)])).toEqual(['b', 'a']);
  });

  it('drops what is no longer selected, and ignores zones and notes', () => {
    expect(nextOrder(['b', 'a'], [node('a', true), node('b', false), node('z', true, 'zone')])).toEqual(['a']);
  });

  it('returns the same list when nothing changed (no re-render churn)', () => {
    const order = ['a'];
    expect(nextOrder(order, [node('a', true)])).toBe(order);
  });
});

describe('notAllInSight', () => {
  const area = { left: 100, top: 50, right: 900, bottom: 650 };
  it('is true for a box not wholly inside the free area (beyond the window, or partly under a panel)', () => {
    expect(notAllInSight([{ left: 120, top: 60, right: 320, bottom: 160 }], area)).toBe(false);
    expect(notAllInSight([{ left: 850, top: 60, right: 1050, bottom: 160 }], area)).toBe(true);
    expect(notAllInSight([{ left: 120, top: 60, right: 320, bottom: 160 }, { left: 950, top: 60, right: 1150, bottom: 160 }], area)).toBe(true);
    expect(notAllInSight([{ left: 120, top: 600, right: 320, bottom: 700 }], area)).toBe(true);
  });
});
