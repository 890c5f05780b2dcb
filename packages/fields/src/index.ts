// @napkin/fields — every field of a board declared once: type, unit, bounds, label, default and its
// source, id rules; and the board file built from them. The document, the file, the engine, the CLI and
// the inspector's forms all derive from here.
export { booleanField, choiceField, fractionMessage, numberField, schemasOf, textField } from './field.js';
export type { BooleanField, ChoiceField, ChoiceValue, Field, FieldDefault, Fields, NumberField, SchemasOf, TextField, Unit, ValuesOf } from './field.js';
export { COORDINATE_LIMIT, LARGEST_COUNT, LARGEST_FIGURE } from './bounds.js';
export { ID_PATTERN, idSchema, isValidId } from './ids.js';
export {
  behaviourParamFields,
  COMPONENT_GROUPS,
  componentIdentityFields,
  componentParamFields,
  componentPositionFields,
  componentScalarFields,
  entryFields,
  serverParamFields,
  SPREAD_MAX_PER_ZONE,
  SPREAD_PATTERN,
  traitParamFields,
  whatIfFields,
} from './component.js';
export type { ComponentGroup, ComponentParams, EntryLoad, WhatIf } from './component.js';
export { CALL_MODES, callEndpointSchemas, callFields, callLabelFields, callModeField, callOptionalFields, TRAFFIC_CLASSES } from './call.js';
export type { CallMode, CallOptions, TrafficClass } from './call.js';
export { ZONE_LEVELS, zoneFields, zoneLevelField, zoneOptionalFields, zoneRectangleFields } from './zone.js';
export type { ZoneLevel } from './zone.js';
export {
  annotationFields,
  annotationOptionalFields,
  annotationRequiredFields,
  boardMetaFields,
  NOTE_COLOURS,
  NOTE_DEFAULT_SIZE,
  NOTE_KINDS,
  noteColourField,
  noteKindField,
} from './board.js';
export type { NoteColour, NoteKind } from './board.js';
export {
  annotationSchema,
  BOARD_FORMAT,
  BOARD_VERSION,
  boardMetaSchemas,
  boardSchema,
  callSchema,
  componentParamsSchema,
  componentSchema,
  entrySchema,
  envelopeSchema,
  whatIfSchema,
  zoneSchema,
} from './file/schema.js';
export type {
  BoardFile,
  BoardFileAnnotation,
  BoardFileCall,
  BoardFileComponent,
  BoardFileZone,
  EntrySpec,
  TrafficSelector,
} from './file/schema.js';
export { formatPath, parseBoard } from './file/parse.js';
export { didYouMean, editDistance, normaliseName, suggestNames } from './suggest.js';
export { suggestField } from './file/strict.js';
export type { Candidate } from './suggest.js';
export { LAYOUT_COMPONENT_BOX, layOutBoard } from './file/layout.js';
export type { Layout, LayoutInput, Rectangle } from './file/layout.js';
export type { FormatError, ParseOptions, ParseResult } from './file/parse.js';
