// The board file: one versioned JSON format that is both the engine's input and the app's export.
// The zod schemas are the single definition; the TypeScript types are inferred from them.
import { z } from 'zod';

export const BOARD_FORMAT = 'napkin-board';
export const BOARD_VERSION = 1;

const positive = z.number().finite().gt(0, { message: 'must be > 0' });
const nonNegative = z.number().finite().min(0, { message: 'must be >= 0' });
const probabilityValue = z
  .number()
  .finite()
  .min(0, { message: 'must be between 0 and 1' })
  .max(1, { message: 'must be between 0 and 1' });
const count = z.number().int({ message: 'must be a whole number' }).min(0, { message: 'must be >= 0' });
const id = z.string().min(1, { message: 'must not be empty' });

export const componentParamsSchema = z.object({
  capacityRps: positive.optional(),
  p50Ms: nonNegative.optional(),
  p99Ms: nonNegative.optional(),
  availability: probabilityValue.optional(),
  hitRatio: probabilityValue.optional(),
  ttlSeconds: nonNegative.optional(),
  readReplicas: count.optional(),
  partitions: count.optional(),
  consumers: count.optional(),
  hasDeadLetterQueue: z.boolean().optional(),
  recordBytes: nonNegative.optional(),
  replicationFactor: z.number().finite().min(1, { message: 'must be >= 1' }).optional(),
});

export const entrySchema = z.object({
  rps: nonNegative.optional(),
  dau: nonNegative.optional(),
  actionsPerUser: nonNegative.optional(),
  peakFactor: positive.optional(),
  readFraction: probabilityValue.optional(),
  p99BudgetMs: positive.optional(),
  availabilityObjective: probabilityValue.optional(),
  /** Bytes of one response, for the bandwidth estimate. */
  payloadBytes: nonNegative.optional(),
});

export const whatIfSchema = z.object({
  down: z.boolean().optional(),
  slowFactor: positive.optional(),
});

export const componentSchema = z.object({
  id,
  kind: id,
  name: z.string().optional(),
  instances: z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be >= 1' }).optional(),
  zone: id.optional(),
  params: componentParamsSchema.optional(),
  entry: entrySchema.optional(),
  whatIf: whatIfSchema.optional(),
});

export const callSchema = z.object({
  id,
  from: id,
  to: id,
  mode: z.enum(['sync', 'async']),
  callsPerRequest: z.number().finite().min(1, { message: 'must be >= 1' }).optional(),
  fraction: probabilityValue.optional(),
  parallelGroup: z.string().optional(),
  traffic: z.enum(['all', 'read', 'write']).optional(),
  timeoutMs: positive.optional(),
  retries: count.max(10, { message: 'must be <= 10' }).optional(),
  backoff: z.boolean().optional(),
  optional: z.boolean().optional(),
});

export const zoneSchema = z.object({
  id,
  level: z.enum(['availability-zone', 'region', 'data-centre']),
  name: z.string().optional(),
  parent: id.optional(),
  availability: probabilityValue.optional(),
  /** Continent of a region (e.g. "europe"): calls between continents cost the cross-continent round trip. */
  continent: z.string().min(1).optional(),
});

/** The envelope is checked first; each element is then checked on its own so one bad part is skipped. */
export const envelopeSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  title: z.string().optional(),
  components: z.array(z.unknown()),
  calls: z.array(z.unknown()).default([]),
  zones: z.array(z.unknown()).default([]),
});

export const boardSchema = z.object({
  format: z.literal(BOARD_FORMAT),
  version: z.literal(BOARD_VERSION),
  title: z.string().optional(),
  components: z.array(componentSchema),
  calls: z.array(callSchema),
  zones: z.array(zoneSchema),
});

export type BoardFile = z.infer<typeof boardSchema>;
export type BoardComponent = z.infer<typeof componentSchema>;
export type ComponentParams = z.infer<typeof componentParamsSchema>;
export type EntrySpec = z.infer<typeof entrySchema>;
export type BoardCall = z.infer<typeof callSchema>;
export type BoardZone = z.infer<typeof zoneSchema>;
export type CallMode = BoardCall['mode'];
export type TrafficSelector = NonNullable<BoardCall['traffic']>;
export type ZoneLevel = BoardZone['level'];
