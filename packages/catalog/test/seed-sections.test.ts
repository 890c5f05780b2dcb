// The harness the citation test relies on: sections must start at their heading and stop at the
// next one, or a quote from a neighbouring section would pass as a citation of this one.
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../src/sourcing';
import { readableHeading, readSeed } from './seed-sections';

describe('readSeed', () => {
  it('finds a heading by the words a person reads, past its garbled emoji', () => {
    expect(readableHeading('26. \u03b2 \u03bf\u0388 Anti-Patterns to Avoid')).toBe('26. Anti-Patterns to Avoid');
    expect(readableHeading('12.6 Common Pitfalls')).toBe('12.6 Common Pitfalls');
    const antiPatterns = readSeed(SEEDS.playbook).section('26. Anti-Patterns to Avoid') ?? '';
    expect(antiPatterns.split('\n').length).toBeGreaterThan(3);
  });

  it('cuts the playbook at numbered headings', () => {
    const availability = readSeed(SEEDS.playbook).section('5.4 Availability in Numbers') ?? '';
    expect(availability).toContain('LB (99.99%)');
    expect(availability).not.toContain('6.1 OSI Model');
    expect(availability).not.toContain('Round-trip within same datacenter');
  });

  it('cuts the interview guide at its topic titles', () => {
    const caching = readSeed(SEEDS.interviewGuide).section('Caching') ?? '';
    expect(caching).toContain('A cache hit should be <1ms (Redis)');
    expect(caching).not.toContain('Replication factor = 3 for production');
  });

  it('cuts the principal guide and the posts at their titles', () => {
    expect(readSeed(SEEDS.principalGuide).section('4. Database Selection')).toContain('single-digit millisecond');
    const redlock = readSeed(SEEDS.architecturePosts).section('The Redlock Algorithm') ?? '';
    expect(redlock).toContain('typically 5');
    expect(redlock).not.toContain('ZooKeeper has two kinds of nodes');
  });

  it('does not mistake a body line that merely repeats a heading for the heading', () => {
    // "Caching" also appears inside sentences; only the topic title line counts.
    expect(readSeed(SEEDS.interviewGuide).section('Nonexistent heading')).toBeUndefined();
    expect(readSeed(SEEDS.playbook).section('Caching')).toBeUndefined();
  });

  it('refuses seeds it has no heading rule for', () => {
    expect(() => readSeed('999_unknown.txt')).toThrow(/no heading rule/);
  });
});
