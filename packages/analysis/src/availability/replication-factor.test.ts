// A stateful kind's replicationFactor copies count for availability exactly as they count for the
// linter: a store that keeps every record on three nodes is three nodes (`dataCopies` =
// max(instances + readReplicas, replicationFactor)), so "replicated, no finding" and the availability
// figure say the same thing. The extra copies fail over; they add no capacity.
import { CATALOG } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent } from '../format/schema';
import type { AnalysisResult } from '../result';
import { client, engineWithoutNetwork, makeBoard, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const A = 0.999;

function board(store: Omit<BoardComponent, 'id'>, rps = 1) {
  return makeBoard([client('user', { rps }), { id: 'store', ...store }], [sync('user', 'store')]);
}
const store = (result: AnalysisResult) => result.components.find((component) => component.id === 'store');
const findingsOn = (result: AnalysisResult) =>
  result.findings.filter((finding) => finding.components.some((id) => id === 'store')).map((finding) => finding.id);
const percent = (result: AnalysisResult) => (result.flows[0]?.availability.percent.value ?? Number.NaN) / 100;

describe('replicationFactor counts as copies, for availability and the linter alike', () => {
  const kv = (params: BoardComponent['params'], instances = 1) =>
    analyze(board({ kind: 'key-value-store', instances, params: { availability: A, ...params } }), engine);

  it('a key-value store with instances 1 and replicationFactor 3 is up 1 − (1 − a)^3, and the linter finds nothing to replicate', () => {
    const result = kv({ replicationFactor: 3 });
    expect(store(result)?.up.value).toBeCloseTo(1 - (1 - A) ** 3, 14);
    expect(percent(result)).toBeCloseTo(1 - (1 - A) ** 3, 14);
    expect(findingsOn(result)).not.toContain('db-without-replica');
    expect(findingsOn(result)).not.toContain('spof');
  });

  it('the same store with replicationFactor 1 is one node: up a, and the linter says db-without-replica', () => {
    const result = kv({ replicationFactor: 1 });
    expect(store(result)?.up.value).toBeCloseTo(A, 14);
    expect(findingsOn(result)).toContain('db-without-replica');
  });

  it('the explanation names replicationFactor when it counts: formula, inputs and note', () => {
    const up = store(kv({ replicationFactor: 3 }))?.up;
    expect(up?.formula).toBe('1 − (1 − a)^replicationFactor');
    expect(up?.inputs).toMatchObject({ a: A, n: 1, readReplicas: 0, replicationFactor: 3 });
    expect(up?.note).toContain('replicationFactor = 3 nodes');
  });

  it('and not when instances + readReplicas already cover it (3 instances, replicationFactor 3)', () => {
    const up = store(kv({ replicationFactor: 3 }, 3))?.up;
    expect(up?.formula).toBe('1 − (1 − a)^n');
    expect(up?.inputs).not.toHaveProperty('replicationFactor');
    expect(up?.value).toBeCloseTo(1 - (1 - A) ** 3, 14);
  });

  it('the copies add availability, not capacity: a store at 1.5× one node saturates as before and serves 1/1.5 while a copy is up', () => {
    const over = analyze(
      board({ kind: 'key-value-store', params: { availability: A, capacityRps: 1_000, replicationFactor: 3 } }, 1_500),
      engine,
    );
    expect(store(over)?.traffic.utilisation.value).toBeCloseTo(1.5, 12);
    expect(over.findings.map((finding) => finding.id)).toContain('saturated');
    expect(store(over)?.up.value).toBeCloseTo((1 - (1 - A) ** 3) / 1.5, 12);
    expect(store(over)?.up.formula).toBe('E[min(1, min(U, n) × capacity / load)], U ~ Binomial(replicationFactor, a)');
  });

  it('a consensus store drawn as one box keeps its three voters: up while 2 of 3 are, and no spof', () => {
    const result = analyze(board({ kind: 'consensus-store', instances: 1, params: { availability: A } }), engine);
    expect(store(result)?.up.value).toBeCloseTo(3 * A ** 2 * (1 - A) + A ** 3, 14);
    expect(store(result)?.up.inputs).toMatchObject({ quorum: 2, replicationFactor: 3 });
    expect(findingsOn(result)).not.toContain('spof');
  });

  it('every stateful store kind at its defaults: db-without-replica fires exactly when availability counts one node', () => {
    const stores = CATALOG.filter((kind) => kind.family === 'data' && kind.traits.stateful === true);
    expect(stores.length).toBeGreaterThan(5);
    for (const kind of stores) {
      const result = analyze(board({ kind: kind.id, instances: 1, params: { availability: A } }), engine);
      const up = store(result)?.up.value ?? Number.NaN;
      const flagged = findingsOn(result).includes('db-without-replica') || findingsOn(result).includes('spof');
      // Caches and read replicas are not "databases", but a single one on the path is still a spof.
      expect(flagged, kind.id).toBe(Math.abs(up - A) < 1e-12);
    }
  });
});
