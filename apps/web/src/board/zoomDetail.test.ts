import { describe, expect, it } from 'vitest';
import { FAR_BELOW_ZOOM, zoomDetail } from './zoomDetail';

describe('zoomDetail', () => {
  it('draws every detail from the threshold zoom up, and hides it below', () => {
    expect(zoomDetail(1)).toBe('full');
    expect(zoomDetail(FAR_BELOW_ZOOM)).toBe('full');
    expect(zoomDetail(FAR_BELOW_ZOOM - 0.01)).toBe('far');
    // The canvas's least zoom (a 1,000-component board fitted to the window) is far.
    expect(zoomDetail(0.2)).toBe('far');
  });
});
