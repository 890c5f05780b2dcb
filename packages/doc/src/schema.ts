// The field-level zod schemas of the board: the single definition of what a valid value is, used both to
// validate what peers wrote into the Y.Doc (read side) and to reject bad local input (write side).
// Fields are kept as plain records of schemas so the reader can validate them one at a time and drop only
// the bad field instead of the whole entry.
import { z } from 'zod';

/** Board coordinates are bounded so a hostile peer cannot push nodes to 1e308 and break layout maths. */
export const COORDINATE_LIMIT = 1e7;
const coordinate = z.number().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);
const nonNegative = z.number().nonnegative().max(1e12);
const positive = z.number().positive().max(1e12);
const probability = z.number().min(0).max(1);
const count = z.number().int().min(1).max(1e6);
const shortText = z.string().max(200);
const idText = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a url-safe id');

// Bounds match (or are stricter than) the board-file schema of `@napkin/analysis`, so every exported
// snapshot is a valid engine input.
export const componentParamsFields = {
  capacityRps: positive,
  p50Ms: nonNegative,
  p99Ms: nonNegative,
  availability: probability,
  hitRatio: probability,
  ttlSeconds: nonNegative,
  readReplicas: z.number().int().min(0).max(1000),
  partitions: count,
  consumers: count,
  hasDeadLetterQueue: z.boolean(),
  recordBytes: nonNegative,
  replicationFactor: count,
};

export const entryLoadFields = {
  rps: nonNegative,
  dau: nonNegative,
  actionsPerUser: nonNegative,
  peakFactor: positive,
  readFraction: probability,
  p99BudgetMs: positive,
  availabilityObjective: probability,
  /** Bytes of one response, for the bandwidth estimate. */
  payloadBytes: nonNegative,
};

export const whatIfFields = {
  down: z.boolean(),
  slowFactor: z.number().min(1).max(1000),
};

export const componentParamsSchema = z.object(componentParamsFields).partial();
export const entryLoadSchema = z.object(entryLoadFields).partial();
export const whatIfSchema = z.object(whatIfFields).partial();

/** Kind-specific numbers of a component (all optional: the catalog supplies defaults). */
export type ComponentParams = z.infer<typeof componentParamsSchema>;
/** Offered load and objectives, only on entry points (client kinds). */
export type EntryLoad = z.infer<typeof entryLoadSchema>;
/** Shared "what if" marks: everyone sees the same failure scenario. */
export type WhatIf = z.infer<typeof whatIfSchema>;

/** Without these a component cannot be drawn: an entry missing one is skipped. */
export const componentRequiredFields = {
  kind: z.string().min(1).max(100),
  x: coordinate,
  y: coordinate,
};
/** Scalar fields with defaults: a bad value is dropped (and reported), the component is kept. */
export const componentOptionalFields = { name: shortText, instances: count };

export const callModes = ['sync', 'async'] as const;
export const trafficClasses = ['all', 'read', 'write'] as const;
export type CallMode = (typeof callModes)[number];
export type TrafficClass = (typeof trafficClasses)[number];

export const callRequiredFields = { from: idText, to: idText, mode: z.enum(callModes) };
export const callOptionalFields = {
  callsPerRequest: z.number().min(1).max(1e6),
  fraction: probability,
  parallelGroup: z.string().min(1).max(64),
  traffic: z.enum(trafficClasses),
  timeoutMs: positive,
  retries: z.number().int().min(0).max(10),
  backoff: z.boolean(),
  optional: z.boolean(),
  label: shortText,
};

export const zoneLevels = ['availability-zone', 'region', 'data-centre'] as const;
export type ZoneLevel = (typeof zoneLevels)[number];

export const zoneRequiredFields = {
  level: z.enum(zoneLevels),
  x: coordinate,
  y: coordinate,
  width: z.number().positive().max(1e7),
  height: z.number().positive().max(1e7),
};
export const zoneOptionalFields = { name: shortText, availability: probability };

export const annotationRequiredFields = { text: z.string().max(10_000), x: coordinate, y: coordinate };

export const metaFields = {
  schemaVersion: z.number().int().min(0),
  title: shortText,
  createdAt: z.number().int().min(0),
};
