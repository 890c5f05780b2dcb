// Every linter rule fires on a board built to break it, and stays quiet on a clean one; and every rule
// cites its playbook section the way the catalog's defaults do: a heading from the catalog's section
// tables and a fact in our words. `pnpm check:citations` checks those against the texts themselves.
import { GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardFile } from '../format/schema';
import { client, makeBoard, service, sync } from '../../test/harness';
import { CITATIONS, RULES } from './rules';
import type { FindingId } from './rules';

const chain = (prefix: string, length: number) =>
  Array.from({ length }, (_, i) => sync(i === 0 ? 'app' : `${prefix}${i - 1}`, `${prefix}${i}`, { timeoutMs: 500 }));

const everythingWrong: BoardFile = makeBoard(
  [
    client('user', { rps: 100, p99BudgetMs: 100, availabilityObjective: 0.99999 }),
    { id: 'lb', kind: 'load-balancer-l7', instances: 1 },
    service('app', { capacityRps: 120 }, { zone: 'eu' }),
    { id: 'db', kind: 'relational-primary', instances: 1 },
    { id: 'cache', kind: 'in-memory-cache', instances: 2, params: { ttlSeconds: 0 } },
    { id: 'queue', kind: 'message-queue', instances: 2 },
    { id: 'stream', kind: 'event-stream', params: { partitions: 2, consumers: 4, hasDeadLetterQueue: true } },
    service('leaf', {}, { instances: 2 }),
    service('remote', {}, { instances: 2, zone: 'us' }),
    service('slow', { p50Ms: 40, p99Ms: 90 }, { instances: 2 }),
    service('tiny', { capacityRps: 50 }, { instances: 1 }),
    service('x', {}, { instances: 2 }),
    service('y', {}, { instances: 2 }),
    service('orphan', {}, { instances: 2 }),
    ...Array.from({ length: 6 }, (_, i) => service(`d${i}`, {}, { instances: 2 })),
  ],
  [
    sync('user', 'lb'),
    sync('user', 'db', { id: 'client-db' }),
    sync('lb', 'app', { timeoutMs: 500 }),
    sync('app', 'cache'),
    sync('app', 'db', { timeoutMs: 500, retries: 3 }),
    { id: 'enqueue', from: 'app', to: 'queue', mode: 'async' },
    { id: 'publish', from: 'app', to: 'stream', mode: 'async' },
    sync('app', 'leaf', { callsPerRequest: 6, parallelGroup: 'gather', timeoutMs: 500 }),
    sync('app', 'remote', { timeoutMs: 500 }),
    sync('app', 'slow', { timeoutMs: 500 }),
    sync('app', 'tiny', { timeoutMs: 500 }),
    sync('app', 'x', { timeoutMs: 500 }),
    sync('x', 'y', { timeoutMs: 500 }),
    sync('y', 'x', { id: 'y-back-to-x', timeoutMs: 500 }),
    ...chain('d', 6),
  ],
  [
    { id: 'eu', level: 'region' },
    { id: 'us', level: 'region' },
  ],
);

// Nothing is down for long here (three instances each) but the slow tier answers after its 60 ms
// timeout on a few % of calls: late answers, not failures, are what misses the objective.
const lateNotDown: BoardFile = makeBoard(
  [
    client('user', { rps: 100, availabilityObjective: 0.9999 }),
    service('app', {}, { instances: 3 }),
    service('slow', { p50Ms: 40, p99Ms: 90 }, { instances: 3 }),
  ],
  [sync('user', 'app', { timeoutMs: 500 }), sync('app', 'slow', { id: 'app-slow', timeoutMs: 60 })],
);

// At 50 req/s the server runs at ρ 0.5, but its waits put a share of attempts past the 30 ms timeout,
// their retries add load, the waits grow: the retries saturate it (engine/load-latency.test.ts works it out).
const retryStorm: BoardFile = makeBoard(
  [client('user', { rps: 50 }), service('svc', { capacityRps: 100, p50Ms: 10, p99Ms: 10 })],
  [sync('user', 'svc', { timeoutMs: 30, retries: 2, backoff: true })],
);

describe('findings', () => {
  const engine = createEngine();
  const result = analyze(everythingWrong, engine);
  const late = analyze(lateNotDown, engine);
  const storm = analyze(retryStorm, engine);
  const ids = new Set([...result.findings, ...late.findings, ...storm.findings].map((finding) => finding.id));

  it('names the late call when timeouts, not failures, cost a flow its objective', () => {
    const finding = late.findings.find((candidate) => candidate.id === 'timeouts-cost-availability');
    expect(finding?.calls).toEqual(['app-slow']);
    expect(finding?.message).toMatch(/most often late: app → slow/);
    const loss = late.flows[0]?.availability.timeoutLoss;
    expect(loss?.points.value).toBeGreaterThan(loss?.failurePoints.value ?? Infinity);
  });

  it('stays quiet about timeouts where failures cost more than late answers', () => {
    expect(result.findings.some((finding) => finding.id === 'timeouts-cost-availability')).toBe(false);
  });

  for (const id of Object.keys(RULES) as FindingId[]) {
    it(`fires ${id}`, () => {
      expect(ids.has(id), `findings: ${[...ids].join(', ')}`).toBe(true);
    });
  }

  it('every finding carries a severity, a fix and a playbook section', () => {
    for (const finding of result.findings) {
      expect(finding.fix.length).toBeGreaterThan(10);
      expect(finding.source.seed).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
      expect(finding.components.length + finding.calls.length).toBeGreaterThan(0);
    }
  });

  it('prints milliseconds as people read them (a decimal below 10 ms, whole and grouped above)', () => {
    const latency = result.findings.filter((finding) => finding.id === 'budget-hog' || finding.id === 'over-latency-objective');
    expect(latency.length).toBeGreaterThan(0);
    for (const finding of latency) {
      for (const [, figure] of finding.message.matchAll(/(\S+) ms\b/g)) expect(figure).toMatch(/^(\d\.\d|\d{1,3}(,\d{3})*)$/);
    }
  });

  it('names the nodes and edges concerned', () => {
    const fanout = result.findings.find((finding) => finding.id === 'wide-sync-fanout');
    expect(fanout?.components).toEqual(['app']);
    expect(result.findings.find((finding) => finding.id === 'client-to-database')?.calls).toEqual(['client-db']);
    expect(result.findings.find((finding) => finding.id === 'unreached-component')?.components).toEqual(['orphan']);
  });

  it('a small redundant board with timeouts and a rate limiter has no warnings or errors', () => {
    const clean = makeBoard(
      [
        client('user', { rps: 10 }),
        { id: 'gw', kind: 'api-gateway', instances: 2 },
        service('app', {}, { instances: 2 }),
        { id: 'db', kind: 'relational-primary', instances: 2 },
      ],
      [
        sync('user', 'gw'),
        sync('gw', 'app', { timeoutMs: 1000 }),
        sync('app', 'db', { timeoutMs: 500, retries: 2, backoff: true }),
      ],
    );
    const severe = analyze(clean, createEngine()).findings.filter((finding) => finding.severity !== 'info');
    expect(severe).toEqual([]);
  });
});

describe('a broker the request waits on', () => {
  // Issue 15: the producer waits for the broker's acknowledgement, so one broker node fails requests;
  // its consumers work after the request and are no part of the path.
  const board = (brokerInstances: number) =>
    makeBoard(
      [
        client('user', { rps: 10 }),
        service('api', {}, { instances: 2 }),
        { id: 'jobs', kind: 'message-queue', instances: brokerInstances, params: { hasDeadLetterQueue: true } },
        service('worker', {}, { instances: 1 }),
      ],
      [sync('user', 'api'), { id: 'publish', from: 'api', to: 'jobs', mode: 'async' }, sync('jobs', 'worker')],
    );
  const spofs = (instances: number) =>
    analyze(board(instances), createEngine())
      .findings.filter((finding) => finding.id === 'spof')
      .flatMap((finding) => finding.components);

  it('is a single point of failure with one node, and its one-instance consumer is not', () => {
    expect(spofs(1)).toEqual(['jobs']);
  });

  it('is not with two nodes', () => {
    expect(spofs(2)).toEqual([]);
  });
});

const KNOWN_SEEDS: ReadonlySet<string> = new Set(Object.values(SEEDS));
const TABLED: Readonly<Record<string, ReadonlySet<string>>> = {
  [SEEDS.playbook]: new Set(Object.values(PLAYBOOK_SECTIONS)),
  [SEEDS.interviewGuide]: new Set(Object.values(GUIDE_SECTIONS)),
};
const citations = Object.entries(RULES).map(([id, rule]) => [id, rule.source] as const);

describe('finding citations', () => {
  it('are all handed to check:citations, one per rule', () => {
    expect(CITATIONS.map((citation) => citation.label)).toEqual(Object.keys(RULES).map((id) => `finding.${id}`));
  });

  it.each(citations)('%s names a known text, and a section of its table where the text has one', (_id, source) => {
    expect(KNOWN_SEEDS.has(source.seed), source.seed).toBe(true);
    expect(source.section.trim()).not.toBe('');
    const table = TABLED[source.seed];
    if (table !== undefined) expect(table.has(source.section), source.section).toBe(true);
  });

  it.each(citations)('%s states a fact in our words, or explains itself in a note', (_id, source) => {
    expect((source.fact?.figure ?? '') + (source.note ?? '')).not.toBe('');
    if (source.fact !== undefined) expect(source.fact.appliesTo.trim().length).toBeGreaterThan(3);
  });
});
