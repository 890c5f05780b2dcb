import { describe, expect, it } from 'vitest';
import { NODE_SIZE, placeNewComponent, uniqueName } from './newComponent';

describe('placeNewComponent', () => {
  const centre = { x: 500, y: 300 };
  const centred = { x: 500 - NODE_SIZE.width / 2, y: 300 - NODE_SIZE.height / 2 };

  it('centres the node on the view when the spot is free', () => {
    expect(placeNewComponent(centre, [{ x: 0, y: 0 }])).toEqual(centred);
  });

  it('nudges past nodes that already sit there, so repeated adds stay visible', () => {
    const first = placeNewComponent(centre, []);
    const second = placeNewComponent(centre, [first]);
    const third = placeNewComponent(centre, [first, second]);
    expect(new Set([first, second, third].map((p) => `${p.x},${p.y}`)).size).toBe(3);
    expect(second.x).toBeGreaterThan(first.x);
    expect(third.y).toBeGreaterThan(second.y);
  });
});

describe('uniqueName', () => {
  it('keeps the label when it is free and numbers it otherwise', () => {
    expect(uniqueName('Cache', ['Service'])).toBe('Cache');
    expect(uniqueName('Cache', ['Cache'])).toBe('Cache 2');
    expect(uniqueName('Cache', ['Cache', 'Cache 2', 'Cache 3'])).toBe('Cache 4');
  });
});
