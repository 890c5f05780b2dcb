// The one place where the Y.Doc is read: every entry is validated here, so nothing past this boundary ever
// sees a value a peer wrote without checking. Never throws; what it cannot use it reports in `problems`.
import * as Y from 'yjs';
import type { ZodType } from 'zod';
import { isRecord, parseRequiredFields, pickValidFields, withoutUndefined } from './fields.js';
import type { AnnotationId, CallId, ComponentId, ZoneId } from './ids.js';
import { isValidId } from './ids.js';
import { boardMaps, SCHEMA_VERSION } from './layout.js';
import type { CollectionMap } from './layout.js';
import type { CollectionName, DocProblem } from './problems.js';
import * as schema from './schema.js';
import { ANNOTATION_KEYS, CALL_KEYS, COMPONENT_GROUP_KEYS, COMPONENT_KEYS, reportUnknownKeys, ZONE_KEYS } from './unknownFields.js';
import type { BoardAnnotation, BoardCall, BoardComponent, BoardMeta, BoardSnapshot, BoardZone } from './types.js';

type Problems = DocProblem[];

export function readSnapshot(ydoc: Y.Doc): BoardSnapshot {
  const problems: Problems = [];
  const maps = boardMaps(ydoc);
  const meta = readMeta(maps.meta, problems);
  const components = readEntries(maps.components, 'components', problems, readComponent);
  const componentIds = new Set<string>(components.map((component) => component.id));
  const calls = readEntries(maps.calls, 'calls', problems, readCall).filter((call) => {
    const missing = [call.from, call.to].filter((end) => !componentIds.has(end));
    if (missing.length > 0) problems.push({ kind: 'dangling-call', id: call.id, missing });
    return missing.length === 0;
  });
  const zones = readEntries(maps.zones, 'zones', problems, readZone);
  const annotations = readEntries(maps.annotations, 'annotations', problems, readAnnotation);
  return { meta, components, calls, zones, annotations, problems };
}

type EntryReader<T> = (id: string, raw: Record<string, unknown>, problems: Problems) => T | string;

/** Common checks for every collection; `read` returns the entry or the reason it must be skipped. */
function readEntries<T>(map: CollectionMap, collection: CollectionName, problems: Problems, read: EntryReader<T>): T[] {
  const entries: T[] = [];
  const ids = Array.from(map.keys()).sort();
  for (const id of ids) {
    const value: unknown = map.get(id);
    let result: T | string;
    if (!isValidId(id)) result = 'id is not a url-safe string of 1–64 characters';
    else if (!(value instanceof Y.Map)) result = 'entry is not a Y.Map of fields';
    else result = read(id, value.toJSON() as Record<string, unknown>, problems);
    if (typeof result === 'string') problems.push({ kind: 'invalid-entry', collection, id, reason: result });
    else entries.push(result);
  }
  return entries;
}

function fieldReporter(problems: Problems, collection: CollectionName | 'meta', id: string) {
  return (field: string, reason: string) =>
    problems.push({ kind: 'invalid-field', collection, id, field, reason });
}

/** Reports the keys this version does not declare (unknownFields.ts); the entry keeps its known fields. */
function unknownReporter(problems: Problems, collection: CollectionName, id: string) {
  return (field: string, hint: string) => problems.push({ kind: 'unknown-field', collection, id, field, hint });
}

function readMeta(meta: Y.Map<unknown>, problems: Problems): BoardMeta {
  const fields = pickValidFields(schema.metaFields, meta.toJSON(), fieldReporter(problems, 'meta', 'meta'));
  const schemaVersion = fields.schemaVersion ?? 0;
  if (schemaVersion > SCHEMA_VERSION) problems.push({ kind: 'newer-schema', found: schemaVersion, supported: SCHEMA_VERSION });
  return { schemaVersion, title: fields.title ?? '', createdAt: fields.createdAt ?? 0 };
}

/** A nested group: absent or empty means "not set"; anything but an object is reported. */
function readGroup<S extends Record<string, ZodType>>(
  fields: S,
  raw: unknown,
  report: (field: string, reason: string) => void,
  group: string,
) {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    report(group, 'expected a map of fields');
    return undefined;
  }
  const valid = pickValidFields(fields, raw, (field, reason) => report(`${group}.${field}`, reason));
  return Object.keys(valid).length > 0 ? valid : undefined;
}

const readComponent: EntryReader<BoardComponent> = (id, raw, problems) => {
  const required = parseRequiredFields(schema.componentRequiredFields, raw);
  if (!required.ok) return required.reason;
  const report = fieldReporter(problems, 'components', id);
  const optional = pickValidFields(schema.componentOptionalFields, raw, report);
  const component = withoutUndefined({
    id: id as ComponentId,
    ...required.value,
    name: optional.name ?? '',
    // Unset stays unset: the engine then takes the kind's catalog default, as it does for a board file.
    instances: optional.instances,
    spread: optional.spread,
    params: readGroup(schema.componentParamsFields, raw.params, report, 'params') ?? {},
    entry: readGroup(schema.entryLoadFields, raw.entry, report, 'entry'),
    whatIf: readGroup(schema.whatIfSchemas, raw.whatIf, report, 'whatIf'),
  });
  const unknown = unknownReporter(problems, 'components', id);
  reportUnknownKeys(raw, COMPONENT_KEYS, unknown);
  for (const [group, keys] of Object.entries(COMPONENT_GROUP_KEYS)) reportUnknownKeys(raw[group], keys, unknown, group);
  return component;
};

const readCall: EntryReader<BoardCall> = (id, raw, problems) => {
  const required = parseRequiredFields(schema.callRequiredFields, raw);
  if (!required.ok) return required.reason;
  if (required.value.from === required.value.to) return 'a call must join two different components';
  // Unset fields stay unset (the engine's defaults apply, as for a board file), so a call exported and
  // imported again says exactly what it said.
  const optional = pickValidFields(schema.callOptionalFields, raw, fieldReporter(problems, 'calls', id));
  reportUnknownKeys(raw, CALL_KEYS, unknownReporter(problems, 'calls', id));
  return withoutUndefined({
    id: id as CallId,
    from: required.value.from as ComponentId,
    to: required.value.to as ComponentId,
    mode: required.value.mode,
    ...optional,
  });
};

const readZone: EntryReader<BoardZone> = (id, raw, problems) => {
  const required = parseRequiredFields(schema.zoneRequiredFields, raw);
  if (!required.ok) return required.reason;
  const optional = pickValidFields(schema.zoneOptionalFields, raw, fieldReporter(problems, 'zones', id));
  reportUnknownKeys(raw, ZONE_KEYS, unknownReporter(problems, 'zones', id));
  return withoutUndefined({ id: id as ZoneId, ...required.value, ...optional, name: optional.name ?? '' });
};

const readAnnotation: EntryReader<BoardAnnotation> = (id, raw, problems) => {
  const required = parseRequiredFields(schema.annotationRequiredFields, raw);
  if (!required.ok) return required.reason;
  const { pinnedTo, ...optional } = pickValidFields(schema.annotationOptionalFields, raw, fieldReporter(problems, 'annotations', id));
  reportUnknownKeys(raw, ANNOTATION_KEYS, unknownReporter(problems, 'annotations', id));
  return withoutUndefined({ id: id as AnnotationId, ...required.value, ...optional, pinnedTo: pinnedTo as ComponentId | undefined });
};
