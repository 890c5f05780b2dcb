// Every default the inspector shows names a source that exists: the quote is in the cited text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOG } from '@napkin/catalog';
import { componentParamsSchema } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import { callDefault, componentDefault, describeSource, entryDefault, traitsOf, zoneDefault } from './defaults';
import type { FieldDefault } from './defaults';
import { CALL_FIELDS, ENTRY_FIELDS, SERVER_PARAMS, TRAIT_PARAMS } from './fieldSpecs';
import { parseField } from './parseField';
import type { Validator } from './parseField';

const SHARED = fileURLToPath(new URL('../../../../../shared/', import.meta.url));
const textOf = (seed: string) =>
  readFileSync(seed.startsWith('shared/') ? `${SHARED}${seed.slice('shared/'.length)}` : `${SHARED}seeds/${seed}`, 'utf8').replace(/\s+/g, ' ');

function expectQuoted(fallback: FieldDefault | undefined, what: string) {
  expect(fallback, what).toBeDefined();
  const { source } = fallback!;
  expect(textOf(source.seed), `${what}: section`).toContain(source.section);
  if (source.quote) expect(textOf(source.seed), `${what}: quote`).toContain(source.quote);
}

describe('inspector defaults', () => {
  it('every entry-point and call default cites a quote that is in its text', () => {
    for (const spec of ENTRY_FIELDS) if (spec.key !== 'dau') expectQuoted(entryDefault(spec.key), `entry.${spec.key}`);
    for (const spec of CALL_FIELDS) if (callDefault(spec.key)) expectQuoted(callDefault(spec.key), `call.${spec.key}`);
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
    expectQuoted(fallback, 'relational-primary.readReplicas');
    expect(fallback?.source.section).toBe('10.1 Replication');
    const validator = (componentParamsSchema.shape as unknown as Record<string, Validator>).readReplicas;
    expect(parseField(spec, '1', validator)).toEqual({ ok: true, value: 1 });
    expect(parseField(spec, '1.5', validator)).toEqual({ ok: false, message: 'Read replicas must be at least 0 and at most 1,000 (a whole number)' });
    expect(parseField(spec, '-1', validator)).toMatchObject({ ok: false });
  });

  it('a zone falls back to its level’s availability, and the tooltip names seed, section and quote', () => {
    const az = zoneDefault('availability-zone', 'availability')!;
    expect(az.value).toBe(0.9995);
    const tooltip = describeSource(componentDefault('stateless-service', 'availability')!.source);
    expect(tooltip).toContain('002_d2e8851c35a8764a.txt');
    expect(tooltip).toContain('App (99.95%)');
  });
});
