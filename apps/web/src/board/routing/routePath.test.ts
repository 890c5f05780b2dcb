import { describe, expect, it } from 'vitest';
import { labelSpot, pathOf } from './routePath';

describe('pathOf', () => {
  it('draws a straight route as one line and rounds each bend', () => {
    expect(pathOf([{ x: 0, y: 0 }, { x: 100, y: 0 }])).toBe('M 0 0 L 100 0');
    expect(pathOf([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 50 }])).toBe('M 0 0 L 92 0 Q 100 0 100 8 L 100 50');
  });

  it('never rounds more than half a short segment', () => {
    expect(pathOf([{ x: 0, y: 0 }, { x: 6, y: 0 }, { x: 6, y: 50 }])).toBe('M 0 0 L 3 0 Q 6 0 6 3 L 6 50');
  });
});

describe('labelSpot', () => {
  it('sits in the middle of the longest horizontal run, where a label lies along the line', () => {
    const route = [{ x: 0, y: 0 }, { x: 20, y: 0 }, { x: 20, y: 500 }, { x: 220, y: 500 }, { x: 220, y: 520 }];
    expect(labelSpot(route)).toEqual({ x: 120, y: 500 });
  });

  it('uses the longest segment of an all-vertical route', () => {
    expect(labelSpot([{ x: 0, y: 0 }, { x: 0, y: 300 }])).toEqual({ x: 0, y: 150 });
  });
});
