// Puts one catalog kind on the board at a point, as one transaction (one undo step): a component on
// the nearest free spot with a unique name, or, for the zone family, a frame centred on the point.
import type { KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import type { XYPosition } from '@xyflow/react';
import { placeNewComponent, uniqueName } from '../board/newComponent';

/** A frame big enough to hold a few components. */
export const NEW_ZONE_SIZE = { width: 520, height: 340 } as const;

export type Added = { readonly type: 'component'; readonly id: string } | { readonly type: 'zone'; readonly id: string };

/**
 * `centred` says whether `at` is where the user wants the middle (a click: the view centre) or the
 * top-left corner (a drop: where the pointer let go), so a dropped box lands under the pointer.
 */
export function addKind(board: Board, snapshot: BoardSnapshot, kind: KindSpec, at: XYPosition, centred: boolean): Added {
  const level = kind.traits.zoneLevel;
  if (level !== undefined) {
    const x = Math.round(centred ? at.x - NEW_ZONE_SIZE.width / 2 : at.x);
    const y = Math.round(centred ? at.y - NEW_ZONE_SIZE.height / 2 : at.y);
    const name = uniqueName(kind.label, snapshot.zones.map((zone) => zone.name));
    return { type: 'zone', id: board.addZone({ level, x, y, ...NEW_ZONE_SIZE, name }) };
  }
  const { x, y } = centred ? placeNewComponent(at, snapshot.components) : { x: Math.round(at.x), y: Math.round(at.y) };
  const name = uniqueName(kind.label, snapshot.components.map((component) => component.name));
  return { type: 'component', id: board.addComponent({ kind: kind.id, x, y, name }) };
}
