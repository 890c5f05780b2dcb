// The board format the engine reads is declared once, in `@napkin/fields` (built from the same field
// declarations as the shared document). This module names it in the engine's terms.
export {
  BOARD_FORMAT,
  BOARD_VERSION,
  boardSchema,
  callSchema,
  componentParamsSchema,
  componentSchema,
  entrySchema,
  envelopeSchema,
  whatIfSchema,
  zoneSchema,
} from '@napkin/fields';
export type {
  BoardFile,
  BoardFileCall as BoardCall,
  BoardFileComponent as BoardComponent,
  BoardFileZone as BoardZone,
  CallMode,
  ComponentParams,
  EntrySpec,
  TrafficSelector,
  ZoneLevel,
} from '@napkin/fields';
