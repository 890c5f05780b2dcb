// The histogram grid every latency distribution lives on: one atom at 0 ms plus log-spaced bins from
// 10 µs to 100 s. Log spacing keeps the relative resolution constant (7.5 % per bin at 32 per decade), which is
// what percentiles need, from a sidecar hop to a saturated queue.

export const GRID_MIN_MS = 0.01;
export const GRID_MAX_MS = 100_000;
export const BINS_PER_DECADE = 32;

export interface Grid {
  /** Number of bins, the zero atom included. */
  readonly size: number;
  /** centers[0] = 0; centers[k] = GRID_MIN_MS × ratio^(k−1). */
  readonly centers: Float64Array;
  readonly logMin: number;
  readonly logRatio: number;
  /** For the sum of centers i and j (both ≥ 1): the lower bin it splits into and the weight it leaves there. */
  readonly sumLow: Int32Array;
  readonly sumWeight: Float64Array;
  /** Edges of each bin in log space around its center (center / √ratio, center × √ratio); precomputed for hot loops. */
  readonly lowerEdge: Float64Array;
  readonly upperEdge: Float64Array;
}

export interface Split {
  readonly low: number;
  /** Mass kept in `low`; the rest goes to `low + 1`. Splitting linearly preserves the mean. */
  readonly weight: number;
}

export function createGrid(binsPerDecade = BINS_PER_DECADE): Grid {
  const decades = Math.log10(GRID_MAX_MS / GRID_MIN_MS);
  const size = Math.round(decades * binsPerDecade) + 2;
  const logMin = Math.log(GRID_MIN_MS);
  const logRatio = Math.log(10) / binsPerDecade;
  const centers = new Float64Array(size);
  for (let k = 1; k < size; k++) centers[k] = Math.exp(logMin + (k - 1) * logRatio);
  const partial = { size, centers, logMin, logRatio };
  const sumLow = new Int32Array(size * size);
  const sumWeight = new Float64Array(size * size);
  for (let i = 1; i < size; i++) {
    for (let j = i; j < size; j++) {
      const split = splitValue(partial, (centers[i] ?? 0) + (centers[j] ?? 0));
      sumLow[i * size + j] = sumLow[j * size + i] = split.low;
      sumWeight[i * size + j] = sumWeight[j * size + i] = split.weight;
    }
  }
  const lowerEdge = new Float64Array(size);
  const upperEdge = new Float64Array(size);
  for (let k = 1; k < size; k++) {
    lowerEdge[k] = Math.exp(logMin + (k - 1.5) * logRatio);
    upperEdge[k] = Math.exp(logMin + (k - 0.5) * logRatio);
  }
  return { ...partial, sumLow, sumWeight, lowerEdge, upperEdge };
}

/** Where a value falls between two neighbouring centers. Values past the last center stay in it (capped). */
export function splitValue(grid: Pick<Grid, 'size' | 'centers' | 'logMin' | 'logRatio'>, value: number): Split {
  const { centers, size } = grid;
  const last = size - 1;
  if (!(value > 0)) return { low: 0, weight: 1 };
  const first = centers[1] ?? GRID_MIN_MS;
  if (value <= first) return { low: 0, weight: (first - value) / first };
  if (value >= (centers[last] ?? GRID_MAX_MS)) return { low: last, weight: 1 };
  let low = Math.floor((Math.log(value) - grid.logMin) / grid.logRatio) + 1;
  // Floating point can land one bin off at a boundary; nudge so centers[low] ≤ value < centers[low + 1].
  while (low > 1 && (centers[low] ?? 0) > value) low--;
  while (low < last - 1 && (centers[low + 1] ?? Infinity) <= value) low++;
  const below = centers[low] ?? 0;
  const above = centers[low + 1] ?? below;
  return { low, weight: above > below ? (above - value) / (above - below) : 1 };
}

/** The lower and upper edge of bin k in log space (bin 0 is the atom at 0). */
/** For discretising a distribution: the first bin reaches down to 0 and the last one up to infinity. */
export function binEdges(grid: Grid, k: number): { lower: number; upper: number } {
  if (k === 0) return { lower: 0, upper: 0 };
  return {
    lower: k === 1 ? 0 : (grid.lowerEdge[k] ?? 0),
    upper: k === grid.size - 1 ? Infinity : (grid.upperEdge[k] ?? Infinity),
  };
}
