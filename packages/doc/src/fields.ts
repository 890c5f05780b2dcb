// Field-by-field validation of untrusted records: one bad field costs that field, not the whole entry.
import { z } from 'zod';

type FieldSchemas = Record<string, z.ZodType>;
export type ValidFields<S extends FieldSchemas> = { [K in keyof S]?: z.output<S[K]> };
export type RequiredFields<S extends FieldSchemas> = { [K in keyof S]: z.output<S[K]> };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A one-line reason from a zod error, for problem reports. */
export function reasonOf(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The fields of `raw` that pass their schema. Absent (`undefined`) fields are silently left out; present but
 * invalid ones are left out and passed to `onInvalid`. Keys not in `schemas` are not looked at here; the
 * reader reports them (unknownFields.ts).
 */
export function pickValidFields<S extends FieldSchemas>(
  schemas: S,
  raw: Record<string, unknown>,
  onInvalid: (field: string, reason: string) => void,
): ValidFields<S> {
  const valid: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(schemas)) {
    const value = raw[field];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) valid[field] = parsed.data;
    else onInvalid(field, reasonOf(parsed.error));
  }
  return valid as ValidFields<S>;
}

// Building a zod object is far dearer than parsing with one (zod compiles it on first use), and the reader
// checks every entry on every snapshot: one object per field record, built once.
const objectSchemas = new WeakMap<FieldSchemas, z.ZodObject>();

function objectSchemaOf(schemas: FieldSchemas): z.ZodObject {
  let object = objectSchemas.get(schemas);
  if (object === undefined) {
    object = z.object(schemas);
    objectSchemas.set(schemas, object);
  }
  return object;
}

/** All of `schemas` must be present and valid, or the reason why not. */
export function parseRequiredFields<S extends FieldSchemas>(
  schemas: S,
  raw: Record<string, unknown>,
): { ok: true; value: RequiredFields<S> } | { ok: false; reason: string } {
  const parsed = objectSchemaOf(schemas).safeParse(raw);
  if (!parsed.success) return { ok: false, reason: reasonOf(parsed.error) };
  return { ok: true, value: parsed.data as RequiredFields<S> };
}

/** Drops `undefined` values so snapshots and exports carry no empty keys. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
