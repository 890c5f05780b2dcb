// The arithmetic from a problem's scale to the load on its board, shared by the estimator, the session's
// requirements list and the reference designs, so all three agree on the same figure.
import { peakRps as enginePeakRps } from '@napkin/analysis';
import type { ScaleAssumptions } from './types';

/** Peak requests per second: average (DAU × requests per user per day / 86,400) times the peak factor, the engine's formula. */
export function peakRps(scale: ScaleAssumptions): number {
  return enginePeakRps(scale.dailyActiveUsers, scale.requestsPerUserPerDay, scale.peakFactor).value;
}

/** The share of requests that are reads, from "reads per write". */
export function readFraction(scale: ScaleAssumptions): number {
  return scale.readsPerWrite / (scale.readsPerWrite + 1);
}
