// Every default the inspector shows names its source: a section of a known text and the fact it rests
// on in our words (checked against the texts by `pnpm check:citations`), and the hover says so.
import { CATALOG, PLAYBOOK_SECTIONS, SEEDS } from '@napkin/catalog';
import { componentParamsSchema } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import { CITATIONS, callDefault, componentDefault, describeSource, entryDefault, traitsOf, zoneDefault } from './defaults';
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

describe('inspector defaults', () => {
  it('every entry-point and call default cites a section and a fact or note, and check:citations gets each', () => {
    const labels = new Set(CITATIONS.map((citation) => citation.label));
    for (const spec of ENTRY_FIELDS) {
      if (spec.key === 'dau') continue;
      expectCited(entryDefault(spec.key), `entry.${spec.key}`);
      expect(labels.has(`inspector.entry.${spec.key}`), spec.key).toBe(true);
    }
    for (const spec of CALL_FIELDS) {
      if (callDefault(spec.key) === undefined) continue;
      expectCited(callDefault(spec.key), `call.${spec.key}`);
      expect(labels.has(`inspector.call.${spec.key}`), spec.key).toBe(true);
    }
  });

  it('the peak factor rests on the playbook: 5× when the workload is unknown', () => {
    const peak = entryDefault('peakFactor');
    expect(peak?.value).toBe(5);
    expect(peak?.source).toMatchObject({ seed: SEEDS.playbook, section: PLAYBOOK_SECTIONS.throughputStorage, fact: { figure: '5', unit: '×' } });
  });

  it('every component field of every kind falls back to the catalog, traits only where the kind has them', () => {
    for (const kind of CATALOG) {
      for (const spec of SERVER_PARAMS) expect(componentDefault(kind.id, spec.key), `${kind.id}.${spec.key}`).toBeDefined();
      const traits = traitsOf(kind);
      for (const spec of TRAIT_PARAMS) expect(componentDefault(kind.id, spec.key) !== undefined, `${kind.id}.${spec.key}`).toBe(traits.has(spec.key));
    }
    expect(componentDefault('no-such-kind', 'capacityRps')).toBeUndefined();
  });

  it('a relational primary edits its read replicas: whole copies from 0, default 0 sourced from 10.1 Replication', () => {
    const spec = TRAIT_PARAMS.find((field) => field.key === 'readReplicas')!;
    expect(traitsOf(CATALOG.find((kind) => kind.id === 'relational-primary')).has('readReplicas')).toBe(true);
    expect(spec).toMatchObject({ type: 'number', label: 'Read replicas', unit: '', min: 0, integer: true });
    const fallback = componentDefault('relational-primary', 'readReplicas');
    expect(fallback?.value).toBe(0);
    expectCited(fallback, 'relational-primary.readReplicas');
    expect(fallback?.source.section).toBe('10.1 Replication');
    const validator = (componentParamsSchema.shape as unknown as Record<string, Validator>).readReplicas;
    expect(parseField(spec, '1', validator)).toEqual({ ok: true, value: 1 });
    expect(parseField(spec, '1.5', validator)).toEqual({ ok: false, message: 'Read replicas must be at least 0 and at most 1,000 (a whole number)' });
    expect(parseField(spec, '-1', validator)).toMatchObject({ ok: false });
  });

  it('a zone falls back to its level’s availability, and the tooltip names text, section and the fact in our words', () => {
    const az = zoneDefault('availability-zone', 'availability')!;
    expect(az.value).toBe(0.9995);
    const tooltip = describeSource(componentDefault('stateless-service', 'availability')!.source);
    expect(tooltip).toBe('002_d2e8851c35a8764a.txt — 5.4 Availability in Numbers\n99.95% — the app tier in the worked request path');
  });

  it('the tooltip adds the note under the fact, and shows a note alone where the text gives no figure', () => {
    expect(describeSource(componentDefault('load-balancer-l7', 'p99Ms')!.source).split('\n')).toEqual([
      '002_d2e8851c35a8764a.txt — 5.2 Latency Numbers Every Programmer Should Know',
      '5-10 ms — TLS, load balancer and ingress together, in a 200 ms p99 budget',
      'The 200 ms budget gives TLS + LB + ingress 5-10 ms; one edge hop takes the low end.',
    ]);
    expect(describeSource(entryDefault('rps')!.source)).toBe(
      '../design/analysis-model.md — The graph\nNo load until you give one: requests/s here, or DAU × actions × peak factor.',
    );
  });
});
