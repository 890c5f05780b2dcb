// Where a distribution's mass can lie, exactly: [lo, hi]. The grid keeps a fixed latency as a point
// split between the two bin centers around it (which keeps its mean), and every convolution splits it
// again, so a sum of fixed hops spreads over a few bins and a percentile read inside the top one lands
// past the true value (three fixed hops of 21 ms in all read p99 22.56 ms). The support's bounds follow
// the same compositions exactly (a sum adds them, a max takes the larger, a mixture the outer ones of
// its parts that carry mass), so `percentile` can clamp its reading into them: a board of fixed hops
// reads 21.000. A distribution with a continuous part (a log-normal, a queue that waits) is [0, ∞) and
// is read as before. The clamp is monotone in the reading and in both bounds, and more load only widens
// them (a queue that starts to wait), so more load still never lowers a percentile.
// A histogram is distribution.ts's Float64Array, named here so this module sits below distribution.ts.
type Histogram = Float64Array;

export interface Support {
  readonly lo: number;
  readonly hi: number;
}

/** Mass below this share is left out of a mixture's bounds (it cannot move a percentile the engine reports). */
const NEGLIGIBLE = 1e-9;

const ANYWHERE: Support = { lo: 0, hi: Infinity };
const known = new WeakMap<Histogram, Support>();

export function supportOf(h: Histogram): Support {
  return known.get(h) ?? ANYWHERE;
}

/** Records bounds tighter than [0, ∞); returns the histogram. */
export function withSupport(h: Histogram, support: Support): Histogram {
  if (support.lo > 0 || support.hi < Infinity) known.set(h, support);
  return h;
}

export function sumSupport(a: Histogram, b: Histogram): Support {
  const x = supportOf(a);
  const y = supportOf(b);
  return { lo: x.lo + y.lo, hi: x.hi + y.hi };
}

export function maxSupport(a: Histogram, b: Histogram): Support {
  const x = supportOf(a);
  const y = supportOf(b);
  return { lo: Math.max(x.lo, y.lo), hi: Math.max(x.hi, y.hi) };
}

export function mixtureSupport(a: Histogram, p: number, b: Histogram): Support {
  if (p <= NEGLIGIBLE) return supportOf(b);
  if (1 - p <= NEGLIGIBLE) return supportOf(a);
  const x = supportOf(a);
  const y = supportOf(b);
  return { lo: Math.min(x.lo, y.lo), hi: Math.max(x.hi, y.hi) };
}

/**
 * A queue's wait, P(wait > t) = C × e^(−t / mean): past mean × ln(C / 1e-9) less than 1e-9 of the
 * requests are still waiting, so that is where its mass ends for a percentile (0 when C itself is below).
 * It grows with load (C and the mean both do), so the bounds only widen as load rises.
 */
export function waitSupport(waitProbability: number, conditionalMeanMs: number): Support {
  if (waitProbability <= NEGLIGIBLE) return { lo: 0, hi: 0 };
  return { lo: 0, hi: conditionalMeanMs * Math.log(waitProbability / NEGLIGIBLE) };
}

/** A percentile read on the grid, kept inside the distribution's exact bounds. */
export function clampToSupport(h: Histogram, valueMs: number): number {
  const { lo, hi } = supportOf(h);
  return Math.min(hi, Math.max(lo, valueMs));
}
