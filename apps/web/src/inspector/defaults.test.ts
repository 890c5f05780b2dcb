// The inspector's defaults are the engine's: each one the inspector shows is read from the analysis
// result's resolved inputs, with the citation the result carries for it, and the hover names its text,
// section and fact in our words.
import { analyze, createEngine } from '@napkin/analysis';
import type { BoardFile } from '@napkin/analysis';
import { CATALOG, PLAYBOOK_SECTIONS, SEEDS, getKind } from '@napkin/catalog';
import { componentParamsSchema } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import { defaultsOf, describeSource, traitsOf } from './defaults';
import type { FieldDefault } from './defaults';
import { CALL_FIELDS, ENTRY_FIELDS, SERVER_PARAMS, TRAIT_PARAMS } from './fieldSpecs';
import { parseField } from './parseField';
import type { Validator } from './parseField';

const TEXTS: ReadonlySet<string> = new Set([...Object.values(SEEDS), '../design/analysis-model.md']);

function expectCited(fallback: FieldDefault | undefined, what: string) {
  expect(fallback, what).toBeDefined();
  const { source } = fallback!;
  expect(TEXTS.has(source.seed), `${what}: text ${source.seed}`).toBe(true);
  expect(source.section.trim(), `${what}: section`).not.toBe('');
  expect((source.fact?.figure ?? '') + (source.note ?? ''), `${what}: fact or note`).not.toBe('');
}

const engine = createEngine();

/** One component of every kind, a client calling the first, and a zone of each level: nothing set. */
function everyKindBoard(): BoardFile {
  return {
    format: 'napkin-board',
    version: 1,
    components: [{ id: 'users', kind: 'web-client' }, ...CATALOG.map((kind) => ({ id: `k-${kind.id}`, kind: kind.id }))],
    calls: [{ id: 'call', from: 'users', to: 'k-stateless-service', mode: 'sync' }],
    zones: [
      { id: 'az', level: 'availability-zone' },
      { id: 'region', level: 'region' },
    ],
  };
}

describe('inspector defaults', () => {
  const defaults = defaultsOf(analyze(everyKindBoard(), engine));

  it('every entry-point field and every call field with a default shows the engine’s, cited', () => {
    for (const spec of ENTRY_FIELDS) expectCited(defaults.entry('users', spec.key), `entry.${spec.key}`);
    expect(defaults.entry('users', 'peakFactor')).toMatchObject({
      value: 5,
      source: { seed: SEEDS.playbook, section: PLAYBOOK_SECTIONS.throughputStorage, fact: { figure: '5', unit: '×' } },
    });
    const withDefault = CALL_FIELDS.filter((spec) => defaults.call('call', spec.key) !== undefined).map((spec) => spec.key);
    // mode is required by the format and a timeout has none: neither shows a default.
    expect(withDefault).toEqual(CALL_FIELDS.map((spec) => spec.key).filter((key) => ['callsPerRequest', 'fraction', 'traffic', 'retries', 'backoff', 'optional'].includes(key)));
    for (const key of withDefault) expectCited(defaults.call('call', key), `call.${key}`);
    expect(defaults.call('call', 'timeoutMs')).toBeUndefined();
  });

  it('every component field of every kind falls back to the catalog, traits where the kind has them', () => {
    for (const kind of CATALOG) {
      const id = `k-${kind.id}`;
      for (const spec of SERVER_PARAMS) expect(defaults.component(id, spec.key), `${kind.id}.${spec.key}`).toMatchObject({ source: expect.anything() });
      const traits = traitsOf(kind);
      for (const spec of TRAIT_PARAMS.filter((field) => traits.has(field.key))) {
        expect(defaults.component(id, spec.key)?.value, `${kind.id}.${spec.key}`).toBe((kind.traits as Record<string, { value: unknown }>)[spec.key]?.value);
      }
    }
    expect(defaults.component('k-stateless-service', 'capacityRps')?.value).toBe(getKind('stateless-service')?.defaults.capacityRps.value);
    expect(defaults.component('no-such-component', 'capacityRps')).toBeUndefined();
  });

  it('shows nothing before the first result', () => {
    expect(defaultsOf(null).component('k-stateless-service', 'capacityRps')).toBeUndefined();
    expect(defaultsOf(null).entry('users', 'rps')).toBeUndefined();
  });

  it('a board value does not hide the default it overrides', () => {
    const board = everyKindBoard();
    const overridden = { ...board, components: board.components.map((c) => (c.id === 'k-stateless-service' ? { ...c, params: { capacityRps: 5 } } : c)) };
    expect(defaultsOf(analyze(overridden, engine)).component('k-stateless-service', 'capacityRps')?.value).toBe(getKind('stateless-service')?.defaults.capacityRps.value);
  });

  it('a relational primary edits its read replicas: whole copies from 0, default 0 sourced from 10.1 Replication', () => {
    const spec = TRAIT_PARAMS.find((field) => field.key === 'readReplicas')!;
    expect(traitsOf(getKind('relational-primary')).has('readReplicas')).toBe(true);
    expect(spec).toMatchObject({ type: 'number', label: 'Read replicas', unit: '', min: 0, integer: true });
    const fallback = defaults.component('k-relational-primary', 'readReplicas');
    expect(fallback?.value).toBe(0);
    expectCited(fallback, 'relational-primary.readReplicas');
    expect(fallback?.source.section).toBe('10.1 Replication');
    const validator = (componentParamsSchema.shape as unknown as Record<string, Validator>).readReplicas;
    expect(parseField(spec, '1', validator)).toEqual({ ok: true, value: 1 });
    expect(parseField(spec, '1.5', validator)).toEqual({ ok: false, message: 'Read replicas must be at least 0 and at most 1,000 (a whole number)' });
    expect(parseField(spec, '-1', validator)).toMatchObject({ ok: false });
  });

  it('a zone falls back to its level’s availability, and the tooltip names text, section and the fact in our words', () => {
    expect(defaults.zone('az', 'availability')?.value).toBe(0.9995);
    const tooltip = describeSource(defaults.component('k-stateless-service', 'availability')!.source);
    expect(tooltip).toBe('002_d2e8851c35a8764a.txt — 5.4 Availability in Numbers\n99.95% — the app tier in the worked request path');
  });

  it('the tooltip adds the note under the fact, and shows a note alone where the text gives no figure', () => {
    expect(describeSource(defaults.component('k-load-balancer-l7', 'p99Ms')!.source).split('\n')).toEqual([
      '002_d2e8851c35a8764a.txt — 5.2 Latency Numbers Every Programmer Should Know',
      '5-10 ms — TLS, load balancer and ingress together, in a 200 ms p99 budget',
      'The 200 ms budget gives TLS + LB + ingress 5-10 ms; one edge hop takes the low end.',
    ]);
    expect(describeSource(defaults.entry('users', 'rps')!.source)).toBe(
      '../design/analysis-model.md — The graph\nNo load until you give one: requests/s here, or DAU × actions × peak factor.',
    );
  });
});
