// Every figure the engine reports carries its formula and inputs, so the board can answer "why?".
// Values are always finite: a result that would be infinite is capped and says so.

export interface Explained {
  readonly value: number;
  readonly unit: string;
  readonly formula: string;
  readonly inputs: Readonly<Record<string, number | string>>;
  /** Set when the true value is larger than the engine can say (saturation, no load at all). */
  readonly capped?: true;
  readonly note?: string;
}

/** Largest value any figure may take (a zettabyte a year still fits); anything beyond is reported as this, flagged `capped`. */
export const VALUE_CAP = 1e21;

function finite(value: number): { value: number; capped: boolean } {
  if (Number.isNaN(value)) return { value: 0, capped: true };
  if (value > VALUE_CAP) return { value: VALUE_CAP, capped: true };
  if (value < -VALUE_CAP) return { value: -VALUE_CAP, capped: true };
  return { value, capped: false };
}

function cleanInputs(inputs: Record<string, number | string>): Record<string, number | string> {
  // Fast path: almost every input is already finite, and this runs for every figure of every component.
  let clean = true;
  for (const key in inputs) {
    const raw = inputs[key];
    if (typeof raw === 'number' && !(Math.abs(raw) <= VALUE_CAP)) clean = false;
  }
  if (clean) return inputs;
  const out: Record<string, number | string> = {};
  for (const [key, raw] of Object.entries(inputs)) out[key] = typeof raw === 'number' ? finite(raw).value : raw;
  return out;
}

export function explained(
  value: number,
  unit: string,
  formula: string,
  inputs: Record<string, number | string>,
  options?: { capped?: boolean; note?: string },
): Explained {
  // Built field by field (no spread of option objects): an analysis makes tens of thousands of these.
  let safe = value;
  let capped = options?.capped === true;
  if (Number.isNaN(value)) {
    safe = 0;
    capped = true;
  } else if (value > VALUE_CAP) {
    safe = VALUE_CAP;
    capped = true;
  } else if (value < -VALUE_CAP) {
    safe = -VALUE_CAP;
    capped = true;
  }
  const clean = cleanInputs(inputs);
  const note = options?.note;
  // One literal per shape, in the same key order: adding `capped` or `note` to a built object would
  // give it a separate property store, one more object per figure for the collector to copy.
  if (note === undefined) return capped ? { value: safe, unit, formula, inputs: clean, capped: true } : { value: safe, unit, formula, inputs: clean };
  return capped ? { value: safe, unit, formula, inputs: clean, capped: true, note } : { value: safe, unit, formula, inputs: clean, note };
}

/**
 * A yes/no verdict explained like any figure: value 1 for yes, 0 for no, unit 'boolean', and the
 * comparison it comes from, so the board can answer "why is this saturated / over budget?".
 */
export function explainedFlag(
  flag: boolean,
  formula: string,
  inputs: Record<string, number | string>,
  options: { note?: string } = {},
): Explained {
  return explained(flag ? 1 : 0, 'boolean', formula, inputs, options);
}

/** Rounds for display only; the engine keeps full precision inside. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Rounds to n significant figures, the way the playbook prints its estimates (1,157 → 1,200). */
export function significant(value: number, figures: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (figures - 1 - magnitude);
  return Math.round(value * factor) / factor;
}
