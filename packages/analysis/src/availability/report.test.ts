import { describe, expect, it } from 'vitest';
import { availabilityComposition, availabilityFigures, percentAgainst } from './report';

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

describe('the headline availability explains itself by its composition, not by itself', () => {
  it('a read/write mix names the mixture and each class figure as an input', () => {
    const composition = availabilityComposition(
      [
        { cls: 'read', weight: 0.9, result: { value: 0.9995 } },
        { cls: 'write', weight: 0.1, result: { value: 0.999 } },
      ],
      'exact',
    );
    const figures = availabilityFigures(0.9 * 0.9995 + 0.1 * 0.999, 0.999, composition);
    expect(figures.percent.formula).toMatch(/^Σ over classes: class share × A\(class\)/);
    expect(figures.percent.inputs).toMatchObject({ readShare: 0.9, readAvailability: 0.9995, writeShare: 0.1, writeAvailability: 0.999, method: 'exact' });
    expect(figures.percent.formula).not.toMatch(/succeeds\) × 100/);
  });

  it('one class names the rule every part is held to', () => {
    const figures = availabilityFigures(0.999, 0.999, availabilityComposition([{ cls: 'read', weight: 1, result: { value: 0.999 } }], 'exact'));
    expect(figures.percent.formula).toMatch(/^P\(every part the request needs is up\)/);
  });
});
