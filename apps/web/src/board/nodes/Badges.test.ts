import { describe, expect, it } from 'vitest';
import { barWidth, loadOf, utilisationText } from './Badges';

describe('loadOf', () => {
  it('changes colour at 70 % and at 100 %', () => {
    expect(loadOf(0.69, false)).toBe('ok');
    expect(loadOf(0.7, false)).toBe('busy');
    expect(loadOf(0.99, false)).toBe('busy');
    expect(loadOf(1, false)).toBe('saturated');
    expect(loadOf(0.2, true)).toBe('saturated');
  });

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
