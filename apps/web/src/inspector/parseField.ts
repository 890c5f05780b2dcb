// From what the user typed to a value the document accepts, or a message saying why not. The
// document's zod schema for the field is the authority; the spec's range only words the message
// in the units the user sees. Pure, so unit-tested.
import type { FieldSpec } from './fieldSpecs';
import { parseNumber } from './parseNumber';

/** The part of a zod schema used here (kept structural so this app needs no zod dependency). */
export interface Validator {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export function parseField(spec: FieldSpec, raw: string | boolean, validator: Validator | undefined): Parsed {
  const value = toStored(spec, raw);
  if (!value.ok) return value;
  if (validator === undefined || value.value === undefined) return value;
  const checked = validator.safeParse(value.value);
  if (checked.success) return value;
  const reason = checked.error.issues[0]?.message ?? 'Invalid value';
  // A range problem is worded in the units on screen; any other refusal (a rule across fields) as given.
  return { ok: false, message: spec.type === 'number' && outOfRange(spec, Number(value.value)) ? rangeMessage(spec) : reason };
}

function outOfRange(spec: Extract<FieldSpec, { type: 'number' }>, stored: number): boolean {
  const displayed = stored * (spec.scale ?? 1);
  const belowMin = spec.minExclusive ? displayed <= spec.min : displayed < spec.min;
  return belowMin || displayed > spec.max || (spec.integer === true && !Number.isInteger(displayed));
}

function toStored(spec: FieldSpec, raw: string | boolean): Parsed {
  switch (spec.type) {
    case 'boolean':
      return { ok: true, value: raw === true };
    case 'choice': {
      const valid = spec.options.some((option) => option.value === raw);
      return valid ? { ok: true, value: raw } : { ok: false, message: `Choose one of: ${spec.options.map((o) => o.label).join(', ')}` };
    }
    case 'text': {
      // An emptied text field clears the value (an empty parallel group or label means "none").
      const text = String(raw).trim();
      return { ok: true, value: text === '' ? undefined : text };
    }
    case 'number': {
      // An emptied field gives the value back to its default (the caller clears the override).
      if (String(raw).trim() === '') return { ok: true, value: undefined };
      const read = parseNumber(String(raw), spec.unit);
      if (!read.ok) return read;
      const stored = read.value / (spec.scale ?? 1);
      // Dividing 99.95 by 100 gives 0.9994999999999999; round away the float noise the user never typed.
      return { ok: true, value: spec.scale ? Number(stored.toPrecision(12)) : stored };
    }
    default: {
      const unknown: never = spec;
      return unknown;
    }
  }
}

export function rangeMessage(spec: Extract<FieldSpec, { type: 'number' }>): string {
  const unit = spec.unit === '' ? '' : ` ${spec.unit}`;
  const low = spec.minExclusive ? `more than ${format(spec.min)}` : `at least ${format(spec.min)}`;
  const whole = spec.integer ? ' (a whole number)' : '';
  return `${spec.label} must be ${low} and at most ${format(spec.max)}${unit}${whole}`;
}

/** The stored value as the user sees it (99.95 for 0.9995 in percent). */
export function toDisplayed(spec: FieldSpec, stored: unknown): string {
  if (stored === undefined || stored === null) return '';
  if (spec.type !== 'number' || typeof stored !== 'number') return String(stored);
  return format(Number((stored * (spec.scale ?? 1)).toPrecision(12)));
}

function format(value: number): string {
  return Math.abs(value) >= 1e9 ? value.toExponential(0) : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}
