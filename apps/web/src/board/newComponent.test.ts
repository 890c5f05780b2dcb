import { describe, expect, it } from 'vitest';
import { NODE_SIZE, placeNewComponent, uniqueName } from './newComponent';

describe('placeNewComponent', () => {
  const centre = { x: 500, y: 300 };
  const centred = { x: 500 - NODE_SIZE.width / 2, y: 300 - NODE_SIZE.height / 2 };

  it('centres the node on the view when the spot is free', () => {
    expect(placeNewComponent(centre, [{ x: 0, y: 0 }])).toEqual(centred);
  });

  it('puts repeated adds side by side, never overlapping an existing node', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 30; i++) placed.push(placeNewComponent(centre, placed));
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const overlap = Math.abs(a.x - b.x) < NODE_SIZE.width && Math.abs(a.y - b.y) < NODE_SIZE.height;
        expect(overlap, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
      }
    }
  });

  it('fills the spots nearest the centre first', () => {
    const first = placeNewComponent(centre, []);
    const second = placeNewComponent(centre, [first]);
    expect(Math.abs(second.x - first.x) + Math.abs(second.y - first.y)).toBeLessThan(NODE_SIZE.width + 100);
  });

  it('steps around a node that sits off-grid at the centre', () => {
    const blocker = { x: centred.x + 10, y: centred.y + 5 };
    const placed = placeNewComponent(centre, [blocker]);
    expect(Math.abs(placed.x - blocker.x) >= NODE_SIZE.width || Math.abs(placed.y - blocker.y) >= NODE_SIZE.height).toBe(true);
  });
});

describe('uniqueName', () => {
  it('keeps the label when it is free and numbers it otherwise', () => {
    expect(uniqueName('Cache', ['Service'])).toBe('Cache');
    expect(uniqueName('Cache', ['Cache'])).toBe('Cache 2');
    expect(uniqueName('Cache', ['Cache', 'Cache 2', 'Cache 3'])).toBe('Cache 4');
  });
});
