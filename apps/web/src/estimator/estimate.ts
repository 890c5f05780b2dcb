// The back-of-envelope estimator (playbook § 5.3): daily users and their habits in, peak requests/s,
// storage per year and bandwidth out, using the engine's own formulas so the figures match the board.
import { bandwidth, peakRps, perSecond, storagePerYear } from '@napkin/analysis';
import type { Explained } from '@napkin/analysis';
import { DEFAULT_PEAK_FACTOR, parseFigure, SCALE_RANGES } from '@napkin/doc';
import type { EntryLoad, FigureRange, WorksheetScale } from '@napkin/doc';

export interface EstimatorInputs {
  readonly dau: number;
  readonly actionsPerUser: number;
  readonly peakFactor: number;
  /** Bytes of one record written (and of one response, for bandwidth). */
  readonly recordBytes: number;
  readonly replication: number;
  /** Percentage of actions that write a record (0–100, as the inspector shows the read share). */
  readonly writePercent: number;
}

export const DEFAULT_ESTIMATOR_INPUTS: EstimatorInputs = {
  dau: 1_000_000,
  actionsPerUser: 10,
  peakFactor: 3,
  recordBytes: 1_000,
  replication: 3,
  writePercent: 10,
};

export interface Estimate {
  readonly peakRps: Explained;
  readonly averageRps: Explained;
  readonly storagePerYear: Explained;
  readonly bandwidth: Explained;
}

export type FieldName = keyof EstimatorInputs;

/**
 * Allowed ranges; a value outside is reported next to its field and nothing is computed. The scale's three are
 * the worksheet's, whose figures fill these fields.
 */
export const FIELD_RANGES: Readonly<Record<FieldName, FigureRange>> = {
  dau: SCALE_RANGES.dailyActiveUsers,
  actionsPerUser: SCALE_RANGES.requestsPerUserPerDay,
  peakFactor: SCALE_RANGES.peakFactor,
  recordBytes: { min: 0, max: 1e10 },
  replication: { min: 1, max: 10 },
  writePercent: { min: 0, max: 100 },
};

export function validateField(name: FieldName, raw: string): number | string {
  return parseFigure(raw, FIELD_RANGES[name]);
}

export function estimate(inputs: EstimatorInputs): Estimate {
  const perDay = inputs.dau * inputs.actionsPerUser;
  const peak = peakRps(inputs.dau, inputs.actionsPerUser, inputs.peakFactor);
  const average = perSecond(perDay);
  return {
    peakRps: peak,
    averageRps: average,
    storagePerYear: storagePerYear(average.value * (inputs.writePercent / 100), inputs.recordBytes, inputs.replication),
    bandwidth: bandwidth(peak.value, inputs.recordBytes),
  };
}

/**
 * The entry fields "apply to the flow" writes: the daily volume and peak factor (the engine derives
 * rps from them), the read share and the payload; `rps: undefined` clears a typed-in rate, which
 * would otherwise win over the DAU.
 */
export function entryLoadFor(inputs: EstimatorInputs): EntryLoad {
  return {
    dau: inputs.dau,
    actionsPerUser: inputs.actionsPerUser,
    peakFactor: inputs.peakFactor,
    // From the percentage directly: (100 − 7) / 100 is 0.93, where 1 − 0.07 is 0.9299999999999999.
    readFraction: (100 - inputs.writePercent) / 100,
    payloadBytes: inputs.recordBytes,
    rps: undefined,
  };
}

/**
 * An interview worksheet's scale as the estimator's fields, as typed text: daily users, requests a day, peak
 * factor, and the write share of reads per write (10:1 reads 9.09 % writes). Figures not yet given are left out.
 */
export function fieldsFromScale(scale: WorksheetScale): Partial<Record<FieldName, string>> {
  const fields: Partial<Record<FieldName, string>> = {};
  if (scale.dailyActiveUsers !== null) fields.dau = String(scale.dailyActiveUsers);
  if (scale.requestsPerUserPerDay !== null) fields.actionsPerUser = String(scale.requestsPerUserPerDay);
  if (scale.peakFactor !== null) fields.peakFactor = String(scale.peakFactor);
  if (scale.readsPerWrite !== null) fields.writePercent = String(Math.round((100 / (scale.readsPerWrite + 1)) * 100) / 100);
  return fields;
}

/**
 * The peak req/s an interview worksheet's scale implies, by the same formula as `estimate` (the peak factor is
 * the playbook's 5× until the candidate gives one); null until daily users and requests a day are given.
 */
export function worksheetPeakRps(scale: WorksheetScale): number | null {
  const { dailyActiveUsers, requestsPerUserPerDay } = scale;
  if (dailyActiveUsers === null || requestsPerUserPerDay === null) return null;
  return peakRps(dailyActiveUsers, requestsPerUserPerDay, scale.peakFactor ?? DEFAULT_PEAK_FACTOR).value;
}
