import type { Node, NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { dragStepOnly, movedInStore } from './dragStep';
import { EMPTY_LOCAL_VIEW } from './flowEditor';
import type { LocalView } from './flowEditor';

const dragging = (view: LocalView, id: string, x: number, y: number): LocalView => ({ ...view, localDrags: new Map(view.localDrags).set(id, { x, y }) });
const step = (id: string, x: number, y: number): NodeChange => ({ type: 'position', id, position: { x, y }, dragging: true });
const NO_PINS = new Set<string>();

describe('dragStepOnly', () => {
  const under = dragging(EMPTY_LOCAL_VIEW, 'a', 0, 0);

  it('is a step when a component already dragged moves on', () => {
    expect(dragStepOnly(under, dragging(under, 'a', 20, 0), [step('a', 20, 0)], NO_PINS)).toBe(true);
  });

  it('is not the drag’s first move, which starts it through the board view', () => {
    expect(dragStepOnly(EMPTY_LOCAL_VIEW, under, [step('a', 0, 0)], NO_PINS)).toBe(false);
  });

  it('is not its release, a selection, a measurement, or a second component joining', () => {
    const released = { ...under, localDrags: new Map() };
    expect(dragStepOnly(under, released, [{ type: 'position', id: 'a', dragging: false }], NO_PINS)).toBe(false);
    const selected = { ...dragging(under, 'a', 20, 0), selectedNodes: new Set(['a']) };
    expect(dragStepOnly(under, selected, [step('a', 20, 0), { type: 'select', id: 'a', selected: true }], NO_PINS)).toBe(false);
    const measured = { ...under, measured: new Map([['a', { width: 180, height: 120 }]]) };
    expect(dragStepOnly(under, measured, [{ type: 'dimensions', id: 'a', dimensions: { width: 180, height: 120 } }], NO_PINS)).toBe(false);
    expect(dragStepOnly(under, dragging(under, 'b', 5, 5), [step('b', 5, 5)], NO_PINS)).toBe(false);
  });

  it('is not a step of a component a note is pinned to (the note follows it through the view)', () => {
    expect(dragStepOnly(under, dragging(under, 'a', 20, 0), [step('a', 20, 0)], new Set(['a']))).toBe(false);
  });
});

describe('movedInStore', () => {
  const nodes: Node[] = [
    { id: 'a', position: { x: 0, y: 0 }, data: {} },
    { id: 'b', position: { x: 300, y: 0 }, data: {} },
  ];

  it('replaces only the dragged component, at its drag position', () => {
    const moved = movedInStore(nodes, new Map([['a', { x: 40, y: 20 }]]));
    expect(moved).not.toBe(nodes);
    expect(moved[0]?.position).toEqual({ x: 40, y: 20 });
    expect(moved[1]).toBe(nodes[1]);
    expect(nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('returns the same list when nothing moved', () => {
    expect(movedInStore(nodes, new Map([['a', { x: 0, y: 0 }]]))).toBe(nodes);
  });
});
