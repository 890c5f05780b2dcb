import { describe, expect, it } from 'vitest';
import { percentAgainst } from './report';

describe('percentAgainst', () => {
  it('adds digits until a value just under its objective no longer prints as the objective', () => {
    expect(percentAgainst(99.89991, 99.9)).toBe('99.8999 %');
    expect(percentAgainst(99.7801, 99.9)).toBe('99.780 %');
  });

  it('prints equal values with the usual digits', () => {
    expect(percentAgainst(99.9, 99.9)).toBe('99.900 %');
    expect(percentAgainst(99.999, 99.99)).toBe('99.99900 %');
  });
});
