// Playbook § 5.3 "Worked example — Twitter sizing" (seed 002): 500 M DAU, 0.2 tweets and 100 reads each per day.
import { describe, expect, it } from 'vitest';
import { significant } from '../explain/explained';
import { bandwidth, peakRps, perSecond, storagePerYear } from './estimate';

describe('Twitter sizing (playbook § 5.3)', () => {
  it('100 M tweets/day → ~1,200 write QPS average, ~6,000 at a 5× peak', () => {
    const writes = perSecond(500e6 * 0.2);
    expect(significant(writes.value, 2)).toBe(1200);
    expect(significant(peakRps(500e6, 0.2, 5).value, 1)).toBe(6000);
  });

  it('50 B reads/day → ~580 K read QPS average, ~3 M at peak', () => {
    const reads = perSecond(500e6 * 100);
    expect(significant(reads.value, 2)).toBe(580_000);
    expect(significant(peakRps(500e6, 100, 5).value, 1)).toBe(3_000_000);
  });

  it('1 M requests/day ≈ 12 QPS', () => {
    expect(Math.round(perSecond(1e6).value)).toBe(12);
  });

  it('bandwidth: 1,000 QPS × 100 KB = 100 MB/s', () => {
    expect(bandwidth(1000, 100_000).value).toBe(100e6);
  });

  it('storage rule of thumb: 1 KB at 1,000 QPS for a year × 3 replicas ≈ 100 TB', () => {
    const bytes = storagePerYear(1000, 1000, 3).value;
    expect(significant(bytes / 1e12, 1)).toBe(90); // 94.6 TB, "≈ 100 TB" in the text
    expect(bytes / 1e12).toBeGreaterThan(90);
    expect(bytes / 1e12).toBeLessThan(100);
  });
});
