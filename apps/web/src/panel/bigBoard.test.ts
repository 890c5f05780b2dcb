// A big board's panel stays readable: hops beyond the top few in one legend line, findings by rule with counts.
import type { Finding, Hop } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { groupFindings } from './findingGroups';
import { legendRows } from './latencyLegend';

const hop = (name: string, share: number | null, ownP99Ms: number | null = 10, networkMs = 1): Hop =>
  ({ component: name, name, depth: 1, networkMs, ownP99Ms, budgetShare: share === null ? null : { value: share } }) as unknown as Hop;

describe('legendRows', () => {
  it('names the top hops by budget share in path order and sums the rest', () => {
    const hops = [hop('a', 0.01), hop('b', 0.3), hop('c', 0.02), hop('d', 0.2), hop('e', 0.1), hop('f', 0.05), hop('g', 0.03), hop('h', 0.001)];
    const rows = legendRows(hops, 3);
    expect(rows.named.map((row) => row.name)).toEqual(['b', 'd', 'e']);
    // a, c, f, g, h: 5 hops of 10 ms + 1 ms network each.
    expect(rows.rest).toEqual({ count: 5, ms: 55 });
  });

  it('always names a saturated hop, and never groups a single leftover hop', () => {
    const hops = [hop('a', 0.5), hop('b', 0.1), hop('jam', null, null), hop('c', 0.01), hop('d', 0.02)];
    expect(legendRows(hops, 1).named.map((row) => row.name)).toEqual(['a', 'jam']);
    expect(legendRows(hops.slice(0, 3), 2)).toEqual({ named: hops.slice(0, 3), rest: null });
  });
});

const finding = (id: Finding['id'], severity: Finding['severity'], components: string[]): Finding =>
  ({ id, severity, message: `${id} on ${components.join(', ')}`, components, calls: [], fix: 'fix it', source: { section: '§' } }) as unknown as Finding;

describe('groupFindings', () => {
  it('groups by rule, worst severity first then the most frequent, each with every component it names', () => {
    const groups = groupFindings([
      finding('spof', 'warning', ['a']),
      finding('unreached-component', 'info', ['x']),
      finding('spof', 'warning', ['b']),
      finding('saturated', 'error', ['db']),
      finding('spof', 'warning', ['a', 'c']),
      finding('call-without-timeout', 'warning', ['q']),
    ]);
    expect(groups.map((group) => [group.rule, group.findings.length])).toEqual([
      ['saturated', 1],
      ['spof', 3],
      ['call-without-timeout', 1],
      ['unreached-component', 1],
    ]);
    expect(groups[1]!.components).toEqual(['a', 'b', 'c']);
    expect(groups[1]!.title).toBe('Single points of failure');
  });
});
