// The engine's own defaults: what an entry point, a call, a zone or a component's replicas are when
// neither the board nor the catalog says. Each is named ("engine.<group>.<field>") and cited, so the
// result can say where every number it used came from (model/inputs.ts) and `pnpm check:citations`
// checks them against the texts (CITATIONS below). The catalog's kind defaults are cited in the catalog.
import type { Citation, Fact, Source } from '@napkin/catalog';
import { fact, PLAYBOOK_SECTIONS, SEEDS, term } from '@napkin/catalog';
import { callOptionalFields, entryFields } from '@napkin/fields';
import type { BooleanField, ChoiceField, Field, NumberField, TrafficClass } from '@napkin/fields';

/** A value the engine falls back to, with its name and where it comes from. */
export interface EngineDefault<T> {
  readonly id: string;
  readonly value: T;
  readonly citation: Source;
}

/** The design note kept beside the playbook texts (outside the repository), named relative to them. */
const MODEL = '../design/analysis-model.md';
const model = (note: string, stated?: Fact): Source => ({ seed: MODEL, section: 'The graph', note, ...(stated ? { fact: stated } : {}) });

/**
 * The value a field's one declaration (`@napkin/fields`) gives it when the board leaves it unset: the
 * engine applies it and cites it here, the inspector shows it, and neither writes the number again.
 */
function declared(field: NumberField): number;
function declared(field: BooleanField): boolean;
function declared<V extends string>(field: ChoiceField<V>): V;
function declared(field: Field): number | boolean | string {
  if (field.default.source !== 'engine') throw new Error(`${field.label} has no engine default in @napkin/fields`);
  return field.default.value;
}

function named<T, K extends string>(group: string, table: Readonly<Record<K, Omit<EngineDefault<T>, 'id'>>>): Readonly<Record<K, EngineDefault<T>>> {
  const out = {} as Record<K, EngineDefault<T>>;
  for (const key of Object.keys(table) as K[]) out[key] = Object.freeze({ id: `engine.${group}.${key}`, ...table[key] });
  return Object.freeze(out);
}

export const ENTRY_DEFAULTS = named('entry', {
  rps: { value: declared(entryFields.rps), citation: model('No load until you give one: requests/s here, or DAU × actions × peak factor.') },
  dau: { value: declared(entryFields.dau), citation: model('No daily users unless given; the load is then the requests/s alone.') },
  actionsPerUser: { value: declared(entryFields.actionsPerUser), citation: model('One action per user per day when only DAU is given.') },
  peakFactor: {
    value: declared(entryFields.peakFactor),
    citation: {
      seed: SEEDS.playbook,
      section: PLAYBOOK_SECTIONS.throughputStorage,
      fact: fact('5', '×', 'the peak-to-average ratio to assume when the workload is unknown'),
      note: 'Peak QPS is 2-10x the average; the playbook says to default to 5x when you do not know.',
    },
  },
  readFraction: { value: declared(entryFields.readFraction), citation: model('A read-heavy mix (90 % reads) unless the board says otherwise.', term('read/write mix', 'what an entry point states besides its load')) },
  p99BudgetMs: { value: declared(entryFields.p99BudgetMs), citation: model('The flow objective the text names.', fact('200', 'ms', 'the default p99 latency budget of a flow')) },
  availabilityObjective: { value: declared(entryFields.availabilityObjective), citation: model('The flow objective the text names.', fact('99.9', '%', 'the default availability objective of a flow')) },
  payloadBytes: { value: declared(entryFields.payloadBytes), citation: model('No bandwidth estimate until a response size is given.') },
});

const CALL_NOTE = '@napkin/analysis README, "The board format": what a call is when the board says nothing.';
const RETRY_POLICY = term('retry policy', 'how often a call is retried, and whether with backoff');

export const CALL_DEFAULTS = {
  ...named<number, 'callsPerRequest' | 'fraction' | 'retries'>('call', {
    callsPerRequest: { value: declared(callOptionalFields.callsPerRequest), citation: model(CALL_NOTE, term('fan-out', 'how many calls one request makes')) },
    fraction: { value: declared(callOptionalFields.fraction), citation: model(CALL_NOTE, term('fraction of requests', 'the share of requests that make a call')) },
    retries: { value: declared(callOptionalFields.retries), citation: model(CALL_NOTE, RETRY_POLICY) },
  }),
  ...named<boolean, 'backoff' | 'optional'>('call', {
    backoff: { value: declared(callOptionalFields.backoff), citation: model(CALL_NOTE, RETRY_POLICY) },
    optional: { value: declared(callOptionalFields.optional), citation: model(CALL_NOTE, term('optional dependency', 'a call whose failure the caller survives')) },
  }),
  ...named<TrafficClass, 'traffic'>('call', {
    traffic: { value: declared(callOptionalFields.traffic), citation: model(CALL_NOTE, term('traffic class', 'which requests a call carries: reads, writes or all')) },
  }),
  // null: no timeout, so a late answer is waited for however long it takes (and never fails the call).
  ...named<null, 'timeoutMs'>('call', {
    timeoutMs: { value: null, citation: model('No timeout unless the board sets one: the caller waits for every answer.', term('timeout and retry policy', 'what a call does about a slow callee')) },
  }),
} as const;

export const COMPONENT_DEFAULTS = named('component', {
  readReplicas: { value: 0, citation: model('A kind the catalog gives no read replicas has none.') },
  replicationFactor: { value: 1, citation: model('A kind the catalog gives no replication factor keeps one copy of each record.') },
});

export const ZONE_DEFAULTS = named('zone', {
  availability: { value: 0.9999, citation: model('Used only when the catalog has no figure for the zone level.', term('Zones', 'frames that fail as a unit')) },
});

const ALL: readonly EngineDefault<unknown>[] = [ENTRY_DEFAULTS, CALL_DEFAULTS, COMPONENT_DEFAULTS, ZONE_DEFAULTS].flatMap((table) => Object.values(table));

/** Every engine default's citation, named by its id; `pnpm check:citations` reads this export. */
export const CITATIONS: readonly Citation[] = ALL.map((fallback) => ({ label: fallback.id, source: fallback.citation }));

/** The same citations by id, as the result carries them (`AnalysisResult.citations`). */
export const ENGINE_CITATIONS: Readonly<Record<string, Source>> = Object.freeze(Object.fromEntries(ALL.map((fallback) => [fallback.id, fallback.citation])));
