// The fields of a component: what it is (kind), where it is drawn, how many instances run, its
// per-instance figures and kind traits (`params`), the load it offers when it is an entry point (`entry`)
// and the shared what-if marks (`whatIf`). Unset params fall back to the kind's catalog defaults.
import { amount, CATALOG, coordinate, count, displayName, engine, NONE, positiveAmount, probability } from './bounds.js';
import { booleanField, numberField, textField } from './field.js';
import type { ValuesOf } from './field.js';

/** Without these a component cannot be analysed or drawn. */
export const componentIdentityFields = {
  /** A `@napkin/catalog` kind id; an unknown kind is kept (a newer catalog may know it), the engine skips it. */
  kind: textField({ label: 'Kind', minLength: 1, maxLength: 100, default: NONE }),
};

/** Where the component is drawn (its top-left corner). Layout only: the engine never reads it. */
export const componentPositionFields = { x: coordinate('x'), y: coordinate('y') };

/**
 * `eu-a eu-b` (evenly) or `eu-a:2 eu-b:1` (as set): zone ids, each with an optional instance count of at
 * most 999. The bound is the engine's: a spread's availability conditions on each zone's instances, and
 * counts in the hundreds of thousands (a fuzzed file had 616,613) made one analysis run for minutes.
 */
/** The most instances one zone of a spread may name (see SPREAD_PATTERN). */
export const SPREAD_MAX_PER_ZONE = 999;
export const SPREAD_PATTERN = /^[A-Za-z0-9_-]{1,64}(:[0-9]{1,3})?([ ,]+[A-Za-z0-9_-]{1,64}(:[0-9]{1,3})?)*$/;

export const componentScalarFields = {
  name: displayName(),
  instances: count({ label: 'Instances', min: 1, default: CATALOG }),
  // Placement by geometry puts a component in the one frame it is drawn in; a spread says where its
  // instances really run, so losing one zone loses only that zone's instances (analysis-model.md, "The graph").
  spread: textField({
    label: 'Spread over zones',
    help: 'Zone ids, evenly ("eu-a eu-b") or with instance counts ("eu-a:2 eu-b:1"); overrides the frame it is drawn in',
    minLength: 1,
    maxLength: 1_000,
    pattern: SPREAD_PATTERN,
    patternMessage: 'must be zone ids separated by spaces, each optionally followed by :count of at most 999 (eu-a:2 eu-b:1)',
    default: NONE,
  }),
};

/** Per-instance figures every serving component has. */
export const serverParamFields = {
  capacityRps: positiveAmount({ label: 'Capacity per instance', unit: 'req/s', default: CATALOG }),
  p50Ms: amount({ label: 'Latency p50', unit: 'ms', default: CATALOG }),
  p99Ms: amount({ label: 'Latency p99', unit: 'ms', default: CATALOG }),
  availability: probability({ label: 'Availability per instance', default: CATALOG }),
};

/** Kind traits: a kind carries some of them (`@napkin/catalog` traits), and only those mean anything. */
export const traitParamFields = {
  hitRatio: probability({ label: 'Cache hit ratio', help: 'Share of reads answered without calling downstream', default: CATALOG }),
  ttlSeconds: amount({ label: 'TTL', unit: 's', help: '0 means no expiry', default: CATALOG }),
  readReplicas: count({ label: 'Read replicas', min: 0, max: 1000, default: CATALOG }),
  // Zero is a real board: nothing drains the queue, and the engine says so.
  partitions: count({ label: 'Partitions', min: 0, default: CATALOG }),
  consumers: count({ label: 'Consumers', min: 0, default: CATALOG }),
  hasDeadLetterQueue: booleanField({ label: 'Dead-letter queue', default: CATALOG }),
  recordBytes: amount({ label: 'Record size', unit: 'B', default: CATALOG }),
  replicationFactor: count({ label: 'Replication factor', min: 1, default: CATALOG }),
};

/** How a component behaves past its capacity (analysis-model.md, "Traffic and capacity"). */
export const behaviourParamFields = {
  shedsLoad: booleanField({
    label: 'Sheds load',
    help: 'Past its capacity it serves what it can and rejects the rest, instead of queueing until requests time out',
    default: engine(false),
  }),
};

export const componentParamFields = { ...serverParamFields, ...traitParamFields, ...behaviourParamFields };

/** The offered load and objectives of an entry point; defaults are the engine's (analysis-model.md). */
export const entryFields = {
  rps: amount({ label: 'Offered load (peak)', unit: 'req/s', help: 'Wins over DAU when both are set', default: engine(0) }),
  dau: amount({ label: 'Daily active users', unit: 'users', default: engine(0) }),
  actionsPerUser: amount({ label: 'Actions per user per day', unit: '', default: engine(1) }),
  peakFactor: positiveAmount({ label: 'Peak factor', unit: '×', default: engine(5) }),
  readFraction: probability({ label: 'Reads', help: 'Share of requests that are reads', default: engine(0.9) }),
  p99BudgetMs: positiveAmount({ label: 'p99 budget', unit: 'ms', default: engine(200) }),
  availabilityObjective: probability({ label: 'Availability objective', default: engine(0.999) }),
  /** Bytes of one response, for the bandwidth estimate. */
  payloadBytes: amount({ label: 'Response size', unit: 'B', default: engine(0) }),
};

/** Shared "what if" marks: everyone sees the same failure scenario. */
export const whatIfFields = {
  down: booleanField({ label: 'Down', default: engine(false) }),
  slowFactor: numberField({ label: 'Slower by', unit: '×', min: 1, max: 1000, default: engine(1) }),
  /** On an entry point: its load (given or from DAU) times this, as at a surge ("traffic ×5 at peak"). */
  trafficFactor: numberField({ label: 'Traffic times', unit: '×', min: 1, max: 1000, default: engine(1) }),
};

export type ComponentParams = ValuesOf<typeof componentParamFields>;
export type EntryLoad = ValuesOf<typeof entryFields>;
export type WhatIf = ValuesOf<typeof whatIfFields>;

/** The groups of nested fields a component has, each all optional. */
export const COMPONENT_GROUPS = { params: componentParamFields, entry: entryFields, whatIf: whatIfFields } as const;
export type ComponentGroup = keyof typeof COMPONENT_GROUPS;
