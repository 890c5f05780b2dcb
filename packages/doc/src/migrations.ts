// Named, versioned migrations of the Yjs layout. Each one is idempotent and deterministic (it derives
// everything it writes from what is already there, never from fresh ids or clocks), so two peers that
// migrate the same document concurrently write the same values and their updates merge without duplicates.
import * as Y from 'yjs';
import { isRecord } from './fields.js';
import { boardMaps, SCHEMA_VERSION } from './layout.js';
import type { BoardMaps } from './layout.js';

export interface Migration {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  /** Rewrites the document in place; returns how many entries it changed. Must be idempotent. */
  up(maps: BoardMaps): number;
}

/**
 * v0 kept a component's position as one `position: {x, y}` object. Replacing a whole object on every move
 * meant a concurrent edit of the other coordinate was lost; v1 stores `x` and `y` as two scalar fields.
 */
export const splitPositionIntoXY: Migration = {
  name: 'v0→v1 split component position into x, y',
  from: 0,
  to: 1,
  up(maps) {
    let changed = 0;
    for (const component of maps.components.values()) {
      if (!(component instanceof Y.Map) || !component.has('position')) continue;
      const position: unknown = component.get('position');
      if (isRecord(position)) {
        if (!component.has('x')) component.set('x', position.x);
        if (!component.has('y')) component.set('y', position.y);
      }
      component.delete('position');
      changed += 1;
    }
    return changed;
  },
};

/** In order; `migrate` runs those whose `from` is at or above the document's version. */
export const MIGRATIONS: readonly Migration[] = [splitPositionIntoXY];

/** Origin of migration transactions, so undo managers never track (and never revert) a migration. */
export const MIGRATION_ORIGIN = 'napkin:migration';

export type MigrationReport =
  | { kind: 'up-to-date'; version: number }
  | { kind: 'migrated'; from: number; to: number; applied: Array<{ name: string; changed: number }> }
  /** Written by newer code: left untouched (never downgrade a document someone else is using). */
  | { kind: 'newer'; found: number; supported: number };

export interface MigrateOptions {
  /** Clock for `meta.createdAt` of a document that has none (injectable for deterministic tests). */
  now?: () => number;
  migrations?: readonly Migration[];
}

/**
 * Brings a document to SCHEMA_VERSION in one transaction. Call it after the first sync with the server, so
 * the version it reads is the shared one (migrating an empty, not yet synced copy would stamp it current).
 */
export function migrate(ydoc: Y.Doc, options: MigrateOptions = {}): MigrationReport {
  const maps = boardMaps(ydoc);
  const stored: unknown = maps.meta.get('schemaVersion');
  const from = typeof stored === 'number' && Number.isInteger(stored) && stored >= 0 ? stored : 0;
  if (from > SCHEMA_VERSION) return { kind: 'newer', found: from, supported: SCHEMA_VERSION };
  const needsCreatedAt = typeof maps.meta.get('createdAt') !== 'number';
  if (from === SCHEMA_VERSION && stored === from && !needsCreatedAt) return { kind: 'up-to-date', version: from };

  const pending = (options.migrations ?? MIGRATIONS).filter((migration) => migration.from >= from);
  const applied: Array<{ name: string; changed: number }> = [];
  ydoc.transact(() => {
    for (const migration of pending) applied.push({ name: migration.name, changed: migration.up(maps) });
    maps.meta.set('schemaVersion', SCHEMA_VERSION);
    if (needsCreatedAt) maps.meta.set('createdAt', Math.floor((options.now ?? Date.now)()));
  }, MIGRATION_ORIGIN);
  return { kind: 'migrated', from, to: SCHEMA_VERSION, applied };
}
