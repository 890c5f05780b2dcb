// Latency distributions as histograms on the shared grid, and the ways they compose:
// sequence = convolution, parallel = max (product of CDFs), fraction = mixture, fan-out = CDF^N.
import type { Grid } from './grid';
import { binEdges, splitValue } from './grid';

/** Probability mass per bin of the grid; sums to 1. */
export type Histogram = Float64Array;

export function pointMass(grid: Grid, valueMs: number): Histogram {
  const out = new Float64Array(grid.size);
  const split = splitValue(grid, valueMs);
  out[split.low] = split.weight;
  if (split.weight < 1) out[split.low + 1] = (out[split.low + 1] ?? 0) + (1 - split.weight);
  return out;
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
  const out = new Float64Array(grid.size);
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
  const out = new Float64Array(grid.size);
  out[0] = 1 - waitProbability;
  if (waitProbability <= 0 || !(conditionalMeanMs > 0)) {
    out[0] = 1;
    return out;
  }
  let previousSurvival = 1;
  for (let k = 1; k < grid.size; k++) {
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

function trimmedRange(h: Histogram): { first: number; last: number } {
  let first = 0;
  let low = 0;
  while (first < h.length - 1 && low + (h[first] ?? 0) <= TAIL) low += h[first++] ?? 0;
  let last = h.length - 1;
  let high = 0;
  while (last > first && high + (h[last] ?? 0) <= TAIL) high += h[last--] ?? 0;
  return { first, last };
}

/** The distribution of X + Y for independent X and Y: the sum of two calls made one after another. */
export function convolve(grid: Grid, a: Histogram, b: Histogram): Histogram {
  const out = new Float64Array(grid.size);
  const n = grid.size;
  const left = trimmedRange(a);
  const right = trimmedRange(b);
  const { sumLow, sumWeight } = grid;
  // Mass outside the ranges goes to their end bins, so nothing is lost.
  const massA = (i: number) =>
    (a[i] ?? 0) + (i === left.first ? tailBelow(a, left.first) : 0) + (i === left.last ? tailAbove(a, left.last) : 0);
  const rightMass = new Float64Array(right.last - right.first + 1);
  for (let j = right.first; j <= right.last; j++) {
    rightMass[j - right.first] =
      (b[j] ?? 0) +
      (j === right.first ? tailBelow(b, right.first) : 0) +
      (j === right.last ? tailAbove(b, right.last) : 0);
  }
  for (let i = left.first; i <= left.last; i++) {
    const pa = massA(i);
    if (pa === 0) continue;
    const row = i * n;
    for (let j = right.first; j <= right.last; j++) {
      const mass = pa * (rightMass[j - right.first] ?? 0);
      if (mass === 0) continue;
      if (i === 0 || j === 0) {
        out[i + j] = (out[i + j] ?? 0) + mass;
        continue;
      }
      const low = sumLow[row + j] ?? 0;
      const weight = sumWeight[row + j] ?? 1;
      out[low] = (out[low] ?? 0) + mass * weight;
      if (weight < 1) out[low + 1] = (out[low + 1] ?? 0) + mass * (1 - weight);
    }
  }
  return out;
}

function tailBelow(h: Histogram, first: number): number {
  let mass = 0;
  for (let k = 0; k < first; k++) mass += h[k] ?? 0;
  return mass;
}

function tailAbove(h: Histogram, last: number): number {
  let mass = 0;
  for (let k = last + 1; k < h.length; k++) mass += h[k] ?? 0;
  return mass;
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

function fromCdf(cdf: Float64Array): Histogram {
  const out = new Float64Array(cdf.length);
  let previous = 0;
  for (let k = 0; k < cdf.length; k++) {
    const value = cdf[k] ?? 0;
    out[k] = Math.max(0, value - previous);
    previous = value;
  }
  return out;
}

/** max(X, Y): calls in one parallel group, the request waits for the slowest. */
export function maxOf(a: Histogram, b: Histogram): Histogram {
  const ca = cdfOf(a);
  const cb = cdfOf(b);
  for (let k = 0; k < ca.length; k++) ca[k] = (ca[k] ?? 0) * (cb[k] ?? 0);
  return fromCdf(ca);
}

/** The slowest of N independent copies: a fan-out of N parallel calls. N may be fractional (an average fan-out). */
export function maxOfCopies(h: Histogram, copies: number): Histogram {
  if (copies === 1) return h;
  const cdf = cdfOf(h);
  for (let k = 0; k < cdf.length; k++) cdf[k] = Math.pow(cdf[k] ?? 0, copies);
  return fromCdf(cdf);
}

/** With probability p the request takes `a`, otherwise `b`: a call made by a fraction of requests. */
export function mixture(a: Histogram, p: number, b: Histogram): Histogram {
  const out = new Float64Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = p * (a[k] ?? 0) + (1 - p) * (b[k] ?? 0);
  return out;
}

export function percentile(grid: Grid, h: Histogram, q: number): number {
  let running = 0;
  for (let k = 0; k < h.length; k++) {
    const mass = h[k] ?? 0;
    if (running + mass >= q && mass > 0) {
      if (k === 0) return 0;
      // Mass of a bin is spread evenly in log space across the bin, so read the percentile inside it.
      const low = Math.log(grid.lowerEdge[k] ?? 1);
      const high = Math.log(grid.upperEdge[k] ?? 1);
      const within = Math.min(1, Math.max(0, (q - running) / mass));
      return Math.exp(low + (high - low) * within);
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
  const inTime = new Float64Array(h.length);
  let kept = h[0] ?? 0;
  inTime[0] = kept;
  for (let k = 1; k < h.length; k++) {
    const mass = h[k] ?? 0;
    const upper = grid.upperEdge[k] ?? Infinity;
    const lower = grid.lowerEdge[k] ?? 0;
    const share =
      tMs >= upper ? 1 : tMs <= lower ? 0 : (Math.log(tMs) - Math.log(lower)) / (Math.log(upper) - Math.log(lower));
    if (share <= 0) break;
    inTime[k] = mass * share;
    kept += mass * share;
  }
  if (kept > 0) for (let k = 0; k < inTime.length; k++) inTime[k] = (inTime[k] ?? 0) / kept;
  return { late: Math.min(1, Math.max(0, 1 - kept)), inTime: kept > 0 ? inTime : pointMass(grid, tMs) };
}
