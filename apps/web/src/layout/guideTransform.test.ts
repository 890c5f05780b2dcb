import { describe, expect, it } from 'vitest';
import { guideTransform } from './AlignmentGuides';

describe('guideTransform', () => {
  it('moves a 1 px box to a vertical guide and stretches it down its length, a hairline at any zoom', () => {
    // Zoom 0.25: 1 / 0.25 = 4 flow units across is one screen pixel.
    expect(guideTransform({ axis: 'x', at: 320, from: -40, to: 260 }, 4)).toBe('translate(320px, -40px) scale(4, 300)');
  });

  it('does the same along a horizontal guide', () => {
    expect(guideTransform({ axis: 'y', at: 150, from: 10, to: 510 }, 0.5)).toBe('translate(10px, 150px) scale(500, 0.5)');
  });
});
