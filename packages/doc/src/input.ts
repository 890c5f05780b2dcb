// Validation of local input before it is written. Local callers are trusted code, so a bad value is a bug
// in the caller (or an unchecked form field): it is rejected with a clear error instead of being written
// for every peer to trip over. Forms can use these schemas themselves to validate before calling.
import { z } from 'zod';
import { reasonOf } from './fields.js';
import * as schema from './schema.js';

/** Thrown by `Board` mutations given input that would not pass the reader's validation. */
export class BoardInputError extends Error {
  override readonly name = 'BoardInputError';
}

const group = <S extends z.ZodObject>(object: S) => object.nullable().optional();

export const newComponentSchema = z.object({
  ...schema.componentRequiredFields,
  name: schema.componentOptionalFields.name.optional(),
  instances: schema.componentOptionalFields.instances.optional(),
  spread: schema.componentOptionalFields.spread.optional(),
  params: schema.componentParamsSchema.optional(),
  entry: schema.entryLoadSchema.optional(),
  whatIf: schema.whatIfSchema.optional(),
});

export const componentPatchSchema = newComponentSchema.partial().extend({
  entry: group(schema.entryLoadSchema),
  whatIf: group(schema.whatIfSchema),
});

export const newCallSchema = z.object({
  ...schema.callRequiredFields,
  ...z.object(schema.callOptionalFields).partial().shape,
});
export const callPatchSchema = z.object(schema.callOptionalFields).partial().extend({
  mode: schema.callRequiredFields.mode.optional(),
});

export const newZoneSchema = z.object({
  ...schema.zoneRequiredFields,
  ...z.object(schema.zoneOptionalFields).partial().shape,
});
export const zonePatchSchema = newZoneSchema.partial();

export const newAnnotationSchema = z.object({
  ...schema.annotationRequiredFields,
  ...z.object(schema.annotationOptionalFields).partial().shape,
});
export const annotationPatchSchema = newAnnotationSchema.partial();

export const titleSchema = schema.metaFields.title;

/** Parses `input` or throws a `BoardInputError` naming the operation and the bad fields. */
export function checkInput<T>(what: string, inputSchema: z.ZodType<T>, input: unknown): T {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new BoardInputError(`${what}: ${reasonOf(parsed.error)}`);
  return parsed.data;
}

/**
 * Like `checkInput` for a patch, where `undefined` clears a field. Required fields cannot be cleared (the
 * entry would become unreadable for everyone), so an `undefined` for one of `required` is ignored.
 */
export function checkPatch<T extends object>(what: string, patchSchema: z.ZodType<T>, patch: unknown, required: object): T {
  const valid = checkInput(what, patchSchema, patch);
  return Object.fromEntries(Object.entries(valid).filter(([key, value]) => value !== undefined || !(key in required))) as T;
}
