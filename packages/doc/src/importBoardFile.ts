// Import of a board file into a document: the inverse of `toBoardFile`. Ids, fields and layout are
// written as the file gives them, so a file exported from a document imports into the same document. A
// file without a complete layout (version 1 files written by hand) is laid out from its zone membership
// (`layOutBoard` of `@napkin/fields`). What a document cannot hold is left out and reported: a call whose endpoint is missing
// or that joins a component to itself, a zone reference that names no zone or closes a loop.
import type { BoardFile, BoardFileComponent, BoardFileZone, Layout } from '@napkin/fields';
import { layOutBoard } from '@napkin/fields';
import * as Y from 'yjs';
import { withoutUndefined } from './fields.js';
import { boardMaps, COMPONENT_GROUPS, SCHEMA_VERSION, writeFields } from './layout.js';

export type ImportProblem =
  | { readonly kind: 'dangling-call'; readonly id: string; readonly missing: readonly string[] }
  | { readonly kind: 'self-call'; readonly id: string }
  | { readonly kind: 'unknown-zone'; readonly collection: 'components' | 'zones'; readonly id: string; readonly zone: string }
  | { readonly kind: 'zone-cycle'; readonly id: string; readonly parent: string };

export interface ImportReport {
  /** `file`: the file's own positions and rectangles; `computed`: it had none (or not for every element). */
  readonly layout: 'file' | 'computed';
  readonly problems: readonly ImportProblem[];
}

/**
 * Writes `file` into `ydoc` in one transaction (origin `origin`). Meant for a new, empty document: entries
 * with the file's ids are replaced, anything else already there is left alone.
 */
export function importBoardFile(ydoc: Y.Doc, file: BoardFile, origin: unknown = null): ImportReport {
  const problems: ImportProblem[] = [];
  const zoneIds = new Set(file.zones.map((zone) => zone.id));
  const zones = file.zones.map((zone) => ({ ...zone, parent: checkedParent(zone, file.zones, zoneIds, problems) }));
  const components = file.components.map((component) => ({ ...component, zone: checkedZone(component, zoneIds, problems) }));
  const componentIds = new Set(components.map((component) => component.id));
  const calls = file.calls.filter((call) => {
    const missing = [call.from, call.to].filter((end) => !componentIds.has(end));
    if (missing.length > 0) problems.push({ kind: 'dangling-call', id: call.id, missing });
    else if (call.from === call.to) problems.push({ kind: 'self-call', id: call.id });
    return missing.length === 0 && call.from !== call.to;
  });
  const complete = components.every(hasPosition) && zones.every(hasRectangle);
  const computed: Layout | undefined = complete ? undefined : layOutBoard({ components, zones });

  const maps = boardMaps(ydoc);
  ydoc.transact(() => {
    writeFields(maps.meta, { schemaVersion: SCHEMA_VERSION, title: file.title, createdAt: file.createdAt });
    for (const { id, zone: _zone, params, entry, whatIf, x, y, ...scalars } of components) {
      const fields = insert(maps.components, id, { ...scalars, ...(computed?.components.get(id) ?? { x, y }) });
      // Every group exists from the start, as `Board.addComponent` makes them (see layout.ts).
      const groups = { params, entry, whatIf };
      for (const group of COMPONENT_GROUPS) {
        const map = new Y.Map<unknown>();
        fields.set(group, map);
        writeFields(map, groups[group] ?? {});
      }
    }
    for (const { id, ...call } of calls) insert(maps.calls, id, call);
    for (const { id, parent: _parent, x, y, width, height, ...zone } of zones) {
      insert(maps.zones, id, { ...zone, ...(computed?.zones.get(id) ?? { x, y, width, height }) });
    }
    for (const { id, ...annotation } of file.annotations ?? []) insert(maps.annotations, id, annotation);
  }, origin);
  return { layout: computed ? 'computed' : 'file', problems };
}

function insert(collection: Y.Map<Y.Map<unknown>>, id: string, values: Record<string, unknown>): Y.Map<unknown> {
  const fields = new Y.Map<unknown>();
  collection.set(id, fields);
  writeFields(fields, withoutUndefined(values));
  return fields;
}

function hasPosition(component: BoardFileComponent): boolean {
  return component.x !== undefined && component.y !== undefined;
}

function hasRectangle(zone: BoardFileZone): boolean {
  return zone.x !== undefined && zone.y !== undefined && zone.width !== undefined && zone.height !== undefined;
}

function checkedZone(component: BoardFileComponent, zoneIds: ReadonlySet<string>, problems: ImportProblem[]): string | undefined {
  if (component.zone === undefined || zoneIds.has(component.zone)) return component.zone;
  problems.push({ kind: 'unknown-zone', collection: 'components', id: component.id, zone: component.zone });
  return undefined;
}

/** A parent that names no zone, the zone itself, or closes a loop of parents is dropped (in file order). */
function checkedParent(zone: BoardFileZone, all: readonly BoardFileZone[], zoneIds: ReadonlySet<string>, problems: ImportProblem[]): string | undefined {
  const { parent } = zone;
  if (parent === undefined) return undefined;
  if (!zoneIds.has(parent)) {
    problems.push({ kind: 'unknown-zone', collection: 'zones', id: zone.id, zone: parent });
    return undefined;
  }
  const parentOf = new Map(all.map((other) => [other.id, other.parent]));
  // The first zone of a loop (in file order) loses its link; the others then keep theirs.
  const cut = new Set(problems.flatMap((problem) => (problem.kind === 'zone-cycle' ? [problem.id] : [])));
  const seen = new Set<string>();
  for (let current: string | undefined = parent; current !== undefined && !seen.has(current); current = cut.has(current) ? undefined : parentOf.get(current)) {
    if (current === zone.id) {
      problems.push({ kind: 'zone-cycle', id: zone.id, parent });
      return undefined;
    }
    seen.add(current);
  }
  return parent;
}
