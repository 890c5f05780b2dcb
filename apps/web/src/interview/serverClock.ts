// The relay's clock as this screen sees it: the interview timer's timestamps are server time, so each screen
// measures its offset to the relay (`GET /api/time`) and reads the timer at `Date.now() + offset`. One sample
// is a request's send and receive times on this clock and the server's time in between; the server read its
// clock somewhere in the round trip, so the midpoint is the best guess and half the round trip bounds the
// error. Of several samples the shortest round trip wins (the least queueing, the tightest bound). Screens
// whose clocks are minutes apart then agree to within their round trips' halves.

export interface ClockSample {
  /** This screen's clock when the request left and when the answer arrived (ms). */
  readonly sentAt: number;
  readonly receivedAt: number;
  /** The relay's clock in the answer (ms). */
  readonly serverNow: number;
}

export interface ClockEstimate {
  /** Add to this screen's clock to get the relay's. */
  readonly offsetMs: number;
  /** How far off the offset can be: half the round trip of the sample it came from. */
  readonly uncertaintyMs: number;
}

/** The offset from the sample with the shortest round trip; null without a usable sample. */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const { sentAt, receivedAt, serverNow } of samples) {
    const roundTrip = receivedAt - sentAt;
    if (!Number.isFinite(roundTrip) || roundTrip < 0 || !Number.isFinite(serverNow)) continue;
    const estimate = { offsetMs: serverNow - (sentAt + receivedAt) / 2, uncertaintyMs: roundTrip / 2 };
    if (best === null || estimate.uncertaintyMs < best.uncertaintyMs) best = estimate;
  }
  return best;
}

/** How long an estimate is trusted over a newer but looser one (clocks drift, and get set). */
export const ESTIMATE_TRUSTED_MS = 5 * 60_000;

/**
 * Keeps the tighter of two estimates: a busy moment's long round trips must not replace a good estimate from
 * a quiet one. A newer estimate wins anyway once the kept one is older than ESTIMATE_TRUSTED_MS.
 */
export function betterEstimate(kept: ClockEstimate | null, keptAgeMs: number, fresh: ClockEstimate | null): ClockEstimate | null {
  if (fresh === null) return kept;
  if (kept === null || keptAgeMs > ESTIMATE_TRUSTED_MS || fresh.uncertaintyMs <= kept.uncertaintyMs) return fresh;
  return kept;
}

export type Fetcher = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/** Takes `count` samples of `/api/time` one after another; failed ones are skipped. */
export async function sampleServerClock(fetcher: Fetcher, now: () => number, count = 5): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i += 1) {
    try {
      const sentAt = now();
      const response = await fetcher('/api/time');
      const receivedAt = now();
      const body = response.ok ? ((await response.json()) as { now?: unknown }) : {};
      if (typeof body.now === 'number') samples.push({ sentAt, receivedAt, serverNow: body.now });
    } catch {
      // An unreachable relay: fewer samples; the caller keeps its last estimate.
    }
  }
  return samples;
}
