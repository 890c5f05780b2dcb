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
  /** The same splits grouped for `convolve`'s fast path (see `SumSegments`). */
  readonly sumSegments: SumSegments;
  /** Edges of each bin in log space around its center (center / √ratio, center × √ratio); precomputed for hot loops. */
  readonly lowerEdge: Float64Array;
  readonly upperEdge: Float64Array;
}

/**
 * For each larger index M (1 … size − 1), the smaller indices s = 1 … M cut into runs whose sum
 * centers[M] + centers[s] splits into the same pair of bins (low, low + 1). Within a run the weight
 * left in `low` is (centers[low + 1] − centers[M] − centers[s]) / (centers[low + 1] − centers[low]),
 * linear in centers[s], so a whole run is summed with prefix sums of mass and of mass × center. A
 * run has at most ~10 bins' worth of offsets per M on a log grid, against up to M single pairs.
 */
export interface SumSegments {
  /** Runs of M are offsets[M] … offsets[M + 1] − 1, in increasing s, the first starting at s = 1. */
  readonly offsets: Int32Array;
  /** Per run r at 3r: its first s, its last s and the lower bin of its split (one cache line for the loop). */
  readonly bounds: Int32Array;
  /**
   * Per run r at 2r: centers[low + 1] − centers[M], and 1 / (centers[low + 1] − centers[low]) (0 when
   * the sum is past the last center: it all stays in the last bin).
   */
  readonly split: Float64Array;
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
  return { ...partial, sumLow, sumWeight, sumSegments: sumSegments(size, centers, sumLow), lowerEdge, upperEdge };
}

function sumSegments(size: number, centers: Float64Array, sumLow: Int32Array): SumSegments {
  const offsets = new Int32Array(size + 1);
  const bounds: number[] = [];
  const split: number[] = [];
  const last = size - 1;
  for (let m = 1; m < size; m++) {
    offsets[m] = bounds.length / 3;
    let first = 1;
    for (let s = 1; s <= m; s++) {
      const bin = sumLow[m * size + s] ?? 0;
      if (s < m && sumLow[m * size + s + 1] === bin) continue;
      bounds.push(first, s, bin);
      first = s + 1;
      const above = centers[bin + 1] ?? 0;
      split.push(bin < last ? above - (centers[m] ?? 0) : 0, bin < last ? 1 / (above - (centers[bin] ?? 0)) : 0);
    }
  }
  offsets[size] = bounds.length / 3;
  return { offsets, bounds: Int32Array.from(bounds), split: Float64Array.from(split) };
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
