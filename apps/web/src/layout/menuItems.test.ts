import { describe, expect, it } from 'vitest';
import { ALIGN_ACTIONS } from '../board/alignActions';
import { menuItems } from './menuItems';

const actions = (...args: Parameters<typeof menuItems>) => menuItems(...args).map((item) => item.action);

describe('menuItems', () => {
  it('offers one component its own actions, and a selection of several align, tidy and (for two) connect', () => {
    expect(actions({ kind: 'component', id: 'a' }, { selectedComponents: 1, canConnect: false, readOnly: false })).toEqual(['duplicate', 'copy', 'delete']);
    const two = actions({ kind: 'component', id: 'a' }, { selectedComponents: 2, canConnect: true, readOnly: false });
    expect(two).toEqual(['duplicate', 'copy', 'connect', 'align-left', 'align-centre', 'align-top', 'align-middle', 'tidy', 'delete']);
    const three = menuItems({ kind: 'component', id: 'a' }, { selectedComponents: 3, canConnect: false, readOnly: false });
    expect(three.map((item) => item.action)).toEqual(['duplicate', 'copy', 'align-left', 'align-centre', 'align-top', 'align-middle', 'align-distribute-x', 'align-distribute-y', 'tidy', 'delete']);
    // The menu's words are the inspector's buttons' words.
    for (const item of three.filter((each) => each.action.startsWith('align-'))) expect(item.label).toBe(ALIGN_ACTIONS.find(({ how }) => `align-${how}` === item.action)?.label);
  });

  it('offers the canvas adding, pasting, tidying and fitting; a reader only copying and fitting', () => {
    expect(actions({ kind: 'canvas' }, { selectedComponents: 0, canConnect: false, readOnly: false })).toEqual(['add-here', 'note-text', 'note-sticky', 'paste', 'select-all', 'tidy', 'fit']);
    expect(actions({ kind: 'canvas' }, { selectedComponents: 0, canConnect: false, readOnly: true })).toEqual(['fit']);
    expect(actions({ kind: 'component', id: 'a' }, { selectedComponents: 1, canConnect: false, readOnly: true })).toEqual(['copy']);
    expect(actions({ kind: 'call', id: 'c' }, { selectedComponents: 0, canConnect: false, readOnly: false })).toEqual(['delete']);
  });
});
