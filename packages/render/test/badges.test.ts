// The badge figures' words, shared by the board (apps/web Badges.tsx) and every export.
import { describe, expect, it } from 'vitest';
import { barWidth, utilisationText } from '../src/figures/badges';

describe('barWidth', () => {
  it('keeps the bar inside 0–100 %', () => {
    expect(barWidth(-1)).toBe(0);
    expect(barWidth(0.42)).toBeCloseTo(42);
    expect(barWidth(7)).toBe(100);
  });
});

describe('utilisationText', () => {
  it('says 100 % only at saturation, and < 1 % for a trickle', () => {
    expect([0, 0.004, 0.0133, 0.634, 0.996, 1, 2.5].map(utilisationText)).toEqual(['0 %', '< 1 %', '1 %', '63 %', '99 %', '100 %', '250 %']);
  });
});
