// What one field of the board is: its type, unit, bounds, label and default, declared once. The zod
// schema that checks a value is built from that declaration, so the document's reader, the board file's
// parser and the inspector's forms cannot disagree about what a valid value is.
import { z } from 'zod';

/**
 * Where the value of an unset field comes from. The catalog's defaults depend on the component's kind (or
 * the zone's level) and carry their own citation there; the engine's are fixed and documented in
 * `@napkin/analysis` ("The board format"); `none` means unset is a state of its own (no timeout, no name).
 */
export type FieldDefault =
  | { readonly source: 'catalog' }
  | { readonly source: 'engine'; readonly value: number | boolean | string }
  | { readonly source: 'none' };

interface FieldBase {
  readonly label: string;
  /** One line for the form, when the label alone does not say what the field means. */
  readonly help?: string;
  readonly default: FieldDefault;
}

/** Units as shown beside a value; '' for a plain count. */
export type Unit = '' | 'req/s' | 'ms' | 's' | 'B' | '%' | '×' | 'users' | 'px';

export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly unit: Unit;
  /** Shown = stored × scale: a probability is stored as 0.9995 and shown as 99.95 %. */
  readonly scale?: number;
  /** Bounds of the stored value. */
  readonly min: number;
  /** True when `min` itself is not allowed (a capacity must be more than 0). */
  readonly minExclusive?: boolean;
  readonly max: number;
  readonly integer?: boolean;
  readonly schema: z.ZodNumber;
}

export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
  readonly schema: z.ZodBoolean;
}

export interface ChoiceField<V extends string = string> extends FieldBase {
  readonly type: 'choice';
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly schema: z.ZodEnum<{ [K in V]: K }>;
}

export interface TextField extends FieldBase {
  readonly type: 'text';
  readonly minLength: number;
  readonly maxLength: number;
  /** What a valid value looks like beyond its length (a spread's `zone:count` list), for generators and forms. */
  readonly pattern?: RegExp;
  readonly schema: z.ZodString;
}

export type Field = NumberField | BooleanField | ChoiceField | TextField;
export type Fields = Readonly<Record<string, Field>>;

/** The zod schema of every field in a group, by name: what field-by-field validation takes. */
export type SchemasOf<F extends Fields> = { readonly [K in keyof F]: F[K]['schema'] };
/** The stored value of every field in a group, all optional. */
export type ValuesOf<F extends Fields> = { [K in keyof F]?: z.output<F[K]['schema']> };

export function schemasOf<F extends Fields>(fields: F): SchemasOf<F> {
  return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.schema])) as SchemasOf<F>;
}

/** `1e12` rather than `1000000000000` in messages. */
function printed(value: number): string {
  return Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'e') : String(value);
}

/**
 * What a probability expects, and the likely mistake behind a value from 1 to 100: a percentage written
 * where the file stores a fraction (`availability: 99.95` for 99.95 %).
 */
export function fractionMessage(input: unknown): string {
  const expected = 'must be a fraction between 0 and 1, e.g. 0.9995';
  if (typeof input !== 'number' || !(input > 1 && input <= 100)) return expected;
  const asFraction = Number((input / 100).toPrecision(12));
  return `${expected}; ${printed(input)} looks like a percentage (${printed(input)} % is ${asFraction})`;
}

export function numberField(spec: Omit<NumberField, 'type' | 'schema'>): NumberField {
  const { min, max, minExclusive, integer } = spec;
  // A probability reads best as one range; other numbers by the bound they broke.
  const fraction = !minExclusive && min === 0 && max === 1;
  let schema = z.number({ message: 'must be a number' });
  if (integer) schema = schema.int({ message: 'must be a whole number' });
  schema = minExclusive
    ? schema.gt(min, { message: `must be > ${printed(min)}` })
    : schema.min(min, fraction ? { error: (issue) => fractionMessage(issue.input) } : { message: `must be >= ${printed(min)}` });
  schema = schema.max(max, fraction ? { error: (issue) => fractionMessage(issue.input) } : { message: `must be <= ${printed(max)}` });
  return { type: 'number', ...spec, schema };
}

export function booleanField(spec: Omit<BooleanField, 'type' | 'schema'>): BooleanField {
  return { type: 'boolean', ...spec, schema: z.boolean({ message: 'must be true or false' }) };
}

export function choiceField<const V extends string>(
  spec: Omit<ChoiceField<V>, 'type' | 'schema' | 'options'> & { readonly options: readonly [{ value: V; label: string }, ...{ value: V; label: string }[]] },
): ChoiceField<V> {
  const values = spec.options.map((option) => option.value) as [V, ...V[]];
  const schema = z.enum(values, { message: `must be one of ${values.join(', ')}` }) as unknown as z.ZodEnum<{ [K in V]: K }>;
  return { type: 'choice', ...spec, schema };
}

export function textField(spec: Omit<TextField, 'type' | 'schema'> & { readonly patternMessage?: string }): TextField {
  const { patternMessage, ...declared } = spec;
  const { pattern } = declared;
  let schema = z.string({ message: 'must be text' });
  if (declared.minLength > 0) schema = schema.min(declared.minLength, { message: 'must not be empty' });
  schema = schema.max(declared.maxLength, { message: `must be at most ${declared.maxLength} characters` });
  if (pattern) schema = schema.regex(pattern, { message: patternMessage ?? 'has characters that are not allowed' });
  return { type: 'text', ...declared, schema };
}

/** The value of an option list, for the TypeScript types of a choice. */
export type ChoiceValue<F> = F extends ChoiceField<infer V> ? V : never;
