// The bounds shared by several fields. Every bound is finite: any peer may write into the shared
// document, and a capacity of 1e308 or a coordinate of 1e300 would break the engine's and the layout's
// arithmetic for everyone. The same bounds hold in a board file, so a valid document is a valid board file
// and a valid board file is a valid document.
import type { FieldDefault, NumberField, TextField } from './field.js';
import { numberField, textField } from './field.js';

/** Far beyond any real rate, latency or size, and still exact in a double. */
export const LARGEST_FIGURE = 1e12;
/** Instances, partitions, consumers, copies, fan-out. */
export const LARGEST_COUNT = 1e6;
/** Board coordinates and frame sizes: far beyond any canvas, small enough for layout maths. */
export const COORDINATE_LIMIT = 1e7;

export const CATALOG: FieldDefault = { source: 'catalog' };
export const NONE: FieldDefault = { source: 'none' };
export const engine = (value: number | boolean | string): FieldDefault => ({ source: 'engine', value });

type Described = Pick<NumberField, 'label' | 'default'> & { readonly help?: string };

export const probability = (spec: Described): NumberField =>
  numberField({ ...spec, unit: '%', scale: 100, min: 0, max: 1 });

/** A rate, latency or size: zero allowed. */
export const amount = (spec: Described & Pick<NumberField, 'unit'>): NumberField =>
  numberField({ ...spec, min: 0, max: LARGEST_FIGURE });

/** A rate, latency or factor that must be more than zero. */
export const positiveAmount = (spec: Described & Pick<NumberField, 'unit'>): NumberField =>
  numberField({ ...spec, min: 0, minExclusive: true, max: LARGEST_FIGURE });

export const count = (spec: Described & { readonly min: number; readonly max?: number }): NumberField =>
  numberField({ ...spec, unit: '', integer: true, max: spec.max ?? LARGEST_COUNT });

export const coordinate = (label: string): NumberField =>
  numberField({ label, unit: 'px', min: -COORDINATE_LIMIT, max: COORDINATE_LIMIT, default: NONE });

export const extent = (label: string): NumberField =>
  numberField({ label, unit: 'px', min: 0, minExclusive: true, max: COORDINATE_LIMIT, default: NONE });

/** A display name: may be empty (the kind's label shows instead). */
export const displayName = (): TextField => textField({ label: 'Name', minLength: 0, maxLength: 200, default: NONE });
