// Export of a snapshot to the board JSON format that `@napkin/analysis` reads (the engine's input and the
// app's "export" file). The analysis package owns the real type and its zod schema; this is a local mirror
// of its shape so the document does not depend on the engine.
import { withoutUndefined } from './fields.js';
import type { CallMode, ComponentParams, EntryLoad, TrafficClass, WhatIf, ZoneLevel } from './schema.js';
import type { BoardSnapshot, BoardZone } from './types.js';

export interface BoardFileComponent {
  id: string;
  kind: string;
  name?: string;
  instances?: number;
  /** Id of the innermost zone containing the component's position. */
  zone?: string;
  params?: ComponentParams;
  entry?: EntryLoad;
  whatIf?: WhatIf;
}

export interface BoardFileCall {
  id: string;
  from: string;
  to: string;
  mode: CallMode;
  callsPerRequest?: number;
  fraction?: number;
  parallelGroup?: string;
  traffic?: TrafficClass;
  timeoutMs?: number;
  retries?: number;
  backoff?: boolean;
  optional?: boolean;
}

export interface BoardFileZone {
  id: string;
  level: ZoneLevel;
  name?: string;
  /** Id of the smallest other zone whose rectangle contains this one. */
  parent?: string;
  availability?: number;
}

export interface BoardFileJson {
  format: 'napkin-board';
  version: 1;
  title?: string;
  components: BoardFileComponent[];
  calls: BoardFileCall[];
  zones: BoardFileZone[];
}

export function toBoardFile(snapshot: BoardSnapshot): BoardFileJson {
  // Smallest first, so the first containing zone found is the innermost; ties broken by id for determinism.
  const zonesBySize = [...snapshot.zones].sort((a, b) => area(a) - area(b) || a.id.localeCompare(b.id));
  return withoutUndefined({
    format: 'napkin-board' as const,
    version: 1 as const,
    title: snapshot.meta.title || undefined,
    components: snapshot.components.map((component) =>
      withoutUndefined({
        id: component.id,
        kind: component.kind,
        name: component.name || undefined,
        instances: component.instances,
        zone: zonesBySize.find((zone) => containsPoint(zone, component.x, component.y))?.id,
        params: Object.keys(component.params).length > 0 ? component.params : undefined,
        entry: component.entry,
        whatIf: component.whatIf,
      }),
    ),
    calls: snapshot.calls.map(({ label: _label, ...call }) => withoutUndefined(call)),
    zones: snapshot.zones.map((zone) =>
      withoutUndefined({
        id: zone.id,
        level: zone.level,
        name: zone.name || undefined,
        parent: parentOf(zone, zonesBySize),
        availability: zone.availability,
      }),
    ),
  });
}

/**
 * Only zones later in the (area, id) order can be parents, so two identical rectangles nest one way and the
 * parent relation can never form a cycle.
 */
function parentOf(zone: BoardZone, zonesBySize: BoardZone[]): string | undefined {
  const rank = zonesBySize.indexOf(zone);
  return zonesBySize.slice(rank + 1).find((other) => containsZone(other, zone))?.id;
}

function area(zone: BoardZone): number {
  return zone.width * zone.height;
}

function containsPoint(zone: BoardZone, x: number, y: number): boolean {
  return x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height;
}

function containsZone(outer: BoardZone, inner: BoardZone): boolean {
  return containsPoint(outer, inner.x, inner.y) && containsPoint(outer, inner.x + inner.width, inner.y + inner.height);
}
