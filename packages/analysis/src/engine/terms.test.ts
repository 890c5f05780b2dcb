// Issue 15, "the headline why?": the flow's p99 and availability open to the terms that produce them,
// each naming its component, its share of requests and its rule. Worked by hand.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { Term } from '../explain/terms';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();

function flatten(term: Term): Term[] {
  return [term, ...term.children.flatMap(flatten)];
}

describe('the p99 opens to its terms', () => {
  const board = makeBoard(
    [
      client('users', { readFraction: 0.9 }),
      { id: 'cdn', kind: 'cdn', params: { hitRatio: 0.9, p50Ms: 1, p99Ms: 2 } },
      service('api', { p50Ms: 10, p99Ms: 40 }),
      service('search', { p50Ms: 12, p99Ms: 60 }),
      service('db', { p50Ms: 3, p99Ms: 9 }),
    ],
    [
      sync('users', 'cdn'),
      sync('cdn', 'api'),
      sync('api', 'search', { callsPerRequest: 10, parallelGroup: 'fetch' }),
      sync('api', 'db', { parallelGroup: 'fetch' }),
    ],
  );
  const flow = analyze(board, engine).flows[0];
  const terms = flow ? flatten(flow.latency.terms) : [];

  it('the root is the headline figure, a mixture of reads and writes by the 90/10 mix', () => {
    expect(flow?.latency.terms.rule).toBe('mixture');
    expect(flow?.latency.terms.figure.value).toBeCloseTo(flow?.latency.p99Ms?.value ?? -1, 6);
    expect(flow?.latency.terms.children.map((child) => [child.label, child.share.value])).toEqual([
      ['reads', 0.9],
      ['writes', expect.closeTo(0.1, 10)],
    ]);
  });

  it('every hop has a term linked to its component, with the rule that combines it', () => {
    for (const id of ['cdn', 'api', 'search', 'db']) expect(terms.some((term) => term.component === id)).toBe(true);
    const reads = flow?.latency.terms.children[0] as Term;
    const readTerms = flatten(reads);
    // CDN → API is made by the 10 % of reads the CDN misses: a mixture, whose share of requests is 10 %.
    const apiCall = readTerms.find((term) => term.call === 'cdn->api');
    expect(apiCall?.rule).toBe('mixture');
    expect(apiCall?.share.value).toBeCloseTo(0.9 * 0.1 + 0.1, 10);
    expect(apiCall?.figure.inputs.shareOfCallerRequests).toBeCloseTo(0.1, 10);
    // The API waits for search (fan-out of 10) and db together: a parallel max over a fan-out and a call.
    const parallel = readTerms.find((term) => term.rule === 'parallel-max');
    expect(parallel?.children.map((child) => [child.component, child.rule])).toEqual([
      ['search', 'fan-out'],
      ['db', 'series'],
    ]);
    // The max waits for the slower: the search fan-out (~102 ms at p99) over db (9 ms).
    expect(parallel?.figure.value).toBeGreaterThan(95);
    expect(readTerms.some((term) => term.rule === 'own-time' && term.component === 'api')).toBe(true);
  });
});

describe('the availability opens to its terms', () => {
  it('a series of app 99.9 % and db 99 %: 98.901 %, the db costing 0.999 pp and the app 0.099 pp', () => {
    // A = 0.999 × 0.99 = 0.98901. Cost = A(part perfect) − A: db 0.999 − 0.98901 = 0.00999, app 0.99 − 0.98901 = 0.00099.
    const board = makeBoard(
      [client('users'), service('app', { availability: 0.999 }), service('db', { availability: 0.99 })],
      [sync('users', 'app'), sync('app', 'db')],
    );
    const terms = analyze(board, engine).flows[0]?.availability.terms;
    expect(terms?.rule).toBe('series');
    expect(terms?.figure.value).toBeCloseTo(98.901, 6);
    expect(terms?.children.map((child) => [child.component, child.rule, child.figure.value, child.cost?.value])).toEqual([
      ['db', 'component', expect.closeTo(99, 6), expect.closeTo(0.999, 6)],
      ['app', 'component', expect.closeTo(99.9, 6), expect.closeTo(0.099, 6)],
    ]);
  });

  it('two instances are k of n, and a zone is a shared term over the components inside it', () => {
    // app: 2 instances of 99 %, any one serves: 1 − 0.01² = 99.99 %; the zone (99.9 %) holds both app and db.
    const board = makeBoard(
      [
        client('users'),
        service('app', { availability: 0.99 }, { instances: 2, zone: 'az' }),
        service('db', { availability: 0.999 }, { zone: 'az' }),
      ],
      [sync('users', 'app'), sync('app', 'db')],
      [{ id: 'az', level: 'availability-zone', availability: 0.999 }],
    );
    const terms = analyze(board, engine).flows[0]?.availability.terms;
    const app = terms?.children.find((child) => child.component === 'app');
    expect(app?.rule).toBe('k-of-n');
    expect(app?.figure.value).toBeCloseTo(99.99, 6);
    const zone = terms?.children.find((child) => child.rule === 'shared-zone');
    expect(zone?.zone).toBe('az');
    expect(zone?.children.map((child) => child.component)).toEqual(['app', 'db']);
    // A = zone × app × db = 0.999 × 0.9999 × 0.999; the zone's cost is A / 0.999 − A.
    const a = 0.999 * 0.9999 * 0.999;
    expect(terms?.figure.value).toBeCloseTo(a * 100, 6);
    expect(zone?.cost?.value).toBeCloseTo((a / 0.999 - a) * 100, 6);
  });
});
