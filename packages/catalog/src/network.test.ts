// Network tiers: the playbook's latency table values, their order, and how a tier follows
// from two placements when some levels are unknown.
import { describe, expect, it } from 'vitest';
import type { Placement } from './network';
import { NETWORK_LATENCIES, NETWORK_TIERS, networkTier } from './network';

describe('NETWORK_LATENCIES', () => {
  it('takes the playbook latency table values', () => {
    expect(NETWORK_LATENCIES['same-zone'].rtt.value).toBe(0.5);
    expect(NETWORK_LATENCIES['cross-continent'].rtt.value).toBe(150);
    const crossRegion = NETWORK_LATENCIES['cross-region'].rtt.value;
    expect(crossRegion >= 10 && crossRegion <= 60).toBe(true);
    expect(NETWORK_LATENCIES['cross-zone'].rtt.value).toBeLessThanOrEqual(1);
  });

  it('gets strictly more expensive tier by tier', () => {
    const rtts = NETWORK_TIERS.map((tier) => NETWORK_LATENCIES[tier].rtt.value);
    for (let i = 1; i < rtts.length; i += 1) expect(rtts[i]).toBeGreaterThan(rtts[i - 1] ?? Infinity);
  });

  it('is keyed by its own tier', () => {
    for (const tier of NETWORK_TIERS) expect(NETWORK_LATENCIES[tier].tier).toBe(tier);
    expect(Object.keys(NETWORK_LATENCIES).sort()).toEqual([...NETWORK_TIERS].sort());
  });
});

describe('networkTier', () => {
  const useast1a: Placement = { host: 'h1', zone: 'use1-az1', region: 'us-east-1', continent: 'na' };

  it.each<[string, Placement, Placement, string]>([
    ['one host', useast1a, { ...useast1a }, 'same-host'],
    ['two hosts in one zone', useast1a, { ...useast1a, host: 'h2' }, 'same-zone'],
    ['two zones of one region', useast1a, { ...useast1a, host: 'h2', zone: 'use1-az2' }, 'cross-zone'],
    ['two regions of one continent', useast1a, { host: 'h2', zone: 'usw2-az1', region: 'us-west-2', continent: 'na' }, 'cross-region'],
    ['two continents', useast1a, { host: 'h2', zone: 'euw1-az1', region: 'eu-west-1', continent: 'eu' }, 'cross-continent'],
  ])('%s', (_case, a, b, tier) => {
    expect(networkTier(a, b)).toBe(tier);
    expect(networkTier(b, a)).toBe(tier);
  });

  it('treats unknown levels as the same on both sides', () => {
    expect(networkTier({}, {})).toBe('same-host');
    expect(networkTier({ host: 'a' }, { host: 'b' })).toBe('same-zone');
    expect(networkTier({ zone: 'z1' }, {})).toBe('same-host');
    expect(networkTier({ zone: 'z1', host: 'a' }, { host: 'b' })).toBe('same-zone');
  });

  it('lets the widest known difference win even when narrower levels are unknown', () => {
    expect(networkTier({ region: 'r1' }, { region: 'r2' })).toBe('cross-region');
    expect(networkTier({ continent: 'eu' }, { continent: 'na', zone: 'z' })).toBe('cross-continent');
    // Same region names on different continents are still different places.
    expect(networkTier({ region: 'r', continent: 'eu' }, { region: 'r', continent: 'na' })).toBe('cross-continent');
  });

  it('compares by value, not by reference or case-folding', () => {
    expect(networkTier({ zone: 'A' }, { zone: 'a' })).toBe('cross-zone');
    expect(networkTier({ zone: 'a' }, { zone: 'a' })).toBe('same-host');
  });
});
