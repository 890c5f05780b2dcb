import { describe, expect, it } from 'vitest';
import { analyseSingleTier } from '../../test/single-tier-board';
import { bottleneckSentence } from './headline';

const resultFor = (rps: number) => analyseSingleTier({ id: 'cache', kind: 'in-memory-cache', name: 'cache' }, rps);

describe('bottleneckSentence', () => {
  it('names the tier that breaks first and its headroom', () => {
    expect(bottleneckSentence(resultFor(250))).toBe("the cache tier breaks first, at 4× today's load");
  });

  it('says when the bottleneck is already past capacity', () => {
    expect(bottleneckSentence(resultFor(2000))).toMatch(/cache tier is already past its capacity: it can serve only 0\.5× today's load/);
  });

  it('says nothing limits growth when nothing carries load', () => {
    expect(bottleneckSentence(resultFor(0))).toMatch(/nothing limits growth/);
  });
});
