import { describe, expect, it } from 'vitest';
import { undoShortcutOf } from './useUndo';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('undoShortcutOf', () => {
  it('maps Ctrl+Z and Cmd+Z to undo', () => {
    expect(undoShortcutOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(undoShortcutOf(key('z', { metaKey: true }))).toBe('undo');
  });

  it('maps Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y to redo', () => {
    // With Shift held, browsers report the upper-case key.
    expect(undoShortcutOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcutOf(key('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(undoShortcutOf(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores plain letters and other modifier combinations', () => {
    expect(undoShortcutOf(key('z'))).toBeNull();
    expect(undoShortcutOf(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(undoShortcutOf(key('x', { ctrlKey: true }))).toBeNull();
  });
});
