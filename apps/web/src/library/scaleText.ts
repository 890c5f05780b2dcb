// A problem's scale and requirements as the library page prints them: short, with units, and the peak load
// the estimator will start from (the same arithmetic as `peakRps` of @napkin/problems).
import type { DataSize, NonFunctionalRequirements, ScaleAssumptions } from '@napkin/problems';
import { peakRps } from '@napkin/problems';

/** 50,000,000 → "50M"; 17,361 → "17K"; 950 → "950". */
export function compact(value: number): string {
  const units: readonly [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of units) {
    if (value >= size) return `${Number((value / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(value.toPrecision(3)));
}

/** "1:100" style ratio, reads first; "writes only" for a write-only workload. */
export function readWriteText(readsPerWrite: number): string {
  if (readsPerWrite === 0) return 'writes only';
  if (readsPerWrite < 1) return `1:${compact(1 / readsPerWrite)} reads:writes`;
  return `${compact(readsPerWrite)}:1 reads:writes`;
}

export function scaleLines(scale: ScaleAssumptions): string[] {
  return [
    `${compact(scale.dailyActiveUsers)} daily users × ${compact(scale.requestsPerUserPerDay)} requests a day`,
    `peak ${scale.peakFactor}× the average: about ${compact(Math.round(peakRps(scale)))} req/s`,
    readWriteText(scale.readsPerWrite),
  ];
}

export const sizeText = (size: DataSize): string => `${size.what}: ${size.value} ${size.unit}`;

/** "p99 ≤ 100 ms, 99.9 % available". */
export function objectivesText(requirements: NonFunctionalRequirements): string {
  const percent = Number((requirements.availabilityObjective * 100).toPrecision(6));
  return `p99 ≤ ${requirements.p99BudgetMs.toLocaleString('en-US')} ms, ${percent} % available`;
}
