// The catalog as one ordered list plus the look-ups the engine and the palette need.
// Plain frozen data built once from the per-family files; nothing here holds mutable state.
import { ASYNC_KINDS } from './kinds/async';
import { CLIENT_KINDS } from './kinds/clients';
import { COMPUTE_KINDS } from './kinds/compute';
import { COORDINATION_KINDS } from './kinds/coordination';
import { DATA_KINDS } from './kinds/data';
import { DATA_SPECIALISED_KINDS } from './kinds/data-specialised';
import { EDGE_KINDS } from './kinds/edge';
import { EXTERNAL_KINDS } from './kinds/external';
import { ZONE_KINDS } from './kinds/zones';
import { deepFreeze } from './sourcing';
import type { Family, KindSpec } from './types';

/** Families in palette order: the way a request travels, then the frames that hold it. */
export const FAMILIES: readonly Family[] = [
  'client-edge',
  'compute',
  'data',
  'async',
  'coordination',
  'external',
  'zone',
];

export const FAMILY_LABELS: Readonly<Record<Family, string>> = {
  'client-edge': 'Clients and edge',
  compute: 'Compute',
  data: 'Data',
  async: 'Asynchronous',
  coordination: 'Coordination',
  external: 'External services',
  zone: 'Zones',
};

function byFamilyThenLabel(a: KindSpec, b: KindSpec): number {
  const family = FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family);
  if (family !== 0) return family;
  // Locale-independent so every machine sorts the same way.
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** Every kind, in a stable order: by family, then by label. */
export const CATALOG: readonly KindSpec[] = deepFreeze(
  [
    ...CLIENT_KINDS,
    ...EDGE_KINDS,
    ...COMPUTE_KINDS,
    ...DATA_KINDS,
    ...DATA_SPECIALISED_KINDS,
    ...ASYNC_KINDS,
    ...COORDINATION_KINDS,
    ...EXTERNAL_KINDS,
    ...ZONE_KINDS,
  ].sort(byFamilyThenLabel),
);

const KINDS_BY_ID: ReadonlyMap<string, KindSpec> = new Map(CATALOG.map((kind) => [kind.id, kind]));

export function getKind(id: string): KindSpec | undefined {
  return KINDS_BY_ID.get(id);
}

/** Families in palette order, each with its kinds in catalog order (empty families included). */
export function kindsByFamily(): ReadonlyMap<Family, readonly KindSpec[]> {
  return new Map(FAMILIES.map((family) => [family, CATALOG.filter((kind) => kind.family === family)]));
}

function haystack(kind: KindSpec): readonly string[] {
  return [kind.label, kind.id, kind.family, FAMILY_LABELS[kind.family], ...kind.aliases].map((text) =>
    text.toLowerCase(),
  );
}

/** 0 when a field is the query, 1 when a field starts with it, 2 for any other match. */
function matchRank(fields: readonly string[], query: string): number {
  if (fields.includes(query)) return 0;
  return fields.some((field) => field.startsWith(query)) ? 1 : 2;
}

/**
 * Kinds whose label, id, aliases or family contain every word of the query (case-insensitive).
 * Exact and prefix matches come first ("kafka" finds the event stream before Kafka Connect);
 * ties keep catalog order. An empty query returns the whole catalog, which is what a palette wants.
 */
export function searchKinds(query: string): readonly KindSpec[] {
  const normalised = query.toLowerCase().trim();
  const words = normalised.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0) return CATALOG;
  return CATALOG.map((kind) => ({ kind, fields: haystack(kind) }))
    .filter(({ fields }) => words.every((word) => fields.some((field) => field.includes(word))))
    .map(({ kind, fields }, order) => ({ kind, order, rank: matchRank(fields, normalised) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ kind }) => kind);
}
