// Reading an untrusted board: never throws, keeps every valid part and says where each bad part is.
import type { z } from 'zod';
import type { CallMode } from '../call.js';
import type { ZoneLevel } from '../zone.js';
import { ZONE_LEVELS } from '../zone.js';
import type { BoardFile, BoardFileAnnotation, BoardFileCall, BoardFileComponent, BoardFileZone } from './schema.js';
import { annotationSchema, boardMetaSchemas, callSchema, componentSchema, envelopeSchema, zoneSchema } from './schema.js';
import { unknownFieldErrors } from './strict.js';

/** A problem in the file, located by a path such as `components[3].params.capacityRps`. */
export interface FormatError {
  readonly path: string;
  readonly message: string;
}

export interface ParseResult {
  /** Null only when the envelope itself is unusable (not a napkin board, wrong version). */
  readonly board: BoardFile | null;
  readonly errors: readonly FormatError[];
}

export interface ParseOptions {
  /**
   * The mode a call the file leaves without one takes, from the kinds of its two ends as the file
   * writes them (`defaultCallMode` of `@napkin/catalog`: async into a broker, replication into a
   * replica, else sync). Without it a call must say its mode.
   */
  readonly callMode?: (fromKind: string | undefined, toKind: string | undefined) => CallMode;
  /**
   * The level a zone's `level` means when it is not one of the format's (`az`, `aws region`, `dc`…),
   * from the catalog's zone kinds; undefined when nothing matches (the value is then reported as bad).
   */
  readonly zoneLevel?: (written: string) => ZoneLevel | undefined;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

function issuesToErrors(prefix: readonly PropertyKey[], error: z.ZodError): FormatError[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

function parseEach<T>(items: readonly unknown[], key: string, schema: z.ZodType<T>, errors: FormatError[]): T[] {
  const parsed: T[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else errors.push(...issuesToErrors([key, index], result.error));
  });
  return parsed;
}

/** Ids must be unique per collection: a later duplicate is dropped (the first one wins). */
function dropDuplicates<T extends { id: string }>(items: readonly T[], key: string, errors: FormatError[]): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) {
      errors.push({ path: `${key}[id=${item.id}]`, message: `duplicate id "${item.id}"; the first one is kept` });
      continue;
    }
    seen.add(item.id);
    kept.push(item);
  }
  return kept;
}

/** Calls without a mode given the one their ends' kinds imply (when the reader knows the catalog). */
function withCallModes(calls: readonly unknown[], components: readonly BoardFileComponent[], options: ParseOptions): unknown[] {
  const { callMode } = options;
  if (callMode === undefined) return [...calls];
  const kinds = new Map(components.map((component) => [component.id, component.kind]));
  return calls.map((call) => {
    if (typeof call !== 'object' || call === null || Array.isArray(call) || 'mode' in call) return call;
    const { from, to } = call as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string') return call;
    return { ...call, mode: callMode(kinds.get(from), kinds.get(to)) };
  });
}

/** Zones whose level is written by another name given the format's level it means (when the reader knows the catalog). */
function withZoneLevels(zones: readonly unknown[], options: ParseOptions): unknown[] {
  const { zoneLevel } = options;
  if (zoneLevel === undefined) return [...zones];
  return zones.map((zone) => {
    if (typeof zone !== 'object' || zone === null || Array.isArray(zone)) return zone;
    const { level } = zone as { level?: unknown };
    if (typeof level !== 'string' || (ZONE_LEVELS as readonly string[]).includes(level)) return zone;
    const meant = zoneLevel(level);
    return meant === undefined ? zone : { ...zone, level: meant };
  });
}

/** Parses a board from a JSON string or an already-decoded value. */
export function parseBoard(input: unknown, options: ParseOptions = {}): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { board: null, errors: [{ path: '(root)', message: `not valid JSON: ${reason}` }] };
    }
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { board: null, errors: issuesToErrors([], envelope.error) };

  // A key the format does not declare is an error (strict.ts); the rest of its element is still read.
  const errors: FormatError[] = unknownFieldErrors(value);
  const { data } = envelope;
  const components = dropDuplicates<BoardFileComponent>(parseEach(data.components, 'components', componentSchema, errors), 'components', errors);
  const calls = dropDuplicates<BoardFileCall>(
    parseEach(withCallModes(data.calls, components, options), 'calls', callSchema, errors),
    'calls',
    errors,
  );
  const zones = dropDuplicates<BoardFileZone>(parseEach(withZoneLevels(data.zones, options), 'zones', zoneSchema, errors), 'zones', errors);
  const annotations = dropDuplicates<BoardFileAnnotation>(
    parseEach(data.annotations, 'annotations', annotationSchema, errors),
    'annotations',
    errors,
  );
  const title = parseMeta('title', data.title, errors);
  const createdAt = parseMeta('createdAt', data.createdAt, errors);
  const board: BoardFile = {
    format: data.format,
    version: data.version,
    ...(title === undefined ? {} : { title }),
    ...(createdAt === undefined ? {} : { createdAt }),
    components,
    calls,
    zones,
    // Absent and empty say the same; leaving it out keeps files without layout as they were.
    ...(annotations.length === 0 ? {} : { annotations }),
  };
  return { board, errors };
}

/** A board-level field on its own: a bad one is dropped with its error, the board is kept. */
function parseMeta<K extends keyof typeof boardMetaSchemas>(key: K, value: unknown, errors: FormatError[]) {
  const parsed = boardMetaSchemas[key].safeParse(value);
  if (parsed.success) return parsed.data as z.output<(typeof boardMetaSchemas)[K]>;
  errors.push(...issuesToErrors([key], parsed.error));
  return undefined;
}
