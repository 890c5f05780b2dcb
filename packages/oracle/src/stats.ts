// What a run's samples say: a success ratio with its confidence interval, and the latency's empirical
// distribution (sorted samples; a saturated path's answers are Infinity and sort last).

/** z of a two-sided 99 % interval. */
export const Z_99 = 2.5758293035489004;

export interface Proportion {
  readonly ratio: number;
  /** Wilson score interval at `confidence`. */
  readonly low: number;
  readonly high: number;
  readonly confidence: number;
}

/** Wilson's interval: good near 0 and 1, where the normal approximation's is not. */
export function wilson(successes: number, trials: number, z = Z_99, confidence = 0.99): Proportion {
  if (trials === 0) return { ratio: 0, low: 0, high: 1, confidence };
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { ratio: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), confidence };
}

export class LatencySamples {
  /** Ascending, in ms. */
  readonly sorted: Float64Array;

  constructor(samples: Float64Array) {
    this.sorted = Float64Array.from(samples).sort();
  }

  get count(): number {
    return this.sorted.length;
  }

  /** Samples that never finished (a saturated tier without a timeout in front of it). */
  get unbounded(): number {
    let count = 0;
    for (let i = this.sorted.length - 1; i >= 0 && this.sorted[i] === Infinity; i--) count++;
    return count;
  }

  /** Share of samples at or below x (the empirical CDF). */
  cdf(xMs: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.sorted[middle] as number) <= xMs) low = middle + 1;
      else high = middle;
    }
    return this.sorted.length === 0 ? 0 : low / this.sorted.length;
  }

  /** The smallest sample with at least a share q at or below it. */
  quantile(q: number): number {
    if (this.sorted.length === 0) return NaN;
    const rank = Math.min(this.sorted.length, Math.max(1, Math.ceil(q * this.sorted.length)));
    return this.sorted[rank - 1] as number;
  }
}
