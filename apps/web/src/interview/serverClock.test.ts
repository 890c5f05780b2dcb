import { describe, expect, it } from 'vitest';
import { betterEstimate, ESTIMATE_TRUSTED_MS, estimateOffset, sampleServerClock } from './serverClock';

describe("the relay's clock offset", () => {
  it('takes the midpoint of the shortest round trip', () => {
    const estimate = estimateOffset([
      { sentAt: 1000, receivedAt: 1400, serverNow: 500_000 },
      { sentAt: 2000, receivedAt: 2040, serverNow: 501_020 },
      { sentAt: 3000, receivedAt: 3200, serverNow: 502_000 },
    ]);
    expect(estimate).toEqual({ offsetMs: 499_000, uncertaintyMs: 20 });
  });

  it('gives the same server time on two screens whose clocks are minutes apart', () => {
    const serverAt = (t: number) => t + 123_456;
    const screen = (skew: number) => {
      const sentAt = 10_000 + skew;
      const estimate = estimateOffset([{ sentAt, receivedAt: sentAt + 60, serverNow: serverAt(10_030) }]);
      return (20_000 + skew) + (estimate?.offsetMs ?? Number.NaN);
    };
    expect(screen(7 * 60_000)).toBe(screen(-3 * 60_000));
    expect(screen(0)).toBe(serverAt(20_000));
  });

  it('keeps the tighter estimate until it is too old to trust', () => {
    const tight = { offsetMs: 100, uncertaintyMs: 5 };
    const loose = { offsetMs: 900, uncertaintyMs: 800 };
    expect(betterEstimate(null, 0, loose)).toBe(loose);
    expect(betterEstimate(tight, 10_000, loose)).toBe(tight);
    expect(betterEstimate(loose, 10_000, tight)).toBe(tight);
    expect(betterEstimate(tight, ESTIMATE_TRUSTED_MS + 1, loose)).toBe(loose);
    expect(betterEstimate(tight, 10_000, null)).toBe(tight);
  });

  it('ignores samples it cannot use', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 5, receivedAt: 4, serverNow: 9 }, { sentAt: 1, receivedAt: 2, serverNow: Number.NaN }])).toBeNull();
  });

  it('samples the endpoint and skips failed requests', async () => {
    let tick = 0;
    let call = 0;
    const fetcher = async () => {
      call += 1;
      if (call === 2) throw new Error('offline');
      return { ok: call !== 3, json: async () => ({ now: 1_000_000 + call }) };
    };
    const samples = await sampleServerClock(fetcher, () => (tick += 10), 4);
    expect(samples.map((sample) => sample.serverNow)).toEqual([1_000_001, 1_000_004]);
  });
});
