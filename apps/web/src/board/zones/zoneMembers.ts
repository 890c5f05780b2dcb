// What moves with a frame: the components whose top-left corner it contains (the rule `toBoardFile`
// uses for placement) and the frames nested wholly inside it. Pure, so unit-tested.
import type { BoardComponent, BoardSnapshot, BoardZone } from '@napkin/doc';
import type { Rect } from './zoneFlow';

export interface ZoneMembers {
  readonly components: readonly BoardComponent[];
  readonly zones: readonly BoardZone[];
}

export function membersOf(zoneId: string, rect: Rect, snapshot: BoardSnapshot): ZoneMembers {
  return {
    components: snapshot.components.filter((component) => containsPoint(rect, component.x, component.y)),
    zones: snapshot.zones.filter(
      (zone) => zone.id !== zoneId && containsPoint(rect, zone.x, zone.y) && containsPoint(rect, zone.x + zone.width, zone.y + zone.height),
    ),
  };
}

function containsPoint(rect: Rect, x: number, y: number): boolean {
  return x >= rect.x && x <= rect.x + rect.width && y >= rect.y && y <= rect.y + rect.height;
}

/** A draft that only moved the frame (same size): the offset its members follow, else null. */
export function moveOffset(doc: Rect, draft: Rect): { dx: number; dy: number } | null {
  if (draft.width !== doc.width || draft.height !== doc.height) return null;
  const dx = draft.x - doc.x;
  const dy = draft.y - doc.y;
  return dx === 0 && dy === 0 ? null : { dx, dy };
}
