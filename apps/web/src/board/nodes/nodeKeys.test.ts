// Keys on a focused node: select, add or take out, edit in the inspector, rename, select nothing; the focus is
// never what a key takes away (that is the hook's part, checked in e2e keyboard-path.spec).
import { describe, expect, it } from 'vitest';
import { nodeKeyAction } from './nodeKeys';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const api = { id: 'api', isComponent: true, selectable: true };
const none = new Set<string>();
const ids = (action: ReturnType<typeof nodeKeyAction>) => (action !== null && 'ids' in action && action.ids !== null ? [...action.ids].sort() : action);

describe('nodeKeyAction', () => {
  it('Enter or Space selects the focused node alone; Enter on it once selected goes to the inspector', () => {
    expect(ids(nodeKeyAction(press('Enter'), api, new Set(['db']), false))).toEqual(['api']);
    expect(ids(nodeKeyAction(press(' '), api, none, false))).toEqual(['api']);
    expect(nodeKeyAction(press('Enter'), api, new Set(['api']), false)).toEqual({ kind: 'inspect' });
    // Several selected: Enter edits them together, Space narrows to this one.
    expect(nodeKeyAction(press('Enter'), api, new Set(['api', 'db']), false)).toEqual({ kind: 'inspect' });
    expect(ids(nodeKeyAction(press(' '), api, new Set(['api', 'db']), false))).toEqual(['api']);
  });

  it('Shift, Ctrl or ⌘ with Enter or Space adds the node to the selection or takes it out', () => {
    expect(ids(nodeKeyAction(press('Enter', { shiftKey: true }), api, new Set(['db']), false))).toEqual(['api', 'db']);
    expect(ids(nodeKeyAction(press(' ', { ctrlKey: true }), api, new Set(['api', 'db']), false))).toEqual(['db']);
    expect(ids(nodeKeyAction(press('Enter', { metaKey: true }), api, none, false))).toEqual(['api']);
  });

  it('Escape selects nothing; F2 renames a component (selecting it alone first unless it already is)', () => {
    expect(ids(nodeKeyAction(press('Escape'), api, new Set(['api', 'db']), false))).toEqual([]);
    expect(nodeKeyAction(press('F2'), api, new Set(['api']), false)).toEqual({ kind: 'rename', ids: null });
    expect(ids(nodeKeyAction(press('F2'), api, new Set(['db']), false))).toEqual(['api']);
    expect(nodeKeyAction(press('F2'), { ...api, isComponent: false }, none, false)).toBeNull();
  });

  it('says when the node may go away (delete, undo, redo), so the focus can be looked after', () => {
    for (const event of [press('Delete'), press('Backspace'), press('z', { ctrlKey: true }), press('Z', { metaKey: true, shiftKey: true }), press('y', { ctrlKey: true })]) {
      expect(nodeKeyAction(event, api, none, false)).toEqual({ kind: 'may-remove' });
    }
  });

  it('leaves other keys, Alt, and a read-only board or unselectable node to React Flow', () => {
    expect(nodeKeyAction(press('a'), api, none, false)).toBeNull();
    expect(nodeKeyAction(press('ArrowRight'), api, new Set(['api']), false)).toBeNull();
    expect(nodeKeyAction(press('Enter', { altKey: true }), api, none, false)).toBeNull();
    expect(nodeKeyAction(press('Enter'), api, none, true)).toBeNull();
    expect(nodeKeyAction(press('F2'), api, none, true)).toBeNull();
    expect(nodeKeyAction(press('Enter'), { ...api, selectable: false }, none, false)).toBeNull();
  });
});
