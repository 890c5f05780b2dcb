// The document's view of the board's fields. Every field is declared once in `@napkin/fields` (type,
// unit, bounds, label, default); this module only groups their schemas the way the Yjs layout stores
// them: what an entry cannot do without (required) and what may be dropped alone (optional). The reader
// validates them one at a time, so a bad field costs that field, not the whole entry.
import {
  annotationOptionalFields as declaredAnnotationOptionalFields,
  annotationRequiredFields as declaredAnnotationRequiredFields,
  boardMetaFields,
  callEndpointSchemas,
  callLabelFields,
  callModeField,
  callOptionalFields as declaredCallOptionalFields,
  componentIdentityFields,
  componentParamFields,
  componentPositionFields,
  componentScalarFields,
  entryFields,
  schemasOf,
  whatIfFields,
  zoneLevelField,
  zoneOptionalFields as declaredZoneOptionalFields,
  zoneRectangleFields,
} from '@napkin/fields';
import { z } from 'zod';

export { CALL_MODES as callModes, COORDINATE_LIMIT, TRAFFIC_CLASSES as trafficClasses, ZONE_LEVELS as zoneLevels } from '@napkin/fields';
export type { CallMode, ComponentParams, EntryLoad, NoteColour, NoteKind, TrafficClass, WhatIf, ZoneLevel } from '@napkin/fields';

export const componentParamsFields = schemasOf(componentParamFields);
export const entryLoadFields = schemasOf(entryFields);
export const whatIfSchemas = schemasOf(whatIfFields);

export const componentParamsSchema = z.object(componentParamsFields).partial();
export const entryLoadSchema = z.object(entryLoadFields).partial();
export const whatIfSchema = z.object(whatIfSchemas).partial();

/** Without these a component cannot be drawn: an entry missing one is skipped. */
export const componentRequiredFields = { ...schemasOf(componentIdentityFields), ...schemasOf(componentPositionFields) };
/** Scalar fields that may be unset (`instances`: the kind's catalog default); a bad one is dropped alone. */
export const componentOptionalFields = schemasOf(componentScalarFields);

export const callRequiredFields = { ...callEndpointSchemas, mode: callModeField.schema };
export const callOptionalFields = { ...schemasOf(declaredCallOptionalFields), ...schemasOf(callLabelFields) };

export const zoneRequiredFields = { level: zoneLevelField.schema, ...schemasOf(zoneRectangleFields) };
export const zoneOptionalFields = schemasOf(declaredZoneOptionalFields);

export const annotationRequiredFields = schemasOf(declaredAnnotationRequiredFields);
export const annotationOptionalFields = schemasOf(declaredAnnotationOptionalFields);

export const metaFields = {
  /** The version of the Yjs layout (see `layout.ts`), not of the board: it exists only in the document. */
  schemaVersion: z.number().int().min(0),
  ...schemasOf(boardMetaFields),
};
