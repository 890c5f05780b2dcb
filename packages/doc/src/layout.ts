// The Yjs layout of a board (see README "Layout"). Every collection is a top-level Y.Map keyed by id whose
// values are Y.Maps of fields, so two users editing different fields of one component both win; the nested
// groups `params`, `entry`, `whatIf` are Y.Maps too, created with the component and never replaced.
import * as Y from 'yjs';

/** The layout version this code reads and writes; `migrate` brings older documents up to it. */
export const SCHEMA_VERSION = 1;

export const COLLECTIONS = {
  components: 'components',
  calls: 'calls',
  zones: 'zones',
  annotations: 'annotations',
} as const;

export const META = 'meta';

/** Component fields holding nested Y.Maps (the rest are plain JSON scalars). */
export const COMPONENT_GROUPS = ['params', 'entry', 'whatIf'] as const;
export type ComponentGroup = (typeof COMPONENT_GROUPS)[number];

export type FieldMap = Y.Map<unknown>;
export type CollectionMap = Y.Map<FieldMap>;

export interface BoardMaps {
  meta: Y.Map<unknown>;
  components: CollectionMap;
  calls: CollectionMap;
  zones: CollectionMap;
  annotations: CollectionMap;
}

/** The top-level shared types; `getMap` is idempotent, so this allocates nothing new on repeat calls. */
export function boardMaps(ydoc: Y.Doc): BoardMaps {
  return {
    meta: ydoc.getMap<unknown>(META),
    components: ydoc.getMap<FieldMap>(COLLECTIONS.components),
    calls: ydoc.getMap<FieldMap>(COLLECTIONS.calls),
    zones: ydoc.getMap<FieldMap>(COLLECTIONS.zones),
    annotations: ydoc.getMap<FieldMap>(COLLECTIONS.annotations),
  };
}

/**
 * Writes a plain object into a field map: `undefined` deletes the key, anything else sets it. Unchanged
 * values are not rewritten, so a no-op update adds nothing to the document.
 */
export function writeFields(target: FieldMap, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) {
      if (target.has(key)) target.delete(key);
    } else if (target.get(key) !== value) {
      target.set(key, value);
    }
  }
}

/** The nested Y.Map of a group, created if a peer's entry lacks it (or holds something else there). */
export function groupMap(component: FieldMap, group: ComponentGroup): FieldMap {
  const existing = component.get(group);
  if (existing instanceof Y.Map) return existing as FieldMap;
  const created = new Y.Map<unknown>();
  component.set(group, created);
  return created;
}

/** Clears every key of a group map in place (keeping the map, so concurrent writers still merge into it). */
export function clearFields(target: FieldMap): void {
  for (const key of Array.from(target.keys())) target.delete(key);
}
