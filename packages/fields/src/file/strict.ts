// A board file names only fields it has: a key the format does not declare is an error, located and with
// what it most likely meant (`components[3].availabilty: unknown field; did you mean params.availability?`).
// Silently ignoring it would analyse a board other than the one written: a misspelt `availabilty` or a
// `timeout` instead of `timeoutMs` reads as the default and the numbers look fine.
import { entryFields, componentParamFields, whatIfFields } from '../component.js';
import type { Candidate } from '../suggest.js';
import { didYouMean, suggestNames } from '../suggest.js';
import { annotationSchema, callSchema, componentSchema, zoneSchema } from './schema.js';

/** The shape of parse.ts's `FormatError`, restated so the two files do not import each other. */
interface FormatError {
  readonly path: string;
  readonly message: string;
}

/**
 * Names people write for a field, normalised (lowercase, no `_`, `-` or spaces), to the fields they mean.
 * Only what edit distance cannot find: a misspelling needs no entry here.
 */
const FIELD_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  p99: ['p99Ms'],
  p99latency: ['p99Ms'],
  latency: ['p99Ms', 'p50Ms'],
  p50: ['p50Ms'],
  median: ['p50Ms'],
  timeout: ['timeoutMs'],
  deadline: ['timeoutMs'],
  fanout: ['callsPerRequest'],
  fanoutfactor: ['callsPerRequest'],
  calls: ['callsPerRequest'],
  hitrate: ['hitRatio'],
  cachehitratio: ['hitRatio'],
  cachehitrate: ['hitRatio'],
  ttl: ['ttlSeconds'],
  replicas: ['instances', 'readReplicas'],
  replicacount: ['instances', 'readReplicas'],
  count: ['instances'],
  nodes: ['instances'],
  capacity: ['capacityRps'],
  throughput: ['capacityRps'],
  maxrps: ['capacityRps'],
  qps: ['capacityRps', 'rps'],
  uptime: ['availability'],
  sla: ['availability', 'availabilityObjective'],
  slo: ['availabilityObjective'],
  objective: ['availabilityObjective'],
  budget: ['p99BudgetMs'],
  latencybudget: ['p99BudgetMs'],
  type: ['kind', 'level'],
  retry: ['retries'],
  attempts: ['retries'],
  async: ['mode'],
  sync: ['mode'],
  source: ['from'],
  src: ['from'],
  target: ['to'],
  dest: ['to'],
  destination: ['to'],
  probability: ['fraction'],
  percentage: ['fraction'],
  weight: ['share'],
  region: ['zone'],
  az: ['zone'],
  label: ['name'],
  title: ['name'],
  dlq: ['hasDeadLetterQueue'],
  deadletterqueue: ['hasDeadLetterQueue'],
  rf: ['replicationFactor'],
  replication: ['replicationFactor'],
  payload: ['payloadBytes'],
  responsesize: ['payloadBytes'],
  recordsize: ['recordBytes'],
  users: ['dau'],
  reads: ['readFraction'],
  readratio: ['readFraction'],
  peak: ['peakFactor'],
  slowdown: ['slowFactor'],
};

const ENVELOPE_KEYS = ['format', 'version', 'title', 'createdAt', 'components', 'calls', 'zones', 'annotations'];
const GROUPS = { params: Object.keys(componentParamFields), entry: Object.keys(entryFields), whatIf: Object.keys(whatIfFields) } as const;

const own = (keys: readonly string[]): Candidate[] => keys.map((key) => ({ match: key, shown: key }));
/** A component's own keys, and the keys of its groups as `params.availability`: where a flat key belongs. */
const componentCandidates: Candidate[] = [
  ...own(Object.keys(componentSchema.shape)),
  ...Object.entries(GROUPS).flatMap(([group, keys]) => keys.map((key) => ({ match: key, shown: `${group}.${key}` }))),
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "did you mean …?" for an unknown key among `candidates`, synonyms included; empty when nothing is close. */
export function suggestField(typed: string, candidates: readonly Candidate[]): string {
  return didYouMean(suggestNames(typed, candidates, FIELD_SYNONYMS));
}

function unknownKeys(value: unknown, path: string, known: readonly string[], candidates: readonly Candidate[], errors: FormatError[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = suggestField(key, candidates);
    errors.push({ path: path === '' ? key : `${path}.${key}`, message: `unknown field${hint === '' ? '' : `; ${hint}`}` });
  }
}

function eachElement(list: unknown, name: string, check: (element: unknown, path: string) => void): void {
  if (Array.isArray(list)) list.forEach((element, index) => check(element, `${name}[${index}]`));
}

/** Every key the format does not declare, anywhere in the board, in file order. */
export function unknownFieldErrors(board: unknown): FormatError[] {
  const errors: FormatError[] = [];
  if (!isRecord(board)) return errors;
  unknownKeys(board, '', ENVELOPE_KEYS, own(ENVELOPE_KEYS), errors);
  eachElement(board.components, 'components', (component, path) => {
    unknownKeys(component, path, Object.keys(componentSchema.shape), componentCandidates, errors);
    if (!isRecord(component)) return;
    for (const [group, keys] of Object.entries(GROUPS)) unknownKeys(component[group], `${path}.${group}`, keys, own(keys), errors);
  });
  const simple = { calls: callSchema, zones: zoneSchema, annotations: annotationSchema } as const;
  for (const [name, schema] of Object.entries(simple)) {
    const keys = Object.keys(schema.shape);
    eachElement(board[name], name, (element, path) => unknownKeys(element, path, keys, own(keys), errors));
  }
  return errors;
}
