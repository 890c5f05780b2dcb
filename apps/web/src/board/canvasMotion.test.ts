import { describe, expect, it } from 'vitest';
import { canvasMotion, STILL_FROM } from './canvasMotion';

describe('canvasMotion', () => {
  it('lets a board smaller than STILL_FROM components animate', () => {
    expect(canvasMotion(0)).toBe('moving');
    expect(canvasMotion(STILL_FROM - 1)).toBe('moving');
  });

  it('keeps a board of STILL_FROM components or more still', () => {
    expect(canvasMotion(STILL_FROM)).toBe('still');
    expect(canvasMotion(1000)).toBe('still');
  });
});
