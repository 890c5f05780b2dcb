import { problemPrompts } from '@napkin/problems';
import { describe, expect, it } from 'vitest';
import { compact, objectivesText, readWriteText, scaleLines } from './scaleText';

describe('the library page’s figures', () => {
  it('print counts compactly, ratios reads first, objectives with their units', () => {
    expect([compact(50_000_000), compact(17_361), compact(950), compact(1_500)]).toEqual(['50M', '17.4K', '950', '1.5K']);
    expect([readWriteText(100), readWriteText(0), readWriteText(0.01), readWriteText(1)]).toEqual(['100:1 reads:writes', 'writes only', '1:100 reads:writes', '1:1 reads:writes']);
    expect(objectivesText({ p99BudgetMs: 3_000, availabilityObjective: 0.9995, other: [] })).toBe('p99 ≤ 3,000 ms, 99.95 % available');
  });

  it('give the URL shortener its peak load from its scale', () => {
    const shortener = problemPrompts().find((problem) => problem.id === 'url-shortener')!;
    expect(scaleLines(shortener.scale)).toEqual(['50M daily users × 10 requests a day', 'peak 3× the average: about 17.4K req/s', '100:1 reads:writes']);
  });
});
