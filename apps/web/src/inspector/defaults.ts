// What each field falls back to when the board leaves it unset, and where that number comes from:
// the catalog's sourced defaults for components and zones (playbook seed, section, quote), the
// engine's documented defaults for entry points and calls.
import { getKind } from '@napkin/catalog';
import type { KindSpec, Sourced, Traits } from '@napkin/catalog';

export interface DefaultSource {
  /** Where the text lives: a seed file under shared/seeds, or a design document. */
  readonly seed: string;
  readonly section: string;
  readonly quote?: string;
  readonly note?: string;
}

export interface FieldDefault {
  readonly value: number | boolean | string;
  readonly source: DefaultSource;
}

const MODEL = 'shared/design/analysis-model.md';
const ENGINE = (note: string, quote?: string): DefaultSource => ({ seed: MODEL, section: 'The graph', note, ...(quote ? { quote } : {}) });

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
      quote: "Default to 5",
      note: 'Peak QPS is 2-10x the average; the playbook says to default to 5x when you do not know.',
    },
  },
  readFraction: { value: 0.9, source: ENGINE('A read-heavy mix (90 % reads) unless the board says otherwise.', 'the read/write mix') },
  p99BudgetMs: { value: 200, source: ENGINE('The flow objective the text names.', 'a p99 latency budget, default 200 ms') },
  availabilityObjective: { value: 0.999, source: ENGINE('The flow objective the text names.', 'objective, default 99.9 %') },
  payloadBytes: { value: 0, source: ENGINE('No bandwidth estimate until a response size is given.') },
};

export function entryDefault(key: string): FieldDefault | undefined {
  return ENTRY_DEFAULTS[key];
}

const CALL_NOTE = '@napkin/analysis README, "The board format": what a call is when the board says nothing.';
const CALL_DEFAULTS: Readonly<Record<string, FieldDefault>> = {
  mode: { value: 'sync', source: ENGINE(CALL_NOTE, 'synchronous or asynchronous') },
  callsPerRequest: { value: 1, source: ENGINE(CALL_NOTE, 'how many calls per') },
  fraction: { value: 1, source: ENGINE(CALL_NOTE, 'the fraction of requests that make it') },
  traffic: { value: 'all', source: ENGINE(CALL_NOTE, 'which traffic class it') },
  retries: { value: 0, source: ENGINE(CALL_NOTE, 'timeout and retry policy') },
  backoff: { value: false, source: ENGINE(CALL_NOTE, 'timeout and retry policy') },
  optional: { value: false, source: ENGINE(CALL_NOTE, 'whether the caller survives its failure') },
};

export function callDefault(key: string): FieldDefault | undefined {
  return CALL_DEFAULTS[key];
}

/** A zone kind's id is its level, so its availability default comes from the catalog. */
export function zoneDefault(level: string, key: string): FieldDefault | undefined {
  return key === 'availability' ? fromCatalog(getKind(level)?.defaults.availability) : undefined;
}

/** One line per part, for a tooltip: "002_….txt — § 5.4 Availability\n“App (99.95%)”\nnote". */
export function describeSource(source: DefaultSource): string {
  return [`${source.seed} — ${source.section}`, source.quote ? `“${source.quote}”` : null, source.note ?? null]
    .filter((line): line is string => line !== null)
    .join('\n');
}
