// The inputs the engine resolved: for every field of a component, entry point, call and zone, the value
// it used and where that value came from (the board, the catalog's kind default, or an engine default),
// with the default itself even where the board overrides it, so a reader (the board's inspector) shows
// the engine's defaults instead of copying them. Resolution reads its values from here: one place
// applies the defaults. Defaults that never change are built once and shared, so this costs one small
// object per component or call, plus one per field the board sets.
import type { KindSpec, Source, Sourced } from '@napkin/catalog';
import type { BoardCall, BoardComponent, BoardZone, EntrySpec, TrafficSelector } from '../format/schema';
import type { EngineDefault } from './defaults';
import { CALL_DEFAULTS, COMPONENT_DEFAULTS, ENGINE_CITATIONS, ENTRY_DEFAULTS, ZONE_DEFAULTS } from './defaults';

export type InputSource = 'board' | 'catalog' | 'engine';

/** What a field is when the board leaves it unset. */
export interface InputDefault<T> {
  readonly value: T;
  readonly source: 'catalog' | 'engine';
  /**
   * The citation's id, a key of `AnalysisResult.citations` (text, section, fact): "<kind>.<field>" as
   * the catalog names its defaults ("stateless-service.capacityRps"), or "engine.<group>.<field>".
   */
  readonly citation: string;
}

export interface ResolvedInput<T> {
  /** The value the engine used (before what-if marks, which the result's figures then apply). */
  readonly value: T;
  readonly source: InputSource;
  /** Null where nothing stands in for the board (a trait the kind does not carry, a call's mode). */
  readonly default: InputDefault<T> | null;
}

export interface ComponentInputs {
  readonly instances: ResolvedInput<number>;
  readonly capacityRps: ResolvedInput<number>;
  readonly p50Ms: ResolvedInput<number>;
  /** Never below p50Ms: a lower p99 is a typo, and the engine uses the median (with p50Ms's source). */
  readonly p99Ms: ResolvedInput<number>;
  readonly availability: ResolvedInput<number>;
  readonly readReplicas: ResolvedInput<number>;
  readonly replicationFactor: ResolvedInput<number>;
  // Undefined (absent from JSON) unless the kind carries the trait or the board sets it.
  readonly hitRatio: ResolvedInput<number> | undefined;
  readonly ttlSeconds: ResolvedInput<number> | undefined;
  readonly partitions: ResolvedInput<number> | undefined;
  readonly consumers: ResolvedInput<number> | undefined;
  readonly hasDeadLetterQueue: ResolvedInput<boolean> | undefined;
  readonly recordBytes: ResolvedInput<number> | undefined;
  /** The catalog's figure only: the board format has no field for it. */
  readonly writeCapacityRps: ResolvedInput<number> | undefined;
}

export type EntryInputs = { readonly [K in keyof typeof ENTRY_DEFAULTS]: ResolvedInput<number> };

export interface CallInputs {
  readonly mode: ResolvedInput<BoardCall['mode']>;
  readonly callsPerRequest: ResolvedInput<number>;
  readonly fraction: ResolvedInput<number>;
  readonly traffic: ResolvedInput<TrafficSelector>;
  /** Null: no timeout. */
  readonly timeoutMs: ResolvedInput<number | null>;
  readonly retries: ResolvedInput<number>;
  readonly backoff: ResolvedInput<boolean>;
  readonly optional: ResolvedInput<boolean>;
}

export interface ZoneInputs {
  readonly availability: ResolvedInput<number>;
}

/** A default together with the input that uses it, built once so an unset field allocates nothing. */
interface Fallback<T> {
  readonly default: InputDefault<T>;
  readonly applied: ResolvedInput<T>;
  /** The board values met so far with this default, each built once (see `boardValue`). */
  boardValues?: Map<T, ResolvedInput<T>>;
}

/**
 * Distinct board values kept per default. Boards repeat a few values (instance counts, timeouts,
 * retries), and each input the result holds is an object every garbage collection during an analysis
 * copies; past this many (a board of all-different capacities), further values are built each time.
 */
const MAX_SHARED_VALUES = 64;

/** A board value's input, frozen and shared by every component or call that sets the same value. */
function boardValue<T>(given: T, standIn: { boardValues?: Map<T, ResolvedInput<T>> }, fallbackDefault: InputDefault<T> | null): ResolvedInput<T> {
  // -0 would share +0's object (Map keys compare by SameValueZero): build it apart.
  if (Object.is(given, -0)) return { value: given, source: 'board', default: fallbackDefault };
  let values = standIn.boardValues;
  const known = values?.get(given);
  if (known !== undefined) return known;
  const made: ResolvedInput<T> = Object.freeze({ value: given, source: 'board', default: fallbackDefault });
  if (values === undefined) {
    values = new Map();
    standIn.boardValues = values;
  }
  if (values.size < MAX_SHARED_VALUES) values.set(given, made);
  return made;
}

/** The stand-in of inputs that have no default (a trait the kind lacks, a call's mode): board values by value. */
const NO_DEFAULT: { boardValues?: Map<unknown, ResolvedInput<unknown>> } = {};

function fallback<T>(value: T, source: 'catalog' | 'engine', citation: string): Fallback<T> {
  const fixed: InputDefault<T> = Object.freeze({ value, source, citation });
  return { default: fixed, applied: Object.freeze({ value, source, default: fixed }) };
}

const fromEngine = <T>(engine: EngineDefault<T>): Fallback<T> => fallback(engine.value, 'engine', engine.id);

function resolved<T>(given: T | undefined, standIn: Fallback<T>): ResolvedInput<T> {
  return given === undefined ? standIn.applied : boardValue(given, standIn, standIn.default);
}

/** A field without a default: present only when the board sets it. */
function boardOnly<T>(given: T | undefined): ResolvedInput<T> | undefined {
  return given === undefined ? undefined : (boardValue<unknown>(given, NO_DEFAULT, null) as ResolvedInput<T>);
}

const COMPONENT = {
  readReplicas: fromEngine(COMPONENT_DEFAULTS.readReplicas),
  replicationFactor: fromEngine(COMPONENT_DEFAULTS.replicationFactor),
};
const ENTRY = Object.fromEntries(Object.entries(ENTRY_DEFAULTS).map(([key, engine]) => [key, fromEngine(engine)])) as {
  readonly [K in keyof EntryInputs]: Fallback<number>;
};
const CALL = {
  callsPerRequest: fromEngine(CALL_DEFAULTS.callsPerRequest),
  fraction: fromEngine(CALL_DEFAULTS.fraction),
  traffic: fromEngine<TrafficSelector>(CALL_DEFAULTS.traffic),
  timeoutMs: fromEngine<number | null>(CALL_DEFAULTS.timeoutMs),
  retries: fromEngine(CALL_DEFAULTS.retries),
  backoff: fromEngine(CALL_DEFAULTS.backoff),
  optional: fromEngine(CALL_DEFAULTS.optional),
};
const ZONE_FALLBACK = fromEngine(ZONE_DEFAULTS.availability);

const TRAITS = ['hitRatio', 'ttlSeconds', 'partitions', 'consumers', 'hasDeadLetterQueue', 'recordBytes'] as const;
type TraitInput = (typeof TRAITS)[number];
type TraitValue<K extends TraitInput> = K extends 'hasDeadLetterQueue' ? boolean : number;

/** A kind's defaults as fallbacks, and the catalog citations they name; one per kind, built on first use. */
export interface KindInputs {
  readonly instances: Fallback<number>;
  readonly capacityRps: Fallback<number>;
  readonly p50Ms: Fallback<number>;
  readonly p99Ms: Fallback<number>;
  readonly availability: Fallback<number>;
  readonly readReplicas: Fallback<number>;
  readonly replicationFactor: Fallback<number>;
  /** The traits the kind carries. */
  readonly traits: { readonly [K in TraitInput]?: Fallback<TraitValue<K>> };
  readonly writeCapacityRps: ResolvedInput<number> | undefined;
  readonly citations: readonly (readonly [string, Source])[];
}

// Keyed by the catalog's frozen kind objects, which live as long as the catalog: no analysis state.
const byKind = new WeakMap<KindSpec, KindInputs>();

export function kindInputs(kind: KindSpec): KindInputs {
  let known = byKind.get(kind);
  if (known) return known;
  const citations: [string, Source][] = [];
  const cite = <T>(field: string, sourced: Sourced<T>): Fallback<T> => {
    const id = `${kind.id}.${field}`;
    citations.push([id, sourced.source]);
    return fallback(sourced.value, 'catalog', id);
  };
  const { defaults, traits } = kind;
  const traitFallbacks: { [K in TraitInput]?: Fallback<TraitValue<K>> } = {};
  for (const key of TRAITS) {
    const sourced = traits[key] as Sourced<TraitValue<typeof key>> | undefined;
    if (sourced !== undefined) (traitFallbacks as Record<TraitInput, Fallback<unknown>>)[key] = cite(key, sourced);
  }
  known = {
    instances: cite('instances', defaults.instances),
    capacityRps: cite('capacityRps', defaults.capacityRps),
    p50Ms: cite('p50', defaults.p50),
    p99Ms: cite('p99', defaults.p99),
    availability: cite('availability', defaults.availability),
    readReplicas: traits.readReplicas ? cite('readReplicas', traits.readReplicas) : COMPONENT.readReplicas,
    replicationFactor: traits.replicationFactor ? cite('replicationFactor', traits.replicationFactor) : COMPONENT.replicationFactor,
    traits: traitFallbacks,
    writeCapacityRps: traits.writeCapacityRps ? cite('writeCapacityRps', traits.writeCapacityRps).applied : undefined,
    citations,
  };
  byKind.set(kind, known);
  return known;
}

/** A trait: the kind's default when it carries one, else present only when the board sets it (a hit ratio makes a cache). */
function trait<T>(given: T | undefined, standIn: Fallback<T> | undefined): ResolvedInput<T> | undefined {
  return standIn ? resolved(given, standIn) : boardOnly(given);
}

export function componentInputs(component: BoardComponent, kind: KindInputs): ComponentInputs {
  const params = component.params ?? {};
  const p50Ms = resolved(params.p50Ms, kind.p50Ms);
  const p99Given = resolved(params.p99Ms, kind.p99Ms);
  const { traits } = kind;
  // Every key always present (undefined where there is no value, which JSON leaves out), so every
  // component's inputs share one shape and the engine's reads of them stay monomorphic.
  return {
    instances: resolved(component.instances, kind.instances),
    capacityRps: resolved(params.capacityRps, kind.capacityRps),
    p50Ms,
    p99Ms: p99Given.value >= p50Ms.value ? p99Given : { value: p50Ms.value, source: p50Ms.source, default: p99Given.default },
    availability: resolved(params.availability, kind.availability),
    readReplicas: resolved(params.readReplicas, kind.readReplicas),
    replicationFactor: resolved(params.replicationFactor, kind.replicationFactor),
    hitRatio: trait(params.hitRatio, traits.hitRatio),
    ttlSeconds: trait(params.ttlSeconds, traits.ttlSeconds),
    partitions: trait(params.partitions, traits.partitions),
    consumers: trait(params.consumers, traits.consumers),
    hasDeadLetterQueue: trait(params.hasDeadLetterQueue, traits.hasDeadLetterQueue),
    recordBytes: trait(params.recordBytes, traits.recordBytes),
    writeCapacityRps: kind.writeCapacityRps,
  };
}

export function entryInputs(entry: EntrySpec): EntryInputs {
  const inputs = {} as Record<keyof EntryInputs, ResolvedInput<number>>;
  for (const key of Object.keys(ENTRY) as (keyof EntryInputs)[]) inputs[key] = resolved(entry[key], ENTRY[key]);
  if (entry.dau !== undefined) {
    // Given DAU, the load without rps follows from it: DAU × actions / 86,400 × peak.
    const fromDau = (inputs.dau.value * inputs.actionsPerUser.value * inputs.peakFactor.value) / 86_400;
    inputs.rps = resolved(entry.rps, fallback(fromDau, 'engine', ENTRY_DEFAULTS.rps.id));
  }
  return inputs;
}

export function callInputs(call: BoardCall): CallInputs {
  return {
    mode: boardValue<BoardCall['mode']>(call.mode, NO_DEFAULT as { boardValues?: Map<BoardCall['mode'], ResolvedInput<BoardCall['mode']>> }, null),
    callsPerRequest: resolved(call.callsPerRequest, CALL.callsPerRequest),
    fraction: resolved(call.fraction, CALL.fraction),
    traffic: resolved(call.traffic, CALL.traffic),
    timeoutMs: resolved(call.timeoutMs, CALL.timeoutMs),
    retries: resolved(call.retries, CALL.retries),
    backoff: resolved(call.backoff, CALL.backoff),
    optional: resolved(call.optional, CALL.optional),
  };
}

/** A zone level is a catalog kind; its availability is the engine's only when the catalog has none. */
export function zoneInputs(zone: BoardZone, level: KindInputs | undefined): ZoneInputs {
  return { availability: resolved(zone.availability, level?.availability ?? ZONE_FALLBACK) };
}

/** The kinds one board uses, so its result carries the citations of those kinds' defaults and no others. */
export interface KindsUsed {
  use(kind: KindSpec): KindInputs;
  /** The engine's citations, then each used kind's, in the order the kinds were first used. */
  citations(): Readonly<Record<string, Source>>;
}

export function kindsUsed(): KindsUsed {
  const seen = new Set<KindInputs>();
  return {
    use(kind) {
      const inputs = kindInputs(kind);
      seen.add(inputs);
      return inputs;
    },
    citations() {
      const out: Record<string, Source> = { ...ENGINE_CITATIONS };
      for (const inputs of seen) for (const [id, source] of inputs.citations) out[id] = source;
      return out;
    },
  };
}
