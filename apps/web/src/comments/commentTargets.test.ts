// How threads name their element and where their badges sit, over a real board snapshot.
import { Board } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentTime, describeTarget, markerPoint, targetOfNode } from './commentTargets';

function board() {
  const doc = new Board(new Y.Doc());
  const api = doc.addComponent({ kind: 'stateless-service', name: 'API', x: 0, y: 0 });
  const db = doc.addComponent({ kind: 'relational-primary', x: 400, y: 0 });
  const call = doc.addCall({ from: api, to: db, mode: 'sync' })!;
  const zone = doc.addZone({ level: 'availability-zone', x: -50, y: -50, width: 600, height: 300 });
  return { doc, api, db, call, zone };
}

describe('comment targets', () => {
  it('names components, calls and zones as drawn (a blank name shows the kind), and says when one is gone', () => {
    const { doc, api, db, call, zone } = board();
    const snapshot = doc.snapshot();
    expect(describeTarget({ kind: 'component', id: api }, snapshot)).toEqual({ label: 'API', exists: true });
    expect(describeTarget({ kind: 'call', id: call }, snapshot).label).toMatch(/^API → \S/);
    expect(describeTarget({ kind: 'zone', id: zone }, snapshot).exists).toBe(true);
    doc.removeComponent(db);
    expect(describeTarget({ kind: 'call', id: call }, doc.snapshot())).toEqual({ label: 'a deleted call', exists: false });
  });

  it('opens threads on components and zones, never on notes', () => {
    expect(targetOfNode({ id: 'a', type: 'component' })).toEqual({ kind: 'component', id: 'a' });
    expect(targetOfNode({ id: 'z', type: 'zone' })).toEqual({ kind: 'zone', id: 'z' });
    expect(targetOfNode({ id: 'n', type: 'note' })).toBeNull();
  });

  it('puts a badge on an element’s top-right corner and above a call’s middle; none for what is not drawn', () => {
    const rects = new Map([
      ['api', { x: 0, y: 0, width: 180, height: 80 }],
      ['db', { x: 400, y: 100, width: 180, height: 80 }],
    ]);
    const calls = new Map([['c', { from: 'api', to: 'db' }], ['dangling', { from: 'api', to: 'gone' }]]);
    expect(markerPoint({ kind: 'component', id: 'api' }, rects, calls)).toEqual({ x: 180, y: 0 });
    expect(markerPoint({ kind: 'call', id: 'c' }, rects, calls)).toEqual({ x: 290, y: 68 });
    expect(markerPoint({ kind: 'call', id: 'dangling' }, rects, calls)).toBeNull();
    expect(markerPoint({ kind: 'zone', id: 'nowhere' }, rects, calls)).toBeNull();
  });

  it('shows the time of day for today, the day for this year, the year before', () => {
    const now = new Date(2025, 5, 12, 16, 0).getTime();
    expect(commentTime(new Date(2025, 5, 12, 9, 5).getTime(), now)).toBe('09:05');
    expect(commentTime(new Date(2025, 2, 3, 14, 5).getTime(), now)).toBe('3 Mar 14:05');
    expect(commentTime(new Date(2024, 2, 3, 14, 5).getTime(), now)).toBe('3 Mar 2024');
  });
});
