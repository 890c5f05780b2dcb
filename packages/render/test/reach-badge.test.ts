// The reach badge (issue 15): a component only part of the traffic reaches says how much, on the board
// and in every export alike, with the reason as its "why?".
import { describe, expect, it } from 'vitest';
import { reachOf, svgOf } from '../src/index';
import { analysed, exampleBoard } from './boards';
import { groupOf, textWithRole } from './svgGroups';

describe('reach badge', () => {
  // URL shortener, 99.9 % reads: the CDN answers 60 % of reads and no writes, so 0.999 × 0.4 + 0.001 =
  // 40.06 % of requests reach the API gateway; Redis answers 95 % of the reads left: 0.999 × 0.4 × 0.05 +
  // 0.001 = 2.1 % reach Cassandra.
  const { file, result } = analysed(exampleBoard('url-shortener'));
  const svg = svgOf(file, result);
  const idOf = (name: string) => result.components.find((component) => component.name === name)?.id ?? '';

  it('reads the share of requests reaching a component behind a cache, and its reason', () => {
    const gateway = reachOf(result, idOf('API gateway'));
    expect(gateway?.value).toBeCloseTo(0.4006, 6);
    expect(gateway?.note).toBe("40 % of requests reach API gateway: CDN (edge-cached 301s)'s 60 % hit ratio (reads)");
    expect(textWithRole(groupOf(svg, `component-${idOf('API gateway')}`) ?? '', 'reach')).toBe('40 % of requests');
    expect(textWithRole(groupOf(svg, `component-${idOf('Cassandra (URLs)')}`) ?? '', 'reach')).toBe('2 % of requests');
  });

  it('draws none on a component every request reaches', () => {
    const cdn = idOf('CDN (edge-cached 301s)');
    expect(reachOf(result, cdn)).toBeNull();
    expect(textWithRole(groupOf(svg, `component-${cdn}`) ?? '', 'reach')).toBeUndefined();
  });
});
