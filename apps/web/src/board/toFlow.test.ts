import type { BoardCall, BoardComponent, CallId, ComponentId } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, toFlowEdges, toFlowNodes } from './toFlow';
import type { ViewState } from './toFlow';

function component(id: string, overrides: Partial<BoardComponent> = {}): BoardComponent {
  return { id: id as ComponentId, kind: 'stateless-service', name: id, x: 10, y: 20, instances: 1, params: {}, ...overrides };
}

function call(id: string, from: string, to: string, overrides: Partial<BoardCall> = {}): BoardCall {
  return {
    id: id as CallId,
    from: from as ComponentId,
    to: to as ComponentId,
    mode: 'sync',
    callsPerRequest: 1,
    fraction: 1,
    traffic: 'all',
    ...overrides,
  };
}

describe('toFlowNodes', () => {
  it('maps a component to a node with its position, name and catalog label', () => {
    const [node] = toFlowNodes([component('api', { name: 'API' })], EMPTY_VIEW);
    expect(node).toMatchObject({ id: 'api', type: 'component', position: { x: 10, y: 20 }, selected: false });
    expect(node?.data).toMatchObject({ name: 'API', kindId: 'stateless-service', family: 'compute' });
    expect(node?.data.kindLabel).not.toBe('stateless-service');
  });

  it('shows an unknown kind by its id instead of dropping the component', () => {
    const [node] = toFlowNodes([component('x', { kind: 'quantum-db' })], EMPTY_VIEW);
    expect(node?.data).toMatchObject({ kindLabel: 'quantum-db', family: 'unknown' });
  });

  it('lets a drag position override the document position', () => {
    const view: ViewState = { ...EMPTY_VIEW, positionOverrides: new Map([['a', { x: 99, y: 77 }]]) };
    const nodes = toFlowNodes([component('a'), component('b')], view);
    expect(nodes.map((n) => n.position)).toEqual([{ x: 99, y: 77 }, { x: 10, y: 20 }]);
  });

  it('carries selection and measured size from the view state', () => {
    const view: ViewState = {
      ...EMPTY_VIEW,
      selectedNodes: new Set(['a']),
      measured: new Map([['a', { width: 150, height: 50 }]]),
    };
    const [node] = toFlowNodes([component('a')], view);
    expect(node).toMatchObject({ selected: true, measured: { width: 150, height: 50 } });
  });

  it('reuses unchanged node objects so React Flow skips them, and replaces changed ones', () => {
    const first = toFlowNodes([component('a'), component('b')], EMPTY_VIEW);
    const previous = new Map(first.map((n) => [n.id, n]));
    const second = toFlowNodes([component('a'), component('b', { x: 300 })], EMPTY_VIEW, previous);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.position.x).toBe(300);
  });

  it('during a drag replaces only the dragged node; a measured, selected node is kept while it stays so', () => {
    const measured = new Map([['a', { width: 150, height: 50 }], ['b', { width: 150, height: 50 }]]);
    const resting: ViewState = { ...EMPTY_VIEW, measured, selectedNodes: new Set(['b']) };
    const first = toFlowNodes([component('a'), component('b')], resting);
    const previous = new Map(first.map((n) => [n.id, n]));
    const step = toFlowNodes([component('a'), component('b')], { ...resting, positionOverrides: new Map([['a', { x: 40, y: 20 }]]) }, previous);
    expect(step[0]).not.toBe(first[0]);
    expect(step[0]?.position).toEqual({ x: 40, y: 20 });
    expect(step[1]).toBe(first[1]);
    const deselected = toFlowNodes([component('a'), component('b')], { ...resting, selectedNodes: new Set() }, previous);
    expect(deselected[1]).not.toBe(first[1]);
    expect(deselected[1]?.selected).toBe(false);
  });
});

describe('toFlowEdges', () => {
  it('maps a call to an edge from caller to callee; async calls are animated', () => {
    const edges = toFlowEdges([call('c1', 'a', 'b'), call('c2', 'b', 'q', { mode: 'async', label: 'events' })], EMPTY_VIEW);
    expect(edges[0]).toMatchObject({ id: 'c1', source: 'a', target: 'b', animated: false });
    expect(edges[1]).toMatchObject({ id: 'c2', source: 'b', target: 'q', animated: true, label: 'events' });
  });

  it('reuses unchanged edges', () => {
    const first = toFlowEdges([call('c1', 'a', 'b')], EMPTY_VIEW);
    const second = toFlowEdges([call('c1', 'a', 'b')], EMPTY_VIEW, new Map(first.map((e) => [e.id, e])));
    expect(second[0]).toBe(first[0]);
  });
});
