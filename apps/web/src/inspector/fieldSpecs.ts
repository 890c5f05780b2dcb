// Every editable parameter, as the inspector shows it: label, unit, the displayed range and how a
// displayed number maps to the stored one (availability is stored as 0.9995 and shown as 99.95 %).
// Nothing here is declared: each spec is read off the field's one declaration in `@napkin/fields`, whose
// zod schema stays the authority (see `parseField.ts`); `fieldSpecs.test.ts` checks the two agree.
import type { Field, Fields } from '@napkin/fields';
import { behaviourParamFields, callFields, componentScalarFields, entryFields, serverParamFields, traitParamFields, zoneFields } from '@napkin/fields';

export type FieldSpec =
  | {
      readonly type: 'number';
      readonly key: string;
      readonly label: string;
      readonly unit: string;
      /** Displayed = stored × scale (100 for percentages). */
      readonly scale?: number;
      readonly min: number;
      /** True when `min` itself is not allowed (capacities must be more than 0). */
      readonly minExclusive?: boolean;
      readonly max: number;
      readonly integer?: boolean;
      readonly help?: string;
    }
  | { readonly type: 'boolean'; readonly key: string; readonly label: string; readonly help?: string }
  | {
      readonly type: 'choice';
      readonly key: string;
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | { readonly type: 'text'; readonly key: string; readonly label: string; readonly maxLength: number };

/** The form's view of one declared field: its bounds in the units on screen. */
export function specOf(key: string, field: Field): FieldSpec {
  const { label } = field;
  const help = field.help === undefined ? {} : { help: field.help };
  switch (field.type) {
    case 'number': {
      const scale = field.scale ?? 1;
      return {
        type: 'number',
        key,
        label,
        unit: field.unit,
        ...(field.scale === undefined ? {} : { scale }),
        min: field.min * scale,
        ...(field.minExclusive ? { minExclusive: true } : {}),
        max: field.max * scale,
        ...(field.integer ? { integer: true } : {}),
        ...help,
      };
    }
    case 'boolean':
      return { type: 'boolean', key, label, ...help };
    case 'choice':
      return { type: 'choice', key, label, options: field.options };
    case 'text':
      return { type: 'text', key, label, maxLength: field.maxLength };
    default: {
      const unknown: never = field;
      return unknown;
    }
  }
}

const specsOf = (fields: Fields): readonly FieldSpec[] => Object.entries(fields).map(([key, field]) => specOf(key, field));

export const INSTANCES: FieldSpec = specOf('instances', componentScalarFields.instances);

/** Per-instance figures every serving component has (`params`). */
export const SERVER_PARAMS = specsOf(serverParamFields);

/** Kind traits (`params`), shown only for kinds that carry them. */
export const TRAIT_PARAMS = specsOf(traitParamFields);

/** How a serving component behaves past its capacity (`params`: shedsLoad). */
export const BEHAVIOUR_PARAMS = specsOf(behaviourParamFields);

/** The offered load and objectives of an entry point (`entry`). */
export const ENTRY_FIELDS = specsOf(entryFields);

export const CALL_FIELDS = specsOf(callFields);

/** A zone's name, level, availability, continent and what-if down (its rectangle is edited on the canvas). */
export const ZONE_FIELDS = specsOf(zoneFields);
