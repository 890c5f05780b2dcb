import { analyzeInput, createEngine } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { bottleneckSentence } from './headline';

const engine = createEngine();

function resultFor(rps: number) {
  const { result } = analyzeInput(
    {
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'users', kind: 'web-client', entry: { rps } },
        { id: 'cache', kind: 'in-memory-cache', name: 'cache', params: { capacityRps: 1000 } },
      ],
      calls: [{ id: 'c1', from: 'users', to: 'cache', mode: 'sync' }],
    },
    engine,
  );
  if (!result) throw new Error('board rejected');
  return result;
}

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
