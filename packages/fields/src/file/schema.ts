// The board file: one versioned JSON format that is the engine's input, the app's export and import, and
// the CLI's argument. Every element schema is built from the field declarations, so the file accepts
// exactly what the document does. Layout (positions, rectangles, call labels, annotations, createdAt)
// rides along as optional fields the engine never reads; a version-1 file without them is still valid.
import { z } from 'zod';
import { annotationOptionalFields, annotationRequiredFields, boardMetaFields } from '../board.js';
import { callEndpointSchemas, callLabelFields, callModeField, callOptionalFields } from '../call.js';
import { componentIdentityFields, componentParamFields, componentPositionFields, componentScalarFields, entryFields, whatIfFields } from '../component.js';
import type { Fields, SchemasOf } from '../field.js';
import { schemasOf } from '../field.js';
import { idSchema } from '../ids.js';
import { zoneLevelField, zoneOptionalFields, zoneRectangleFields } from '../zone.js';

export const BOARD_FORMAT = 'napkin-board';
/**
 * Adding optional fields kept the version. A reader reports a key it does not know (strict.ts) rather than
 * ignoring it, so a misspelt field, or one from a newer app, is named instead of silently read as unset.
 */
export const BOARD_VERSION = 1;

type Optional<F extends Fields> = { [K in keyof F]: z.ZodOptional<SchemasOf<F>[K]> };

function optionalFields<F extends Fields>(fields: F): Optional<F> {
  return Object.fromEntries(Object.entries(schemasOf(fields)).map(([key, schema]) => [key, schema.optional()])) as Optional<F>;
}

/**
 * A file has one way to say "no name": leave it out. An empty string reads the same, so a file and the
 * document it imports into export back to the same file.
 */
function blankAsUnset<S extends z.ZodString>(schema: S) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

/**
 * A group without any field it knows says nothing (the document cannot tell it from an absent one), so it
 * reads as absent: `entry: {}` does not make a component an entry point.
 */
function group<F extends Fields>(fields: F) {
  const declared = Object.keys(fields);
  const saysNothing = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && declared.every((key) => (value as Record<string, unknown>)[key] === undefined);
  return z.preprocess((value) => (saysNothing(value) ? undefined : value), z.object(optionalFields(fields)).optional());
}

export const componentParamsSchema = z.object(optionalFields(componentParamFields));
export const entrySchema = z.object(optionalFields(entryFields));
export const whatIfSchema = z.object(optionalFields(whatIfFields));

export const componentSchema = z.object({
  id: idSchema,
  ...schemasOf(componentIdentityFields),
  name: blankAsUnset(componentScalarFields.name.schema),
  instances: componentScalarFields.instances.schema.optional(),
  spread: componentScalarFields.spread.schema.optional(),
  /** Id of the innermost zone containing the component. */
  zone: idSchema.optional(),
  params: group(componentParamFields),
  entry: group(entryFields),
  whatIf: group(whatIfFields),
  ...optionalFields(componentPositionFields),
});

export const callSchema = z.object({
  id: idSchema,
  ...callEndpointSchemas,
  mode: callModeField.schema,
  ...optionalFields(callOptionalFields),
  ...optionalFields(callLabelFields),
});

export const zoneSchema = z.object({
  id: idSchema,
  level: zoneLevelField.schema,
  name: blankAsUnset(zoneOptionalFields.name.schema),
  /** Id of the smallest other zone whose rectangle contains this one. */
  parent: idSchema.optional(),
  availability: zoneOptionalFields.availability.schema.optional(),
  continent: zoneOptionalFields.continent.schema.optional(),
  down: zoneOptionalFields.down.schema.optional(),
  ...optionalFields(zoneRectangleFields),
});

/** A note: `x`/`y` is its top-left corner on the board, pinned or not (see board.ts). */
export const annotationSchema = z.object({ id: idSchema, ...schemasOf(annotationRequiredFields), ...optionalFields(annotationOptionalFields) });

/** The board's own fields, each checked on its own: a bad title costs the title, not the board. */
export const boardMetaSchemas = {
  title: blankAsUnset(boardMetaFields.title.schema),
  createdAt: boardMetaFields.createdAt.schema.optional(),
};

/** The envelope is checked first; each element is then checked on its own so one bad part is skipped. */
export const envelopeSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  title: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  components: z.array(z.unknown()),
  calls: z.array(z.unknown()).default([]),
  zones: z.array(z.unknown()).default([]),
  annotations: z.array(z.unknown()).default([]),
});

export const boardSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  title: boardMetaSchemas.title,
  createdAt: boardMetaSchemas.createdAt,
  components: z.array(componentSchema),
  calls: z.array(callSchema),
  zones: z.array(zoneSchema),
  annotations: z.array(annotationSchema).optional(),
});

export type BoardFile = z.output<typeof boardSchema>;
export type BoardFileComponent = z.output<typeof componentSchema>;
export type BoardFileCall = z.output<typeof callSchema>;
export type BoardFileZone = z.output<typeof zoneSchema>;
export type BoardFileAnnotation = z.output<typeof annotationSchema>;
export type EntrySpec = z.output<typeof entrySchema>;
export type TrafficSelector = NonNullable<BoardFileCall['traffic']>;
