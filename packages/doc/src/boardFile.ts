// Export of a snapshot to the board file (`@napkin/fields`): the engine's input, and with its layout the
// whole board, so importing the file (`importBoardFile`) gives the same document back. Zone membership is
// what the document draws: each component is in the innermost zone containing its corner.
import type { BoardFile, BoardFileAnnotation, BoardFileCall, BoardFileComponent, BoardFileZone } from '@napkin/fields';
import { BOARD_FORMAT, BOARD_VERSION } from '@napkin/fields';
import { withoutUndefined } from './fields.js';
import type { BoardSnapshot, BoardZone } from './types.js';
import { ZoneMembership } from './zoneGeometry.js';

export function toBoardFile(snapshot: BoardSnapshot): BoardFile {
  const membership = new ZoneMembership<BoardZone>(snapshot.zones);
  const components = snapshot.components.map(
    ({ id, kind, name, instances, spread, x, y, params, entry, whatIf }): BoardFileComponent =>
      withoutUndefined({
        id,
        kind,
        name: name || undefined,
        instances,
        spread,
        zone: membership.zoneOf(x, y)?.id,
        params: Object.keys(params).length > 0 ? params : undefined,
        entry,
        whatIf,
        x,
        y,
      }),
  );
  const calls = snapshot.calls.map((call): BoardFileCall => withoutUndefined({ ...call }));
  const zones = snapshot.zones.map(
    (zone): BoardFileZone =>
      withoutUndefined({
        ...zone,
        name: zone.name || undefined,
        parent: membership.parentOf(zone)?.id,
      }),
  );
  const annotations = snapshot.annotations.map((annotation): BoardFileAnnotation => ({ ...annotation }));
  const { title, createdAt } = snapshot.meta;
  return withoutUndefined({
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    title: title || undefined,
    // 0 is the document's "not known"; a file says that by leaving the field out.
    createdAt: createdAt > 0 ? createdAt : undefined,
    components,
    calls,
    zones,
    annotations: annotations.length > 0 ? annotations : undefined,
  }) as BoardFile;
}
