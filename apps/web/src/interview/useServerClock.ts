// The relay's clock for React: sampled when the page opens and again every minute (a laptop's clock can be
// set or drift meanwhile), `now()` is this screen's clock plus the latest offset. Until the first estimate the
// offset is 0: the page's own clock, which is what it would show anyway.
import { useEffect, useMemo, useState } from 'react';
import type { ClockEstimate } from './serverClock';
import { estimateOffset, sampleServerClock } from './serverClock';

const RESAMPLE_MS = 60_000;

export interface ServerClock {
  readonly now: () => number;
  /** Null until the relay answered once. */
  readonly estimate: ClockEstimate | null;
}

export function useServerClock(): ServerClock {
  const [estimate, setEstimate] = useState<ClockEstimate | null>(null);
  useEffect(() => {
    let live = true;
    const measure = async () => {
      const next = estimateOffset(await sampleServerClock((url) => fetch(url, { cache: 'no-store' }), () => Date.now()));
      if (live && next !== null) setEstimate(next);
    };
    void measure();
    const timer = window.setInterval(() => void measure(), RESAMPLE_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  return useMemo(() => ({ now: () => Date.now() + (estimate?.offsetMs ?? 0), estimate }), [estimate]);
}
