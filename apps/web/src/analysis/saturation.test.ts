// Past saturation the engine gives no number for latency that waits on the tier (null) and names the
// tier; the board says "saturated (tier)" with the tier's utilisation as its "why?".
import { describe, expect, it } from 'vitest';
import { analyseSingleTier } from '../../test/single-tier-board';
import { SATURATED_NOTE, saturatedText, saturatedWhy } from './saturation';

const resultFor = (rps: number) => analyseSingleTier({ id: 'db', kind: 'relational-primary', name: 'DB' }, rps);

describe('saturation', () => {
  it('names the saturated tier where the latency would be, its why the tier’s utilisation', () => {
    // 2,000 req/s on 1,000 req/s of capacity: ρ 2, and a database does not shed load.
    const result = resultFor(2000);
    const flow = result.flows[0]!;
    expect(flow.latency.p99Ms).toBeNull();
    const tier = flow.latency.saturated!;
    expect(tier).toMatchObject({ component: 'db', name: 'DB' });
    expect(saturatedText(tier)).toBe('saturated (DB)');
    expect(saturatedText(tier, false)).toBe('saturated');
    const why = saturatedWhy(tier);
    expect(why.value).toBeCloseTo(2, 9);
    expect(why.note).toContain(SATURATED_NOTE);
    const db = result.components.find((component) => component.id === 'db')!;
    expect(db.latency).toMatchObject({ p50Ms: null, p99Ms: null, saturated: { component: 'db' } });
  });

  it('leaves figures as numbers below saturation', () => {
    const flow = resultFor(100).flows[0]!;
    expect(flow.latency.saturated).toBeNull();
    expect(flow.latency.p99Ms?.value).toBeGreaterThan(0);
    expect(saturatedText(null)).toBe('saturated');
  });
});
