// Compact builders for the oracle's tests. Every parameter a test relies on is set on the board, so the
// figures in the tests' comments follow from the board alone.
import type { BoardFile, BoardFileCall, BoardFileComponent, BoardFileZone } from '@napkin/fields';
import { wilson } from '../src/stats';

export function board(components: BoardFileComponent[], calls: BoardFileCall[] = [], zones: BoardFileZone[] = []): BoardFile {
  return { format: 'napkin-board', version: 1, components, calls, zones };
}

export function client(id = 'users', rps = 100, readFraction = 1): BoardFileComponent {
  return { id, kind: 'web-client', entry: { rps, readFraction } };
}

/** A plain service: capacity, latency and availability as given (defaults: far from saturation, 1 ms, always up). */
export function service(id: string, params: BoardFileComponent['params'] = {}, extra: Partial<BoardFileComponent> = {}): BoardFileComponent {
  return {
    id,
    kind: 'stateless-service',
    instances: 1,
    params: { capacityRps: 1e9, p50Ms: 1, p99Ms: 1, availability: 1, shedsLoad: false, ...params },
    ...extra,
  };
}

export function cache(id: string, hitRatio: number, params: BoardFileComponent['params'] = {}): BoardFileComponent {
  return {
    id,
    kind: 'in-memory-cache',
    instances: 1,
    params: { capacityRps: 1e9, p50Ms: 1, p99Ms: 1, availability: 1, hitRatio, ttlSeconds: 60, readReplicas: 0, replicationFactor: 1, shedsLoad: false, ...params },
  };
}

export function call(from: string, to: string, extra: Partial<BoardFileCall> = {}): BoardFileCall {
  return { id: `${from}->${to}`, from, to, mode: 'sync', callsPerRequest: 1, fraction: 1, traffic: 'all', retries: 0, optional: false, ...extra };
}

export function zone(id: string, availability: number, extra: Partial<BoardFileZone> = {}): BoardFileZone {
  return { id, level: 'availability-zone', availability, ...extra };
}

/** The figure lies inside the simulation's 99 % interval. */
export function within(interval: { low: number; high: number }, figure: number): boolean {
  return figure >= interval.low && figure <= interval.high;
}

/** z of a two-sided 99.999 % interval: the unit tests' checks, many per run, should fail by chance almost never. */
const Z_TIGHT = 4.4172;

/**
 * The success ratio is consistent with `expected`: inside the 99.999 % Wilson interval of the run (a
 * unit test makes many such checks, so a 99 % interval would fail one of them by chance too often).
 */
export function consistent(result: { successes: number; requests: number }, expected: number): { ok: boolean; message: string } {
  const interval = wilson(result.successes, result.requests, Z_TIGHT, 0.99999);
  const ok = expected >= interval.low && expected <= interval.high;
  return { ok, message: `expected ${expected}, simulated ${interval.ratio} [${interval.low}, ${interval.high}]` };
}

/** A share of samples is consistent with `expected` (binomial, same interval). */
export function consistentShare(share: number, samples: number, expected: number): { ok: boolean; message: string } {
  return consistent({ successes: Math.round(share * samples), requests: samples }, expected);
}

/** Standard normal CDF (erf by Abramowitz–Stegun 7.1.26, absolute error < 1.5e-7): for the tests' hand figures. */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** P(X ≤ x) for the log-normal with this median and 99th percentile (σ = ln(p99 / p50) / 2.3263). */
export function logNormalCdf(x: number, p50: number, p99: number): number {
  return normalCdf(Math.log(x / p50) / (Math.log(p99 / p50) / 2.3263478740408408));
}
