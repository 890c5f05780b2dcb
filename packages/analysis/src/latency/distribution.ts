// Latency distributions as histograms on the shared grid, and the ways they compose:
// sequence = convolution, parallel = max (product of CDFs), fraction = mixture, fan-out = CDF^N.
import type { Grid } from './grid';
import { binEdges, splitValue } from './grid';
import { clampToSupport, maxSupport, mixtureSupport, sumSupport, supportOf, waitSupport, withSupport } from './support';

/** Probability mass per bin of the grid; sums to 1. */
export type Histogram = Float64Array;

/**
 * Histograms are carved out of shared blocks: a typed array of its own costs a separate backing
 * store (an allocation, zeroing and external-memory bookkeeping for the GC), about ten times what a
 * view into a block costs, and an analysis makes thousands. A block is freed once no histogram in it
 * is referenced. Histograms never leave the engine (the result holds numbers only).
 */
const BLOCK = 1 << 14;
let block = new Float64Array(0);
let blockUsed = 0;

/** A zeroed histogram of `size` bins. */
export function emptyHistogram(size: number): Histogram {
  if (size > BLOCK >> 3) return new Float64Array(size);
  if (blockUsed + size > block.length) {
    block = new Float64Array(BLOCK);
    blockUsed = 0;
  }
  const out = block.subarray(blockUsed, blockUsed + size);
  blockUsed += size;
  return out;
}

export function pointMass(grid: Grid, valueMs: number): Histogram {
  const out = emptyHistogram(grid.size);
  const split = splitValue(grid, valueMs);
  out[split.low] = split.weight;
  if (split.weight < 1) out[split.low + 1] = (out[split.low + 1] ?? 0) + (1 - split.weight);
  const at = Math.max(0, valueMs);
  return withSupport(out, { lo: at, hi: at });
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf; absolute error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** z of the 99th percentile of a standard normal. */
export const Z99 = 2.3263478740408408;

/** A log-normal with the given median and 99th percentile (σ = ln(p99 / p50) / z₀.₉₉). */
export function logNormal(grid: Grid, p50Ms: number, p99Ms: number): Histogram {
  if (!(p50Ms > 0)) return pointMass(grid, 0);
  const sigma = Math.log(Math.max(p99Ms, p50Ms) / p50Ms) / Z99;
  if (sigma < 1e-6) return pointMass(grid, p50Ms);
  const mu = Math.log(p50Ms);
  const out = emptyHistogram(grid.size);
  let previous = 0;
  // Beyond 9σ the normal CDF is 0 or 1 to double precision; skip the erf there.
  const lowest = mu - 9 * sigma;
  const highest = mu + 9 * sigma;
  for (let k = 1; k < grid.size; k++) {
    const { upper } = binEdges(grid, k);
    const logUpper = Math.log(upper);
    const cdf =
      upper === Infinity || logUpper > highest ? 1 : logUpper < lowest ? 0 : normalCdf((logUpper - mu) / sigma);
    out[k] = cdf - previous;
    previous = cdf;
  }
  return out;
}

export function logNormalMeanMs(p50Ms: number, p99Ms: number): number {
  if (!(p50Ms > 0)) return 0;
  const sigma = Math.log(Math.max(p99Ms, p50Ms) / p50Ms) / Z99;
  return p50Ms * Math.exp((sigma * sigma) / 2);
}

/** No wait with probability 1 − p, otherwise an exponential wait with the given mean (M/M/c). */
export function queueWait(grid: Grid, waitProbability: number, conditionalMeanMs: number): Histogram {
  const out = emptyHistogram(grid.size);
  out[0] = 1 - waitProbability;
  if (waitProbability <= 0 || !(conditionalMeanMs > 0)) {
    out[0] = 1;
    return withSupport(out, { lo: 0, hi: 0 });
  }
  withSupport(out, waitSupport(waitProbability, conditionalMeanMs));
  let previousSurvival = 1;
  for (let k = 1; k < grid.size; k++) {
    // Past the point where e^(−t / mean) underflows every bin gets p × (0 − 0): they are already zero.
    if (previousSurvival === 0) break;
    const { upper } = binEdges(grid, k);
    const survival = upper === Infinity ? 0 : Math.exp(-upper / conditionalMeanMs);
    out[k] = waitProbability * (previousSurvival - survival);
    previousSurvival = survival;
  }
  return out;
}

/**
 * The index range holding all but TAIL of the mass at each end. The trimmed tails are folded into the
 * range's end bins, so mass is kept; a percentile moves by far less than a bin (p99 needs the CDF to
 * about 1e-4, the trim changes it by at most 1e-7).
 */
const TAIL = 1e-7;

/** The kept range and the mass trimmed below and above it. */
interface Range {
  readonly first: number;
  readonly last: number;
  readonly below: number;
  readonly above: number;
}

function trimmedRange(h: Histogram): Range {
  let first = 0;
  let below = 0;
  while (first < h.length - 1 && below + (h[first] ?? 0) <= TAIL) below += h[first++] ?? 0;
  let last = h.length - 1;
  let above = 0;
  while (last > first && above + (h[last] ?? 0) <= TAIL) above += h[last--] ?? 0;
  return { first, last, below, above };
}

/** Scratch space for `convolve`, grown to the largest grid seen; the engine is synchronous, so one set serves all. */
let scratchSize = -1;
let foldedA = new Float64Array(0);
let foldedB = new Float64Array(0);
let prefixes = new Float64Array(0);
let nonZeroB = new Int32Array(0);
let scratchSum = new Float64Array(0);

function ensureScratch(n: number): void {
  if (scratchSize >= n) return;
  scratchSize = n;
  foldedA = new Float64Array(n);
  foldedB = new Float64Array(n);
  prefixes = new Float64Array(4 * n);
  nonZeroB = new Int32Array(n);
  // One spare bin past the end: a sum capped in the last bin adds its zero remainder there.
  scratchSum = new Float64Array(n + 1);
}

/**
 * Work of the run-by-run path per bin of its range, in pair visits of the pairwise path (about ten
 * runs per bin; on the benchmark's 1,440 convolutions any value from 5 to 15 is within 2 % of always
 * picking the faster path).
 */
const RUNS_COST_PER_BIN = 10;

/**
 * The distribution of X + Y for independent X and Y: the sum of two calls made one after another.
 * The mass of bins i and j goes to the two bins around centers[i] + centers[j], split linearly (so the
 * mean is kept). Two equivalent evaluations: pair by pair over the non-zero bins (cheap when one side
 * is a few bins, e.g. a network hop), or run by run (`Grid.sumSegments`) with prefix sums, about ten
 * runs per bin instead of one visit per bin of the other side; they differ by rounding only.
 */
export function convolve(grid: Grid, a: Histogram, b: Histogram): Histogram {
  const n = grid.size;
  ensureScratch(n);
  const left = trimmedRange(a);
  const right = trimmedRange(b);
  // Mass outside the ranges goes to their end bins, so nothing is lost.
  const countA = fold(a, left, foldedA);
  const countB = fold(b, right, foldedB);
  const lowest = Math.max(1, Math.min(left.first, right.first));
  const highest = Math.max(left.last, right.last);
  const sum = scratchSum;
  const a0 = foldedA[0] as number;
  const b0 = foldedB[0] as number;
  sum[0] = a0 * b0;
  if (countA * countB <= RUNS_COST_PER_BIN * (highest - lowest + 1)) pairwise(grid, left, right, sum);
  else {
    // An atom at 0 on one side shifts nothing: it copies the other side.
    if (a0 !== 0) {
      for (let j = Math.max(1, right.first); j <= right.last; j++) {
        sum[j] = (sum[j] as number) + a0 * (foldedB[j] as number);
      }
    }
    if (b0 !== 0) {
      for (let i = Math.max(1, left.first); i <= left.last; i++) {
        sum[i] = (sum[i] as number) + (foldedA[i] as number) * b0;
      }
    }
    byRuns(grid, left, right, lowest, highest, sum);
  }
  // Every sum lands at or above the larger of its two bins and at most one bin above the split of the
  // two last bins (the split is monotone in both), so only that span was written.
  const bottom = Math.min(left.first, right.first);
  const top =
    left.last > 0 && right.last > 0
      ? Math.min(n, (grid.sumLow[left.last * n + right.last] as number) + 1)
      : Math.max(left.last, right.last);
  const out = emptyHistogram(n);
  for (let k = bottom; k <= top && k < n; k++) out[k] = sum[k] as number;
  sum.fill(0, bottom, top + 1);
  foldedA.fill(0, left.first, left.last + 1);
  foldedB.fill(0, right.first, right.last + 1);
  return withSupport(out, sumSupport(a, b));
}

/**
 * h over the range into `into` at the same indices, the trimmed tails added to the end bins; returns
 * the number of non-zero bins.
 */
function fold(h: Histogram, range: Range, into: Float64Array): number {
  const { first, last } = range;
  let count = 0;
  for (let k = first; k <= last; k++) {
    const mass = h[k] ?? 0;
    into[k] = mass;
    if (mass !== 0) count++;
  }
  into[first] = (into[first] as number) + range.below;
  into[last] = (into[last] as number) + range.above;
  return count;
}

/** Every pair of non-zero bins, each split through the grid's table. */
function pairwise(grid: Grid, left: Range, right: Range, sum: Float64Array): void {
  const n = grid.size;
  const { sumLow, sumWeight } = grid;
  let count = 0;
  const b0 = foldedB[0] as number;
  for (let j = Math.max(1, right.first); j <= right.last; j++) if (foldedB[j] !== 0) nonZeroB[count++] = j;
  for (let i = left.first; i <= left.last; i++) {
    const pa = foldedA[i] as number;
    if (pa === 0) continue;
    if (i === 0) {
      for (let c = 0; c < count; c++) {
        const j = nonZeroB[c] as number;
        sum[j] = (sum[j] as number) + pa * (foldedB[j] as number);
      }
      continue;
    }
    if (b0 !== 0) sum[i] = (sum[i] as number) + pa * b0;
    const row = i * n;
    for (let c = 0; c < count; c++) {
      const j = nonZeroB[c] as number;
      const mass = pa * (foldedB[j] as number);
      const low = sumLow[row + j] as number;
      const stay = mass * (sumWeight[row + j] as number);
      sum[low] = (sum[low] as number) + stay;
      sum[low + 1] = (sum[low + 1] as number) + (mass - stay);
    }
  }
}

/**
 * Pairs (i, j) grouped by the larger index M and by run of the smaller one: a run's share in its
 * lower bin is Σ mass × (shift − centers[s]) × inverseWidth, from prefix sums of mass and mass × center.
 * Prefix sums are interleaved per bin (a, a × center, b, b × center) so a run reads two cache lines.
 */
function byRuns(grid: Grid, left: Range, right: Range, lowest: number, highest: number, sum: Float64Array): void {
  const { centers } = grid;
  const { offsets, bounds, split } = grid.sumSegments;
  const prefix = prefixes;
  let pa = 0;
  let pac = 0;
  let pb = 0;
  let pbc = 0;
  prefix[0] = prefix[1] = prefix[2] = prefix[3] = 0;
  for (let s = 1; s <= highest; s++) {
    const ma = foldedA[s] as number;
    const mb = foldedB[s] as number;
    const center = centers[s] as number;
    pa += ma;
    pac += ma * center;
    pb += mb;
    pbc += mb * center;
    const at = 4 * s;
    prefix[at] = pa;
    prefix[at + 1] = pac;
    prefix[at + 2] = pb;
    prefix[at + 3] = pbc;
  }
  const firstA = Math.max(1, left.first);
  const firstB = Math.max(1, right.first);
  for (let m = lowest; m <= highest; m++) {
    const am = foldedA[m] as number;
    const bm = foldedB[m] as number;
    if (am === 0 && bm === 0) continue;
    // Pairs whose larger index is m: (a at m, b at s ≤ m) and (b at m, a at s < m). Only runs that
    // overlap the other side's bins can carry mass.
    const from = am === 0 ? firstA : bm === 0 ? firstB : Math.min(firstA, firstB);
    // Every run of m ends at or below m, so none reaches the other side's first bin: all would be skipped.
    if (from > m) continue;
    const upTo = am === 0 ? left.last : bm === 0 ? right.last : Math.max(left.last, right.last);
    const stop = offsets[m + 1] as number;
    for (let r = offsets[m] as number; r < stop; r++) {
      const last = bounds[3 * r + 1] as number;
      if (last < from) continue;
      const first = bounds[3 * r] as number;
      if (first > upTo) break;
      const before = 4 * (first - 1);
      const at = 4 * last;
      // The run holding s = m counts the b side only below m.
      const atA = last < m ? at : at - 4;
      const massB = (prefix[at + 2] as number) - (prefix[before + 2] as number);
      const massA = atA > before ? (prefix[atA] as number) - (prefix[before] as number) : 0;
      const mass = am * massB + bm * massA;
      if (mass === 0) continue;
      const bin = bounds[3 * r + 2] as number;
      const inverse = split[2 * r + 1] as number;
      if (inverse === 0) {
        sum[bin] = (sum[bin] as number) + mass;
        continue;
      }
      const centred =
        am * ((prefix[at + 3] as number) - (prefix[before + 3] as number)) +
        (atA > before ? bm * ((prefix[atA + 1] as number) - (prefix[before + 1] as number)) : 0);
      const share = ((split[2 * r] as number) * mass - centred) * inverse;
      // Rounding can put a share a hair outside [0, mass]; keep every bin non-negative and the mass whole.
      const stay = share < 0 ? 0 : share > mass ? mass : share;
      sum[bin] = (sum[bin] as number) + stay;
      sum[bin + 1] = (sum[bin + 1] as number) + (mass - stay);
    }
  }
}

export function cdfOf(h: Histogram): Float64Array {
  const cdf = new Float64Array(h.length);
  let running = 0;
  for (let k = 0; k < h.length; k++) {
    running += h[k] ?? 0;
    cdf[k] = Math.min(1, running);
  }
  return cdf;
}

/** max(X, Y): calls in one parallel group, the request waits for the slowest. */
export function maxOf(a: Histogram, b: Histogram): Histogram {
  // One pass, no intermediate CDF arrays: fromCdf(cdfOf(a) × cdfOf(b)) term by term.
  const out = emptyHistogram(a.length);
  let runningA = 0;
  let runningB = 0;
  let previous = 0;
  for (let k = 0; k < a.length; k++) {
    runningA += a[k] ?? 0;
    runningB += b[k] ?? 0;
    const value = Math.min(1, runningA) * Math.min(1, runningB);
    out[k] = Math.max(0, value - previous);
    previous = value;
  }
  return withSupport(out, maxSupport(a, b));
}

/** The slowest of N independent copies: a fan-out of N parallel calls. N may be fractional (an average fan-out). */
export function maxOfCopies(h: Histogram, copies: number): Histogram {
  if (copies === 1) return h;
  const out = emptyHistogram(h.length);
  let running = 0;
  let previous = 0;
  for (let k = 0; k < h.length; k++) {
    running += h[k] ?? 0;
    const value = Math.pow(Math.min(1, running), copies);
    out[k] = Math.max(0, value - previous);
    previous = value;
  }
  return withSupport(out, supportOf(h));
}

/** With probability p the request takes `a`, otherwise `b`: a call made by a fraction of requests. */
export function mixture(a: Histogram, p: number, b: Histogram): Histogram {
  const out = emptyHistogram(a.length);
  for (let k = 0; k < a.length; k++) out[k] = p * (a[k] ?? 0) + (1 - p) * (b[k] ?? 0);
  return withSupport(out, mixtureSupport(a, p, b));
}

export function percentile(grid: Grid, h: Histogram, q: number): number {
  let running = 0;
  for (let k = 0; k < h.length; k++) {
    const mass = h[k] ?? 0;
    if (running + mass >= q && mass > 0) {
      if (k === 0) return clampToSupport(h, 0);
      // Mass of a bin is spread evenly in log space across the bin, so read the percentile inside it.
      const low = Math.log(grid.lowerEdge[k] ?? 1);
      const high = Math.log(grid.upperEdge[k] ?? 1);
      const within = Math.min(1, Math.max(0, (q - running) / mass));
      // Inside the distribution's exact bounds: a sum of fixed times reads its value (support.ts).
      return clampToSupport(h, Math.exp(low + (high - low) * within));
    }
    running += mass;
  }
  return grid.centers[grid.size - 1] ?? 0;
}

/** P(X ≤ x), reading the bin that holds x as spread evenly in log space (the inverse of `percentile`). */
export function cdfAt(grid: Grid, h: Histogram, xMs: number): number {
  let below = h[0] ?? 0;
  if (xMs <= 0) return below;
  for (let k = 1; k < h.length; k++) {
    const upper = grid.upperEdge[k] ?? Infinity;
    const lower = grid.lowerEdge[k] ?? 0;
    const mass = h[k] ?? 0;
    if (xMs >= upper) {
      below += mass;
      continue;
    }
    if (xMs > lower) below += (mass * (Math.log(xMs) - Math.log(lower))) / (Math.log(upper) - Math.log(lower));
    break;
  }
  return Math.min(1, below);
}

export function meanOf(grid: Grid, h: Histogram): number {
  let total = 0;
  for (let k = 1; k < h.length; k++) total += (h[k] ?? 0) * (grid.centers[k] ?? 0);
  return total;
}

/**
 * Mass beyond t, and the distribution conditioned on finishing by t (a call under a timeout). The bin
 * that holds t is split by where t falls inside it (mass spread evenly in log space, as `percentile`
 * reads it), so the late share does not jump by whole bins.
 */
export function splitAt(grid: Grid, h: Histogram, tMs: number): { late: number; inTime: Histogram } {
  const inTime = emptyHistogram(h.length);
  const kept = keptBy(grid, h, tMs, inTime);
  if (kept > 0) for (let k = 0; k < inTime.length; k++) inTime[k] = (inTime[k] ?? 0) / kept;
  return { late: lateShare(kept), inTime: kept > 0 ? inTime : pointMass(grid, tMs) };
}

/** Scratch for `timeoutOnce`'s in-time part; zero between calls. */
let scratchKept = new Float64Array(0);

/**
 * One attempt under a timeout, no retry: in time (the attempt conditioned on finishing by t) with
 * probability 1 − late, else given up at t (`givenUp`, the point mass at t). The same sums as
 * (1 − late) × splitAt(h, t).inTime + late × givenUp, without building the in-time histogram. Null when
 * nothing is late (the attempt itself is the answer).
 */
export function timeoutOnce(grid: Grid, h: Histogram, tMs: number, givenUp: Histogram): Histogram | null {
  const n = h.length;
  if (scratchKept.length < n) scratchKept = new Float64Array(n);
  const inTime = scratchKept;
  const kept = keptBy(grid, h, tMs, inTime);
  const late = lateShare(kept);
  if (late <= 0) {
    inTime.fill(0, 0, n);
    return null;
  }
  const out = emptyHistogram(n);
  const weight = 1 - late;
  if (kept > 0) for (let k = 0; k < n; k++) out[k] = weight * ((inTime[k] as number) / kept);
  else {
    const atT = pointMass(grid, tMs);
    for (let k = 0; k < n; k++) out[k] = weight * (atT[k] as number);
  }
  for (let k = 0; k < n; k++) out[k] = (out[k] as number) + late * (givenUp[k] ?? 0);
  inTime.fill(0, 0, n);
  return out;
}

/** Only the late share of `splitAt` (a call's chance to miss its timeout), without building the in-time part. */
export function lateAt(grid: Grid, h: Histogram, tMs: number): number {
  return lateShare(keptBy(grid, h, tMs, null));
}

function lateShare(kept: number): number {
  return Math.min(1, Math.max(0, 1 - kept));
}

/** Mass of h by t (the bin holding t split in log space); writes the kept mass per bin when given somewhere to. */
function keptBy(grid: Grid, h: Histogram, tMs: number, into: Float64Array | null): number {
  let kept = h[0] ?? 0;
  if (into) into[0] = kept;
  for (let k = 1; k < h.length; k++) {
    const mass = h[k] ?? 0;
    const upper = grid.upperEdge[k] ?? Infinity;
    const lower = grid.lowerEdge[k] ?? 0;
    const share =
      tMs >= upper ? 1 : tMs <= lower ? 0 : (Math.log(tMs) - Math.log(lower)) / (Math.log(upper) - Math.log(lower));
    if (share <= 0) break;
    if (into) into[k] = mass * share;
    kept += mass * share;
  }
  return kept;
}
