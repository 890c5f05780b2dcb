import { describe, expect, it } from 'vitest';
import { DEFAULT_ESTIMATOR_INPUTS, entryLoadFor, estimate, fieldsFromScale, validateField, worksheetPeakRps } from './estimate';

describe('estimate', () => {
  it('sizes the playbook example: 1 M DAU × 10 actions at 3× peak ≈ 347 req/s', () => {
    const figures = estimate(DEFAULT_ESTIMATOR_INPUTS);
    expect(figures.peakRps.value).toBeCloseTo((1e6 * 10 * 3) / 86_400, 6);
    expect(figures.averageRps.value).toBeCloseTo(1e7 / 86_400, 6);
    // 10 % of 115.7 avg req/s write 1 KB, kept 3 times, for 365 days.
    expect(figures.storagePerYear.value).toBeCloseTo((1e7 / 86_400) * 0.1 * 1000 * 86_400 * 365 * 3, 0);
    expect(figures.bandwidth.value).toBeCloseTo(figures.peakRps.value * 1000, 6);
  });

  it('writes the daily volume to the entry point and clears a typed-in rate', () => {
    const load = entryLoadFor(DEFAULT_ESTIMATOR_INPUTS);
    expect(load).toMatchObject({ dau: 1e6, actionsPerUser: 10, peakFactor: 3, readFraction: 0.9, payloadBytes: 1000 });
    expect('rps' in load && load.rps === undefined).toBe(true);
  });
});

describe('validateField', () => {
  it('accepts grouped digits and rejects text and out-of-range values with a message', () => {
    expect(validateField('dau', '1,000,000')).toBe(1e6);
    expect(validateField('dau', 'lots')).toBe('enter a number');
    expect(validateField('dau', '')).toBe('enter a number');
    expect(validateField('peakFactor', '0.5')).toMatch(/between 1 and 100/);
    expect(validateField('writePercent', '150')).toMatch(/between 0 and 100/);
  });
});

describe('fieldsFromScale', () => {
  it("fills the estimator from an interview worksheet's scale, leaving fields it does not give", () => {
    const fields = fieldsFromScale({ dailyActiveUsers: 100_000_000, requestsPerUserPerDay: 20, peakFactor: null, readsPerWrite: 10 });
    expect(fields).toEqual({ dau: '100000000', actionsPerUser: '20', writePercent: '9.09' });
    expect(fields.dau === undefined ? null : validateField('dau', fields.dau)).toBe(100_000_000);
    expect(fieldsFromScale({ dailyActiveUsers: null, requestsPerUserPerDay: null, peakFactor: 3, readsPerWrite: 0 })).toEqual({ peakFactor: '3', writePercent: '100' });
  });
});

describe('worksheetPeakRps', () => {
  it("gives the peak of a worksheet's scale, 5× when no peak factor is given, and nothing until the volume is known", () => {
    // Playbook section 5.3's template: 10 M DAU, 10 reads and 1 write a day, peak 3×.
    const scale = { dailyActiveUsers: 10_000_000, requestsPerUserPerDay: 11, peakFactor: 3, readsPerWrite: 10 };
    expect(worksheetPeakRps(scale)).toBeCloseTo(3819.4, 1);
    expect(worksheetPeakRps(scale)).toBe(estimate({ ...DEFAULT_ESTIMATOR_INPUTS, dau: 10_000_000, actionsPerUser: 11, peakFactor: 3 }).peakRps.value);
    expect(worksheetPeakRps({ ...scale, peakFactor: null })).toBeCloseTo((1.1e8 * 5) / 86_400, 6);
    expect(worksheetPeakRps({ ...scale, dailyActiveUsers: null })).toBeNull();
    expect(worksheetPeakRps({ ...scale, requestsPerUserPerDay: null })).toBeNull();
  });
});
