// Every editable parameter, as the inspector shows it: label, unit, the displayed range and how a
// displayed number maps to the stored one (availability is stored as 0.9995 and shown as 99.95 %).
// The ranges mirror the document's zod schemas, which stay the authority (see `parseField.ts`);
// `fieldSpecs.test.ts` checks the two agree at every bound.
export type FieldSpec =
  | {
      readonly type: 'number';
      readonly key: string;
      readonly label: string;
      readonly unit: string;
      /** Displayed = stored × scale (100 for percentages). */
      readonly scale?: number;
      readonly min: number;
      /** True when `min` itself is not allowed (capacities must be more than 0). */
      readonly minExclusive?: boolean;
      readonly max: number;
      readonly integer?: boolean;
      readonly help?: string;
    }
  | { readonly type: 'boolean'; readonly key: string; readonly label: string; readonly help?: string }
  | {
      readonly type: 'choice';
      readonly key: string;
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | { readonly type: 'text'; readonly key: string; readonly label: string; readonly maxLength: number };

const BIG = 1e12;
const percent = (key: string, label: string, help?: string): FieldSpec => ({
  type: 'number',
  key,
  label,
  unit: '%',
  scale: 100,
  min: 0,
  max: 100,
  ...(help ? { help } : {}),
});

export const INSTANCES: FieldSpec = { type: 'number', key: 'instances', label: 'Instances', unit: '', min: 1, max: 1e6, integer: true };

/** Per-instance figures every serving component has (`params`). */
export const SERVER_PARAMS: readonly FieldSpec[] = [
  { type: 'number', key: 'capacityRps', label: 'Capacity per instance', unit: 'req/s', min: 0, minExclusive: true, max: BIG },
  { type: 'number', key: 'p50Ms', label: 'Latency p50', unit: 'ms', min: 0, max: BIG },
  { type: 'number', key: 'p99Ms', label: 'Latency p99', unit: 'ms', min: 0, max: BIG },
  percent('availability', 'Availability per instance'),
];

/** Kind traits (`params`), shown only for kinds that carry them. */
export const TRAIT_PARAMS: readonly FieldSpec[] = [
  percent('hitRatio', 'Cache hit ratio', 'Share of reads answered without calling downstream'),
  { type: 'number', key: 'ttlSeconds', label: 'TTL', unit: 's', min: 0, max: BIG, help: '0 means no expiry' },
  { type: 'number', key: 'readReplicas', label: 'Read replicas', unit: '', min: 0, max: 1000, integer: true },
  { type: 'number', key: 'partitions', label: 'Partitions', unit: '', min: 1, max: 1e6, integer: true },
  { type: 'number', key: 'consumers', label: 'Consumers', unit: '', min: 1, max: 1e6, integer: true },
  { type: 'boolean', key: 'hasDeadLetterQueue', label: 'Dead-letter queue' },
  { type: 'number', key: 'recordBytes', label: 'Record size', unit: 'B', min: 0, max: BIG },
  { type: 'number', key: 'replicationFactor', label: 'Replication factor', unit: '', min: 1, max: 1e6, integer: true },
];

/** The offered load and objectives of an entry point (`entry`). */
export const ENTRY_FIELDS: readonly FieldSpec[] = [
  { type: 'number', key: 'rps', label: 'Offered load (peak)', unit: 'req/s', min: 0, max: BIG, help: 'Wins over DAU when both are set' },
  { type: 'number', key: 'dau', label: 'Daily active users', unit: 'users', min: 0, max: BIG },
  { type: 'number', key: 'actionsPerUser', label: 'Actions per user per day', unit: '', min: 0, max: BIG },
  { type: 'number', key: 'peakFactor', label: 'Peak factor', unit: '×', min: 0, minExclusive: true, max: BIG },
  percent('readFraction', 'Reads', 'Share of requests that are reads'),
  { type: 'number', key: 'p99BudgetMs', label: 'p99 budget', unit: 'ms', min: 0, minExclusive: true, max: BIG },
  percent('availabilityObjective', 'Availability objective'),
  { type: 'number', key: 'payloadBytes', label: 'Response size', unit: 'B', min: 0, max: BIG },
];

export const CALL_FIELDS: readonly FieldSpec[] = [
  {
    type: 'choice',
    key: 'mode',
    label: 'Mode',
    options: [
      { value: 'sync', label: 'synchronous (caller waits)' },
      { value: 'async', label: 'asynchronous (fire and forget)' },
    ],
  },
  { type: 'number', key: 'callsPerRequest', label: 'Calls per request (fan-out)', unit: '×', min: 1, max: 1e6 },
  percent('fraction', 'Share of requests that call', 'A cache miss, a write path'),
  {
    type: 'choice',
    key: 'traffic',
    label: 'Traffic',
    options: [
      { value: 'all', label: 'all requests' },
      { value: 'read', label: 'reads only' },
      { value: 'write', label: 'writes only' },
    ],
  },
  { type: 'text', key: 'parallelGroup', label: 'Parallel group', maxLength: 64 },
  { type: 'number', key: 'timeoutMs', label: 'Timeout', unit: 'ms', min: 0, minExclusive: true, max: BIG },
  { type: 'number', key: 'retries', label: 'Retries', unit: '', min: 0, max: 10, integer: true },
  { type: 'boolean', key: 'backoff', label: 'Backoff between retries' },
  { type: 'boolean', key: 'optional', label: 'Optional (caller survives its failure)' },
  { type: 'text', key: 'label', label: 'Label', maxLength: 200 },
];

export const ZONE_FIELDS: readonly FieldSpec[] = [
  { type: 'text', key: 'name', label: 'Name', maxLength: 200 },
  {
    type: 'choice',
    key: 'level',
    label: 'Level',
    options: [
      { value: 'availability-zone', label: 'Availability zone' },
      { value: 'region', label: 'Region' },
      { value: 'data-centre', label: 'Data centre' },
    ],
  },
  percent('availability', 'Availability of the whole frame'),
];
