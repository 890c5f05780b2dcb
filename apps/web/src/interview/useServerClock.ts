// The relay's clock for React: sampled when the page opens, again a few times in the first minute and then
// every minute, keeping the tightest estimate (a busy moment's slow round trips must not replace a good one;
// a laptop's clock can be set or drift, so an estimate is trusted for five minutes at most). `now()` is this
// screen's clock plus the offset. Until the first estimate the offset is 0: the page's own clock.
import { useEffect, useMemo, useState } from 'react';
import type { ClockEstimate } from './serverClock';
import { betterEstimate, estimateOffset, sampleServerClock } from './serverClock';

/** When to sample again after the first round (ms after it), then every minute. */
const EARLY_ROUNDS_MS = [2_000, 5_000, 15_000, 30_000];
const RESAMPLE_MS = 60_000;

export interface ServerClock {
  readonly now: () => number;
  /** Null until the relay answered once. */
  readonly estimate: ClockEstimate | null;
}

/** `enabled` false (a board outside any session): the page's own clock, and nothing asked of the relay. */
export function useServerClock(enabled = true): ServerClock {
  const [estimate, setEstimate] = useState<ClockEstimate | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    let kept: ClockEstimate | null = null;
    let keptAt = 0;
    const measure = async () => {
      const fresh = estimateOffset(await sampleServerClock((url) => fetch(url, { cache: 'no-store' }), () => Date.now()));
      const next = betterEstimate(kept, performance.now() - keptAt, fresh);
      if (!live || next === kept) return;
      kept = next;
      keptAt = performance.now();
      setEstimate(next);
    };
    void measure();
    const early = EARLY_ROUNDS_MS.map((delay) => window.setTimeout(() => void measure(), delay));
    const timer = window.setInterval(() => void measure(), RESAMPLE_MS);
    return () => {
      live = false;
      early.forEach((handle) => window.clearTimeout(handle));
      window.clearInterval(timer);
    };
  }, [enabled]);
  return useMemo(() => ({ now: () => Date.now() + (estimate?.offsetMs ?? 0), estimate }), [estimate]);
}
