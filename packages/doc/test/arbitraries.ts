// Random boards for property tests, drawn from the field declarations of `@napkin/fields`: every
// declared field, over its whole declared range (bounds included), so a field added there is exercised
// here without a line changed. Two shapes: a document's content (ids, geometry and all) and a board file
// as a hand-written one looks (zone membership by id, no layout), both valid.
import type { BoardFile, Field, Fields } from '@napkin/fields';
import {
  annotationFields,
  boardMetaFields,
  callOptionalFields,
  callLabelFields,
  CALL_MODES,
  componentParamFields,
  componentPositionFields,
  componentScalarFields,
  entryFields,
  whatIfFields,
  ZONE_LEVELS,
  zoneOptionalFields,
  zoneRectangleFields,
} from '@napkin/fields';
import fc from 'fast-check';

/** Catalog kinds the engine knows, and one it does not (kept by the document, skipped by the engine). */
const KINDS = ['web-client', 'stateless-service', 'relational-primary', 'in-memory-cache', 'message-queue', 'worker', 'consensus-store', 'load-balancer-l7', 'key-value-store', 'quantum-database'];

/** JSON has no -0; a file written and read back would turn it into 0. */
const noNegativeZero = (value: number) => (Object.is(value, -0) ? 0 : value);

export function valueOf(field: Field): fc.Arbitrary<unknown> {
  switch (field.type) {
    case 'number': {
      const bounds = [...(field.minExclusive ? [] : [field.min]), field.max];
      if (!field.integer) {
        const inside = fc.double({ min: field.min, max: field.max, minExcluded: field.minExclusive === true, noNaN: true }).map(noNegativeZero);
        return fc.oneof({ arbitrary: inside, weight: 4 }, { arbitrary: fc.constantFrom(...bounds), weight: 1 });
      }
      const low = Math.max(field.min + (field.minExclusive ? 1 : 0), -(2 ** 31));
      const anywhere = fc.integer({ min: low, max: Math.min(field.max, 2 ** 31 - 1) });
      // Mostly small counts: the engine's availability sums over instances, so a million of them on every
      // component would make each run slow without finding anything a few of them would not.
      const small = fc.integer({ min: low, max: Math.min(field.max, low + 8) });
      return fc.oneof({ arbitrary: small, weight: 8 }, { arbitrary: anywhere, weight: 1 }, { arbitrary: fc.constantFrom(...bounds), weight: 1 });
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...field.options.map((option) => option.value));
    case 'text':
      // A patterned field (a spread's `zone:count` list) has its own language: generate from it.
      if (field.pattern) return fc.stringMatching(field.pattern).filter((text) => text.length <= field.maxLength);
      return fc.oneof(
        { arbitrary: fc.string({ minLength: field.minLength, maxLength: Math.min(field.maxLength, 12) }), weight: 4 },
        { arbitrary: fc.constant('é'.repeat(field.maxLength)), weight: 1 },
      );
    default: {
      const unknown: never = field;
      return unknown;
    }
  }
}

/** Some of the fields, each with a valid value. */
export function someOf(fields: Fields): fc.Arbitrary<Record<string, unknown>> {
  const arbitraries = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, valueOf(field)]));
  return fc.record(arbitraries, { requiredKeys: [] });
}

/** Not an id (ids have no spaces): stands for "in no zone" among the choices. */
const NO_ZONE = ' ';

const nonEmpty = (record: Record<string, unknown>) => (Object.keys(record).length > 0 ? record : undefined);
/** A name a file can carry: an empty one is the same as none, and a file says that by leaving it out. */
const fileName = (name: unknown) => (name === '' ? undefined : name);

export const idArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
const ids = (maxLength: number) => fc.uniqueArray(idArbitrary, { maxLength }).map((list) => [...list].sort());

/** Near the origin most of the time, so components often land in zones; anywhere now and then. */
const place = fc.oneof(fc.integer({ min: 0, max: 1200 }), valueOf(componentPositionFields.x));
const size = fc.oneof(fc.integer({ min: 1, max: 1200 }), valueOf(zoneRectangleFields.width));

export interface DocContent {
  readonly meta: { title?: string; createdAt?: number };
  readonly components: Record<string, unknown>[];
  readonly calls: Record<string, unknown>[];
  readonly zones: Record<string, unknown>[];
  readonly annotations: Record<string, unknown>[];
}

/** What peers could have written into a document: every entry valid, every call between two components. */
export const docContent: fc.Arbitrary<DocContent> = fc
  .record({ componentIds: ids(6), callIds: ids(8), zoneIds: ids(4), annotationIds: ids(2) })
  .chain(({ componentIds, callIds, zoneIds, annotationIds }) =>
    fc.record({
      meta: someOf(boardMetaFields),
      components: fc.tuple(
        ...componentIds.map((id) =>
          fc.record({ kind: fc.constantFrom(...KINDS), x: place, y: place, scalars: someOf(componentScalarFields), params: someOf(componentParamFields), entry: someOf(entryFields), whatIf: someOf(whatIfFields) })
            .map(({ scalars, ...component }) => ({ id, ...scalars, ...component })),
        ),
      ),
      calls: componentIds.length < 2 ? fc.constant([]) : fc.tuple(...callIds.map((id) => callBetween(id, componentIds))),
      zones: fc.tuple(
        ...zoneIds.map((id) =>
          fc.record({ level: fc.constantFrom(...ZONE_LEVELS), x: place, y: place, width: size, height: size, optional: someOf(zoneOptionalFields) })
            .map(({ optional, ...zone }) => ({ id, ...optional, ...zone })),
        ),
      ),
      annotations: fc.tuple(...annotationIds.map((id) => someOf(annotationFields).map((fields) => ({ id, text: '', x: 0, y: 0, ...fields })))),
    }),
  );

function callBetween(id: string, componentIds: readonly string[]) {
  return fc
    .record({
      ends: fc.uniqueArray(fc.constantFrom(...componentIds), { minLength: 2, maxLength: 2 }),
      mode: fc.constantFrom(...CALL_MODES),
      optional: someOf({ ...callOptionalFields, ...callLabelFields }),
    })
    .map(({ ends: [from, to], mode, optional }) => ({ id, from, to, mode, ...optional }));
}

/** A valid board file without layout, entries in id order (the order a document exports them in). */
export const boardFile: fc.Arbitrary<BoardFile> = fc
  .record({ componentIds: ids(6), callIds: ids(8), zoneIds: ids(5), title: valueOf(boardMetaFields.title), createdAt: fc.option(fc.integer({ min: 1, max: 2 ** 31 })) })
  .chain(({ componentIds, callIds, zoneIds, title, createdAt }) =>
    fc.record({
      components: fc.tuple(
        ...componentIds.map((id) =>
          fc
            .record({ kind: fc.constantFrom(...KINDS), zone: fc.option(fc.constantFrom(...zoneIds, NO_ZONE)), scalars: someOf(componentScalarFields), params: someOf(componentParamFields), entry: someOf(entryFields), whatIf: someOf(whatIfFields) })
            .map(({ kind, zone, scalars, params, entry, whatIf }) =>
              withoutUndefined({ id, kind, ...scalars, name: fileName(scalars.name), zone: zone === NO_ZONE || zone === null ? undefined : zone, params: nonEmpty(params), entry: nonEmpty(entry), whatIf: nonEmpty(whatIf) }),
            ),
        ),
      ),
      calls: componentIds.length < 2 ? fc.constant([]) : fc.tuple(...callIds.map((id) => callBetween(id, componentIds))),
      // A parent is always a zone earlier in the list, so parents never form a loop.
      zones: fc.tuple(
        ...zoneIds.map((id, index) =>
          fc
            .record({ level: fc.constantFrom(...ZONE_LEVELS), parent: fc.option(fc.constantFrom(...zoneIds.slice(0, index), NO_ZONE)), optional: someOf(zoneOptionalFields) })
            .map(({ level, parent, optional }) => withoutUndefined({ id, level, ...optional, name: fileName(optional.name), parent: parent === NO_ZONE || parent === null ? undefined : parent })),
        ),
      ),
    }).map((parts) => withoutUndefined({ format: 'napkin-board', version: 1, title: fileName(title), createdAt: createdAt ?? undefined, ...parts }) as unknown as BoardFile),
  );

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
