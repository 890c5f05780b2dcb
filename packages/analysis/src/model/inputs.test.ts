// The result names every input the engine used and where it came from: the board, the catalog's kind
// default (with the catalog's citation) or an engine default (named, cited), so the board's inspector
// shows the engine's own defaults instead of copying them.
import { CATALOG_CITATIONS, getKind } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import { makeBoard } from '../../test/harness';
import type { AnalysisResult, ComponentResult } from '../result';
import { CITATIONS, ENTRY_DEFAULTS } from './defaults';
import type { ResolvedInput } from './inputs';

const engine = createEngine();
const catalogSource = (id: string) => CATALOG_CITATIONS.find((citation) => citation.label === id)?.source;

function component(result: AnalysisResult, id: string): ComponentResult {
  const found = result.components.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
}

/** Every input's default names a citation the result carries. */
function expectCitationsCarried(result: AnalysisResult, inputs: object | null) {
  for (const [key, input] of Object.entries(inputs ?? {}) as [string, ResolvedInput<unknown> | undefined][]) {
    if (input?.default) expect(result.citations[input.default.citation], key).toBeDefined();
  }
}

const bare = makeBoard(
  [
    { id: 'users', kind: 'web-client' },
    { id: 'app', kind: 'stateless-service', zone: 'eu-a' },
    { id: 'db', kind: 'relational-primary' },
  ],
  [
    { id: 'c1', from: 'users', to: 'app', mode: 'sync' },
    { id: 'c2', from: 'app', to: 'db', mode: 'sync' },
  ],
  [{ id: 'eu-a', level: 'availability-zone' }],
);

describe('resolved inputs', () => {
  it('a board that sets nothing shows the catalog’s kind defaults, with the catalog’s citations', () => {
    const result = analyze(bare, engine);
    const app = component(result, 'app');
    const kind = getKind('stateless-service')!;
    expect(app.inputs.capacityRps).toEqual({
      value: kind.defaults.capacityRps.value,
      source: 'catalog',
      default: { value: kind.defaults.capacityRps.value, source: 'catalog', citation: 'stateless-service.capacityRps' },
    });
    expect(app.inputs.instances).toMatchObject({ value: kind.defaults.instances.value, source: 'catalog' });
    expect(app.inputs.p99Ms.default?.citation).toBe('stateless-service.p99');
    expect(result.citations['stateless-service.capacityRps']).toEqual(catalogSource('stateless-service.capacityRps'));
    expect(result.citations['stateless-service.capacityRps']?.section).toBe(kind.defaults.capacityRps.source.section);
    // The relational primary carries read replicas in the catalog (10.1 Replication); a service does not.
    expect(component(result, 'db').inputs.readReplicas).toMatchObject({ value: 0, source: 'catalog', default: { citation: 'relational-primary.readReplicas' } });
    expect(app.inputs.readReplicas).toMatchObject({ value: 0, source: 'engine', default: { citation: 'engine.component.readReplicas' } });
    expect(app.inputs.hitRatio).toBeUndefined();
    expect(result.zones).toEqual([
      { id: 'eu-a', inputs: { availability: expect.objectContaining({ source: 'catalog', value: getKind('availability-zone')!.defaults.availability.value }) } },
    ]);
    for (const each of result.components) {
      expectCitationsCarried(result, each.inputs);
      expectCitationsCarried(result, each.entryInputs);
    }
  });

  it('an entry point and a call that set nothing show the engine’s named defaults', () => {
    const result = analyze(bare, engine);
    const users = component(result, 'users');
    expect(component(result, 'app').entryInputs).toBeNull();
    expect(users.entryInputs?.peakFactor).toMatchObject({ value: 5, source: 'engine', default: { value: 5, citation: 'engine.entry.peakFactor' } });
    expect(users.entryInputs?.p99BudgetMs).toMatchObject({ value: 200, source: 'engine' });
    expect(users.entryInputs?.availabilityObjective).toMatchObject({ value: 0.999, source: 'engine' });
    expect(users.entryInputs?.rps).toMatchObject({ value: 0, source: 'engine' });
    expect(result.citations['engine.entry.peakFactor']).toMatchObject({ section: '5.3 Time, Throughput, and Storage Quick Reference', fact: { figure: '5' } });

    const call = result.calls.find((each) => each.id === 'c2')!;
    expect(call.inputs.callsPerRequest).toMatchObject({ value: 1, source: 'engine', default: { citation: 'engine.call.callsPerRequest' } });
    expect(call.inputs.traffic).toMatchObject({ value: 'all', source: 'engine' });
    expect(call.inputs.timeoutMs).toMatchObject({ value: null, source: 'engine', default: { value: null } });
    // The format requires a mode: it is always the board's, with nothing standing in.
    expect(call.inputs.mode).toEqual({ value: 'sync', source: 'board', default: null });
    for (const each of result.calls) expectCitationsCarried(result, each.inputs);
  });

  it('a value set on the board is the one used, with source board, and keeps the default beside it', () => {
    const board = makeBoard(
      [
        { id: 'users', kind: 'web-client', entry: { rps: 40, peakFactor: 3 } },
        { id: 'app', kind: 'stateless-service', instances: 4, params: { capacityRps: 20, p50Ms: 3 } },
      ],
      [{ id: 'c1', from: 'users', to: 'app', mode: 'async', timeoutMs: 250, retries: 2 }],
      [{ id: 'r', level: 'region', availability: 0.99 }],
    );
    const result = analyze(board, engine);
    const app = component(result, 'app');
    const kind = getKind('stateless-service')!;
    expect(app.inputs.capacityRps).toEqual({
      value: 20,
      source: 'board',
      default: { value: kind.defaults.capacityRps.value, source: 'catalog', citation: 'stateless-service.capacityRps' },
    });
    expect(app.inputs.instances).toMatchObject({ value: 4, source: 'board', default: { value: kind.defaults.instances.value } });
    // The engine used the board's figures: 40 req/s on 4 × 20 req/s, plus the retries' rare extra attempts.
    expect(app.traffic.utilisation.value).toBeCloseTo(0.5, 3);
    expect(component(result, 'users').entryInputs?.peakFactor).toMatchObject({ value: 3, source: 'board', default: { value: 5, source: 'engine' } });
    const call = result.calls[0]!;
    expect(call.inputs.timeoutMs).toMatchObject({ value: 250, source: 'board', default: { value: null, source: 'engine' } });
    expect(call.inputs.retries).toMatchObject({ value: 2, source: 'board', default: { value: 0 } });
    expect(call.inputs.mode.value).toBe('async');
    expect(result.zones[0]?.inputs.availability).toMatchObject({ value: 0.99, source: 'board', default: { source: 'catalog', citation: 'region.availability' } });
  });

  it('DAU sets the load the engine derives when rps is unset, and rps overrides it', () => {
    const fromDau = analyze(makeBoard([{ id: 'u', kind: 'web-client', entry: { dau: 864_000, actionsPerUser: 2 } }]), engine);
    const expected = (864_000 * 2 * ENTRY_DEFAULTS.peakFactor.value) / 86_400;
    expect(component(fromDau, 'u').entryInputs?.rps).toMatchObject({ value: expected, source: 'engine', default: { value: expected } });
    expect(fromDau.flows[0]?.capacity.peakRps.value).toBeCloseTo(expected, 10);
    const both = analyze(makeBoard([{ id: 'u', kind: 'web-client', entry: { rps: 7, dau: 864_000 } }]), engine);
    expect(component(both, 'u').entryInputs?.rps).toMatchObject({ value: 7, source: 'board', default: { value: 50, source: 'engine' } });
  });

  it('a p99 below the p50 resolves to the p50, and a trait the kind lacks counts when the board sets it', () => {
    const board = makeBoard([{ id: 'app', kind: 'stateless-service', params: { p50Ms: 40, hitRatio: 0.5 } }]);
    const app = component(analyze(board, engine), 'app');
    expect(app.inputs.p99Ms).toMatchObject({ value: 40, source: 'board', default: { citation: 'stateless-service.p99' } });
    expect(app.inputs.hitRatio).toEqual({ value: 0.5, source: 'board', default: null });
  });

  it('every engine default is cited with a section and a fact or a note, under a unique id', () => {
    const labels = CITATIONS.map((citation) => citation.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const { label, source } of CITATIONS) {
      expect(label).toMatch(/^engine\.(entry|call|component|zone)\.\w+$/);
      expect(source.section.trim(), label).not.toBe('');
      expect((source.fact?.figure ?? '') + (source.note ?? ''), label).not.toBe('');
    }
  });
});
