// A self-run stateful kind's replicationFactor copies count for availability exactly as they count for
// the linter: a store that keeps every record on three nodes is three nodes (`dataCopies` =
// max(instances + readReplicas, replicationFactor)), so "replicated, no finding" and the availability
// figure say the same thing. The extra copies fail over; they add no capacity.
// A managed service whose catalog figure is its own SLA (trait `availabilityIsServiceLevel`: key-value
// store, object storage, warehouse) is different: the SLA already covers its copies, so they count for
// storage and the linter but not again for availability, which stays the SLA figure.
import type { KindSpec } from '@napkin/catalog';
import { CATALOG, getKind } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardComponent } from '../format/schema';
import type { AnalysisResult } from '../result';
import { client, engineWithoutNetwork, makeBoard, noNetworkCatalog, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const A = 0.999;

function board(store: Omit<BoardComponent, 'id'>, rps = 1) {
  return makeBoard([client('user', { rps }), { id: 'store', ...store }], [sync('user', 'store')]);
}
const store = (result: AnalysisResult) => result.components.find((component) => component.id === 'store');
const findingsOn = (result: AnalysisResult) =>
  result.findings.filter((finding) => finding.components.some((id) => id === 'store')).map((finding) => finding.id);
const percent = (result: AnalysisResult) => (result.flows[0]?.availability.percent.value ?? Number.NaN) / 100;

describe('a self-run store: replicationFactor counts as copies, for availability and the linter alike', () => {
  // A graph database (a Neo4j-style cluster the team runs) keeps 3 copies and is drawn as one node.
  const kv = (params: BoardComponent['params'], instances = 1) =>
    analyze(board({ kind: 'graph-database', instances, params: { availability: A, ...params } }), engine);

  it('a graph database with instances 1 and replicationFactor 3 is up 1 − (1 − a)^3, and the linter finds nothing to replicate', () => {
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

  it('the copies add availability, not capacity: a store at 1.5× one node is saturated (ρ ≥ 1), so its requests fail, or 1/1.5 succeed when it sheds', () => {
    const store15 = (params: Record<string, unknown>) =>
      analyze(
        board({ kind: 'graph-database', params: { availability: A, capacityRps: 1_000, replicationFactor: 3, ...params } }, 1_500),
        engine,
      );
    const over = store15({});
    expect(store(over)?.traffic.utilisation.value).toBeCloseTo(1.5, 12);
    expect(over.findings.map((finding) => finding.id)).toContain('saturated');
    // No partial credit: one serving node at ρ = 1.5 grows its queue without bound; every request fails.
    expect(store(over)?.up.value).toBe(0);
    expect(store(over)?.up.inputs.rule).toBe('saturated');
    expect(store(over)?.up.note).toContain('every request fails');
    // Shedding, it serves its capacity while any of the 3 copies is up: (1 − (1 − a)^3) × 1,000 / 1,500.
    const shedding = store15({ shedsLoad: true });
    expect(store(shedding)?.up.value).toBeCloseTo((1 - (1 - A) ** 3) / 1.5, 12);
    expect(store(shedding)?.up.formula).toBe('E[min(U, n) × capacity / load], U ~ Binomial(replicationFactor, a)');
    expect(store(shedding)?.up.inputs.sheds).toBe('shedsLoad');
  });

  it('a consensus store drawn as one box keeps its three voters: up while 2 of 3 are, and no spof', () => {
    const result = analyze(board({ kind: 'consensus-store', instances: 1, params: { availability: A } }), engine);
    expect(store(result)?.up.value).toBeCloseTo(3 * A ** 2 * (1 - A) + A ** 3, 14);
    expect(store(result)?.up.inputs).toMatchObject({ quorum: 2, replicationFactor: 3 });
    expect(findingsOn(result)).not.toContain('spof');
  });

  it('a wide-column store drawn as one node still keeps its 3 copies: 1 − (1 − a)^3, no db-without-replica', () => {
    const result = analyze(board({ kind: 'wide-column-store', instances: 1, params: { availability: A } }), engine);
    expect(store(result)?.up.value).toBeCloseTo(1 - (1 - A) ** 3, 14);
    expect(store(result)?.up.formula).toBe('1 − (1 − a)^replicationFactor');
    expect(findingsOn(result)).not.toContain('db-without-replica');
  });

  it('every self-run stateful store kind at its defaults: db-without-replica fires exactly when availability counts one node', () => {
    const stores = CATALOG.filter(
      (kind) => kind.family === 'data' && kind.traits.stateful === true && kind.traits.availabilityIsServiceLevel === undefined,
    );
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

describe('a managed service whose availability is its SLA: the SLA already covers its replicationFactor copies', () => {
  const serviceLevel = CATALOG.filter(
    (kind) => kind.family === 'data' && kind.traits.availabilityIsServiceLevel?.value === true,
  );

  it('a default key-value store is up its SLA, 99.99 % (not 1 − 1e-12), with no db-without-replica or spof', () => {
    const sla = getKind('key-value-store')?.defaults.availability.value ?? Number.NaN;
    expect(sla).toBe(0.9999);
    const result = analyze(board({ kind: 'key-value-store' }), engine);
    expect(store(result)?.up.value).toBeCloseTo(sla, 15);
    expect(percent(result)).toBeCloseTo(sla, 15);
    expect(findingsOn(result)).not.toContain('db-without-replica');
    expect(findingsOn(result)).not.toContain('spof');
  });

  it('its explanation says the SLA covers the copies: plain formula, no replicationFactor input, a note', () => {
    const up = store(analyze(board({ kind: 'key-value-store' }), engine))?.up;
    expect(up?.formula).toBe('1 − (1 − a)^n');
    expect(up?.inputs).toMatchObject({ a: 0.9999, n: 1, readReplicas: 0 });
    expect(up?.inputs).not.toHaveProperty('replicationFactor');
    expect(up?.note).toBe("a is the service's SLA, which already covers its 3 copies (replicationFactor), so they are not counted again");
  });

  it('two key-value stores drawn by the user are two independent deployments: 1 − (1 − a)^2', () => {
    const up = store(analyze(board({ kind: 'key-value-store', instances: 2, params: { availability: A } }), engine))?.up;
    expect(up?.value).toBeCloseTo(1 - (1 - A) ** 2, 14);
    expect(up?.note).toContain('each of the n = 2 instances is a separate deployment');
  });

  it('its copies still count for storage: replicationFactor 3 stores three times what 1 does', () => {
    const writes = (replicationFactor: number) =>
      analyze(
        makeBoard(
          [client('user', { rps: 100, readFraction: 0 }), { id: 'store', kind: 'key-value-store', params: { replicationFactor } }],
          [sync('user', 'store')],
        ),
        engine,
      );
    const three = store(writes(3))?.storagePerYear?.value ?? Number.NaN;
    const one = store(writes(1))?.storagePerYear?.value ?? Number.NaN;
    expect(three).toBeGreaterThan(0);
    expect(three / one).toBeCloseTo(3, 12);
  });

  it('with replicationFactor 1 the linter still says db-without-replica; availability stays a', () => {
    const result = analyze(board({ kind: 'key-value-store', params: { availability: A, replicationFactor: 1 } }), engine);
    expect(store(result)?.up.value).toBeCloseTo(A, 14);
    expect(store(result)?.up.note).toBeUndefined();
    expect(findingsOn(result)).toContain('db-without-replica');
  });

  it('every such kind at its defaults (key-value store, object storage, warehouse) is up its SLA with nothing to replicate', () => {
    expect(serviceLevel.map((kind) => kind.id).sort()).toEqual(['data-warehouse', 'key-value-store', 'object-storage']);
    for (const kind of serviceLevel) {
      const result = analyze(board({ kind: kind.id }), engine);
      expect(store(result)?.up.value, kind.id).toBeCloseTo(kind.defaults.availability.value, 15);
      expect(findingsOn(result), kind.id).not.toContain('db-without-replica');
      expect(findingsOn(result), kind.id).not.toContain('spof');
    }
  });

  it('the rule follows the catalog trait, not the kind id', () => {
    const kvKind = getKind('key-value-store') as KindSpec;
    const wideColumn = getKind('wide-column-store') as KindSpec;
    const { availabilityIsServiceLevel, ...selfRunTraits } = kvKind.traits;
    const swapped: Record<string, KindSpec> = {
      // The same key-value store without the trait (say, self-run FoundationDB): its copies are nodes again.
      'key-value-store': { ...kvKind, traits: selfRunTraits },
      // A wide-column store bought as a managed service (say, Bigtable) with the trait: its figure is the SLA.
      'wide-column-store': { ...wideColumn, traits: { ...wideColumn.traits, availabilityIsServiceLevel } },
    };
    const real = noNetworkCatalog();
    const swappedEngine = createEngine({ catalog: { ...real, getKind: (id) => swapped[id] ?? real.getKind(id) } });
    const kv = store(analyze(board({ kind: 'key-value-store', params: { availability: A } }), swappedEngine));
    expect(kv?.up.value).toBeCloseTo(1 - (1 - A) ** 3, 14);
    const managed = analyze(board({ kind: 'wide-column-store', instances: 1, params: { availability: A } }), swappedEngine);
    expect(store(managed)?.up.value).toBeCloseTo(A, 14);
    expect(findingsOn(managed)).not.toContain('db-without-replica');
  });
});
