// Keys of a live entry this version does not declare: written by a peer on another version, by a script
// or by hand. The entry is kept (its known fields are still good), but the key is reported with what it
// most likely meant, as the board file's strict reading does: an `availabilty` ignored in silence would
// leave the default in the numbers while the document says otherwise.
import type { Candidate } from '@napkin/fields';
import { suggestField } from '@napkin/fields';
import type { ZodType } from 'zod';
import { isRecord } from './fields.js';
import * as schema from './schema.js';

/** The keys an entry may hold, and the names a stray key is compared with (a group's as `params.availability`). */
interface KnownKeys {
  readonly keys: ReadonlySet<string>;
  readonly candidates: readonly Candidate[];
}

const own = (keys: readonly string[]): Candidate[] => keys.map((key) => ({ match: key, shown: key }));

function known(...groups: ReadonlyArray<Record<string, ZodType>>): KnownKeys {
  const keys = groups.flatMap((fields) => Object.keys(fields));
  return { keys: new Set(keys), candidates: own(keys) };
}

/** A component's nested groups, each read field by field (read.ts). */
export const COMPONENT_GROUP_KEYS = {
  params: known(schema.componentParamsFields),
  entry: known(schema.entryLoadFields),
  whatIf: known(schema.whatIfSchemas),
} as const;

const componentTop = known(schema.componentRequiredFields, schema.componentOptionalFields);
export const COMPONENT_KEYS: KnownKeys = {
  keys: new Set([...componentTop.keys, ...Object.keys(COMPONENT_GROUP_KEYS)]),
  // A flat `availability` most likely belongs in `params`: offer the groups' fields by their path.
  candidates: [
    ...componentTop.candidates,
    ...Object.entries(COMPONENT_GROUP_KEYS).flatMap(([group, { keys }]) => [...keys].map((key) => ({ match: key, shown: `${group}.${key}` }))),
  ],
};
export const CALL_KEYS = known(schema.callRequiredFields, schema.callOptionalFields);
export const ZONE_KEYS = known(schema.zoneRequiredFields, schema.zoneOptionalFields);
export const ANNOTATION_KEYS = known(schema.annotationRequiredFields, schema.annotationOptionalFields);

/** Calls `report(field, hint)` for each key of `raw` outside `allowed`, the field prefixed with `group.` inside a group. */
export function reportUnknownKeys(raw: unknown, allowed: KnownKeys, report: (field: string, hint: string) => void, group?: string): void {
  if (!isRecord(raw)) return;
  for (const key of Object.keys(raw)) {
    if (allowed.keys.has(key)) continue;
    report(group === undefined ? key : `${group}.${key}`, suggestField(key, allowed.candidates));
  }
}
