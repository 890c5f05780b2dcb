// What each field falls back to when the board leaves it unset, and where that number comes from:
// the catalog's sourced defaults for components and zones (playbook text, section, fact), the
// engine's documented defaults for entry points and calls.
import { describeFact, fact, getKind, term } from '@napkin/catalog';
import type { Citation, Fact, KindSpec, Source, Sourced, Traits } from '@napkin/catalog';

/**
 * A catalog source: a text named relative to the playbook texts (a seed file, or the design note beside
 * them), its section, and the fact the default rests on in our words.
 */
export type DefaultSource = Source;

export interface FieldDefault {
  readonly value: number | boolean | string;
  readonly source: DefaultSource;
}

/** The design note kept beside the playbook texts (outside the repository), named relative to them. */
const MODEL = '../design/analysis-model.md';
const ENGINE = (note: string, stated?: Fact): DefaultSource => ({ seed: MODEL, section: 'The graph', note, ...(stated ? { fact: stated } : {}) });

const fromCatalog = <T extends number | boolean>(sourced: Sourced<T> | undefined): FieldDefault | undefined =>
  sourced && { value: sourced.value, source: sourced.source };

type TraitKey = 'hitRatio' | 'ttlSeconds' | 'readReplicas' | 'partitions' | 'consumers' | 'hasDeadLetterQueue' | 'recordBytes' | 'replicationFactor';
const TRAIT_KEYS: readonly TraitKey[] = ['hitRatio', 'ttlSeconds', 'readReplicas', 'partitions', 'consumers', 'hasDeadLetterQueue', 'recordBytes', 'replicationFactor'];

export function isTraitKey(key: string): key is TraitKey {
  return (TRAIT_KEYS as readonly string[]).includes(key);
}

/** Traits this kind carries: only those are worth editing (the engine ignores the rest). */
export function traitsOf(kind: KindSpec | undefined): ReadonlySet<string> {
  const traits: Traits = kind?.traits ?? {};
  return new Set(TRAIT_KEYS.filter((key) => traits[key] !== undefined));
}

export function componentDefault(kindId: string, key: string): FieldDefault | undefined {
  const kind = getKind(kindId);
  if (kind === undefined) return undefined;
  const { defaults, traits } = kind;
  switch (key) {
    case 'instances':
      return fromCatalog(defaults.instances);
    case 'capacityRps':
      return fromCatalog(defaults.capacityRps);
    case 'p50Ms':
      return fromCatalog(defaults.p50);
    case 'p99Ms':
      return fromCatalog(defaults.p99);
    case 'availability':
      return fromCatalog(defaults.availability);
    default:
      return isTraitKey(key) ? fromCatalog<number | boolean>(traits[key]) : undefined;
  }
}

/** The engine's defaults for entry points (`@napkin/analysis` resolve.ts, from analysis-model.md). */
const ENTRY_DEFAULTS: Readonly<Record<string, FieldDefault>> = {
  rps: { value: 0, source: ENGINE('No load until you give one: requests/s here, or DAU × actions × peak factor.') },
  actionsPerUser: { value: 1, source: ENGINE('One action per user per day when only DAU is given.') },
  peakFactor: {
    value: 5,
    source: {
      seed: '002_d2e8851c35a8764a.txt',
      section: '5.3 Time, Throughput, and Storage Quick Reference',
      fact: fact('5', '×', 'the peak-to-average ratio to assume when the workload is unknown'),
      note: 'Peak QPS is 2-10x the average; the playbook says to default to 5x when you do not know.',
    },
  },
  readFraction: { value: 0.9, source: ENGINE('A read-heavy mix (90 % reads) unless the board says otherwise.', term('read/write mix', 'what an entry point states besides its load')) },
  p99BudgetMs: { value: 200, source: ENGINE('The flow objective the text names.', fact('200', 'ms', 'the default p99 latency budget of a flow')) },
  availabilityObjective: { value: 0.999, source: ENGINE('The flow objective the text names.', fact('99.9', '%', 'the default availability objective of a flow')) },
  payloadBytes: { value: 0, source: ENGINE('No bandwidth estimate until a response size is given.') },
};

export function entryDefault(key: string): FieldDefault | undefined {
  return ENTRY_DEFAULTS[key];
}

const CALL_NOTE = '@napkin/analysis README, "The board format": what a call is when the board says nothing.';
const CALL_DEFAULTS: Readonly<Record<string, FieldDefault>> = {
  mode: { value: 'sync', source: ENGINE(CALL_NOTE, term('synchronous or asynchronous', 'the mode of a call')) },
  callsPerRequest: { value: 1, source: ENGINE(CALL_NOTE, term('fan-out', 'how many calls one request makes')) },
  fraction: { value: 1, source: ENGINE(CALL_NOTE, term('fraction of requests', 'the share of requests that make a call')) },
  traffic: { value: 'all', source: ENGINE(CALL_NOTE, term('traffic class', 'which requests a call carries: reads, writes or all')) },
  retries: { value: 0, source: ENGINE(CALL_NOTE, term('retry policy', 'how often a call is retried, and whether with backoff')) },
  backoff: { value: false, source: ENGINE(CALL_NOTE, term('retry policy', 'how often a call is retried, and whether with backoff')) },
  optional: { value: false, source: ENGINE(CALL_NOTE, term('optional dependency', 'a call whose failure the caller survives')) },
};

export function callDefault(key: string): FieldDefault | undefined {
  return CALL_DEFAULTS[key];
}

/** A zone kind's id is its level, so its availability default comes from the catalog. */
export function zoneDefault(level: string, key: string): FieldDefault | undefined {
  return key === 'availability' ? fromCatalog(getKind(level)?.defaults.availability) : undefined;
}

/** One line per part, for a tooltip: "002_….txt — 5.4 Availability in Numbers\n99.95% — the app tier …\nnote". */
export function describeSource(source: DefaultSource): string {
  return [`${source.seed} — ${source.section}`, source.fact ? describeFact(source.fact) : null, source.note ?? null]
    .filter((line): line is string => line !== null)
    .join('\n');
}

/**
 * The citations this file makes itself (entry-point and call defaults; component and zone defaults are
 * the catalog's, checked with it), named "inspector.<group>.<field>"; `pnpm check:citations` reads this.
 */
export const CITATIONS: readonly Citation[] = [
  ...Object.entries(ENTRY_DEFAULTS).map(([key, fallback]) => ({ label: `inspector.entry.${key}`, source: fallback.source })),
  ...Object.entries(CALL_DEFAULTS).map(([key, fallback]) => ({ label: `inspector.call.${key}`, source: fallback.source })),
];
