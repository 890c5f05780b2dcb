// The arithmetic from a problem's scale to the load on its board, shared by the estimator, the session's
// requirements list and the reference designs, so all three agree on the same figure.
import type { ScaleAssumptions } from './types';

const SECONDS_PER_DAY = 86_400;

/** Peak requests per second: average (DAU × requests per user per day / 86,400) times the peak factor. */
export function peakRps(scale: ScaleAssumptions): number {
  return (scale.dailyActiveUsers * scale.requestsPerUserPerDay * scale.peakFactor) / SECONDS_PER_DAY;
}

/** The share of requests that are reads, from "reads per write". */
export function readFraction(scale: ScaleAssumptions): number {
  return scale.readsPerWrite / (scale.readsPerWrite + 1);
}
