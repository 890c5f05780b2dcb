import { describe, expect, it } from 'vitest';
import { percentAgainst } from './report';

describe('percentAgainst', () => {
  it('never prints a value just under its objective as the objective', () => {
    expect(percentAgainst(99.89991, 99.9)).toBe('99.89 %');
    expect(percentAgainst(99.7801, 99.9)).toBe('99.78 %');
  });

  it('prints as the shared formatter does, to at most the sixth nine', () => {
    expect(percentAgainst(99.9, 99.9)).toBe('99.90 %');
    expect(percentAgainst(99.999, 99.99)).toBe('99.999 %');
    expect(percentAgainst(99.999_999_9, 99.999_999_99)).toBe('≥ 99.9999 %');
  });
});
