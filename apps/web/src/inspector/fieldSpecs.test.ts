// The inspector's displayed ranges must say exactly what the document accepts: at each bound the
// schema agrees (accepts the bound, refuses just past it), so a message never contradicts a refusal.
import { callPatchSchema, componentParamsSchema, componentPatchSchema, entryLoadSchema, zonePatchSchema } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './fieldSpecs';
import { BEHAVIOUR_PARAMS, CALL_FIELDS, ENTRY_FIELDS, INSTANCES, SERVER_PARAMS, TRAIT_PARAMS, ZONE_FIELDS } from './fieldSpecs';
import { parseField } from './parseField';
import type { Validator } from './parseField';

const shapes = (schema: { shape: object }) => schema.shape as unknown as Record<string, Validator>;
const groups: [string, readonly FieldSpec[], Record<string, Validator>][] = [
  ['params', [...SERVER_PARAMS, ...TRAIT_PARAMS, ...BEHAVIOUR_PARAMS], shapes(componentParamsSchema)],
  ['instances', [INSTANCES], shapes(componentPatchSchema)],
  ['entry', ENTRY_FIELDS, shapes(entryLoadSchema)],
  ['call', CALL_FIELDS, shapes(callPatchSchema)],
  ['zone', ZONE_FIELDS, shapes(zonePatchSchema)],
];

describe('field specs', () => {
  for (const [group, specs, validators] of groups) {
    it(`${group}: every field has a schema, and numeric ranges match it at both bounds`, () => {
      for (const spec of specs) {
        const validator = validators[spec.key];
        expect(validator, `${group}.${spec.key}`).toBeDefined();
        if (spec.type !== 'number' || validator === undefined) continue;
        const scale = spec.scale ?? 1;
        const step = spec.integer ? 1 : Math.max(1e-9, spec.max * 1e-9);
        expect(validator.safeParse(spec.minExclusive ? spec.min / scale + 1e-9 : spec.min / scale).success, `${spec.key} min`).toBe(true);
        expect(validator.safeParse(spec.minExclusive ? spec.min / scale : (spec.min - step) / scale).success, `${spec.key} below min`).toBe(false);
        expect(validator.safeParse(spec.max / scale).success, `${spec.key} max`).toBe(true);
        expect(validator.safeParse((spec.max + step * Math.max(1, spec.max * 1e-6)) / scale).success, `${spec.key} above max`).toBe(false);
      }
    });
  }

  it('covers every parameter the document defines for components, entry points, calls and zones', () => {
    const keys = (specs: readonly FieldSpec[]) => specs.map((spec) => spec.key).sort();
    expect(keys([...SERVER_PARAMS, ...TRAIT_PARAMS, ...BEHAVIOUR_PARAMS])).toEqual(Object.keys(componentParamsSchema.shape).sort());
    expect(keys(ENTRY_FIELDS)).toEqual(Object.keys(entryLoadSchema.shape).sort());
    expect(keys(CALL_FIELDS)).toEqual(Object.keys(callPatchSchema.shape).sort());
    expect(keys(ZONE_FIELDS)).toEqual(['availability', 'continent', 'down', 'level', 'name']);
  });
});

describe('parseField', () => {
  const availability = SERVER_PARAMS.find((spec) => spec.key === 'availability')!;
  const capacity = SERVER_PARAMS.find((spec) => spec.key === 'capacityRps')!;
  const validator = shapes(componentParamsSchema);

  it('turns a percentage into the stored probability without float noise', () => {
    expect(parseField(availability, '99.95', validator.availability)).toEqual({ ok: true, value: 0.9995 });
    expect(parseField(availability, '99.9 %', validator.availability)).toEqual({ ok: true, value: 0.999 });
  });

  it('reads grouped thousands', () => {
    expect(parseField(capacity, '10,000', validator.capacityRps)).toEqual({ ok: true, value: 10_000 });
  });

  it('refuses out-of-range values with a message in the units the user sees', () => {
    expect(parseField(availability, '150', validator.availability)).toEqual({
      ok: false,
      message: 'Availability per instance must be at least 0 and at most 100 %',
    });
    expect(parseField(capacity, '0', validator.capacityRps)).toMatchObject({ ok: false, message: expect.stringContaining('more than 0') });
    expect(parseField(capacity, 'fast', validator.capacityRps)).toMatchObject({ ok: false, message: '“fast” is not a number' });
  });

  it('reads an emptied number field as "back to the default" (no value), not as an error', () => {
    expect(parseField(capacity, '  ', validator.capacityRps)).toEqual({ ok: true, value: undefined });
  });

  it('reads numbers as people type them, in the units on screen', () => {
    expect(parseField(capacity, '2k', validator.capacityRps)).toEqual({ ok: true, value: 2000 });
    expect(parseField(availability, '99.95%', validator.availability)).toEqual({ ok: true, value: 0.9995 });
    const p99 = SERVER_PARAMS.find((spec) => spec.key === 'p99Ms')!;
    expect(parseField(p99, '1s', validator.p99Ms)).toEqual({ ok: true, value: 1000 });
  });

  it('clears a text field that was emptied, and checks choices', () => {
    const group = CALL_FIELDS.find((spec) => spec.key === 'parallelGroup')!;
    const mode = CALL_FIELDS.find((spec) => spec.key === 'mode')!;
    expect(parseField(group, '  ', shapes(callPatchSchema).parallelGroup)).toEqual({ ok: true, value: undefined });
    expect(parseField(mode, 'async', shapes(callPatchSchema).mode)).toEqual({ ok: true, value: 'async' });
    expect(parseField(mode, 'carrier-pigeon', shapes(callPatchSchema).mode)).toMatchObject({ ok: false });
  });
});

describe('parseField with a rule across fields', () => {
  it('passes the validator’s own message through when the value is inside the displayed range', () => {
    const p50 = SERVER_PARAMS.find((spec) => spec.key === 'p50Ms')!;
    const refusesAbove25: Validator = {
      safeParse: (value) =>
        typeof value === 'number' && value <= 25 ? { success: true } : { success: false, error: { issues: [{ message: 'p50 must not be above p99 (25 ms)' }] } },
    };
    expect(parseField(p50, '40', refusesAbove25)).toEqual({ ok: false, message: 'p50 must not be above p99 (25 ms)' });
    expect(parseField(p50, '-1', shapes(componentParamsSchema).p50Ms)).toMatchObject({ ok: false, message: expect.stringContaining('at least 0') });
  });
});
