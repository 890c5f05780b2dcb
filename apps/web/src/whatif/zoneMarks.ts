// A zone marked down in the shared what-if (`down` on the zone, beside components' `whatIf.down`): the
// zone, the zones nested in it and every component instance inside them are lost. What the canvas needs
// to show it: which frames are down (directly or through a frame around them) and how much of each
// component that takes out, counted over the zones it runs in (its spread, else the frame it is drawn in).
import type { Board, BoardSnapshot, BoardZone, ZoneId } from '@napkin/doc';
import type { Spread } from '../spread/spread';

export function markedZones(snapshot: BoardSnapshot): readonly BoardZone[] {
  return snapshot.zones.filter((zone) => zone.down === true);
}

/** One transaction; clearing writes unset (the declared default), not `false`. */
export function setZoneDown(board: Board, zoneId: ZoneId, down: boolean): void {
  board.updateZone(zoneId, { down: down ? true : undefined });
}

/**
 * Zones down directly or inside a down zone. `parentOf` is the containment the board file derives from
 * geometry; the walk is bounded by the zone count, so a malformed chain cannot loop.
 */
export function downZoneIds(zones: readonly BoardZone[], parentOf: ReadonlyMap<string, string | undefined>): ReadonlySet<string> {
  const direct = new Set<string>(zones.filter((zone) => zone.down === true).map((zone) => zone.id));
  const down = new Set<string>();
  if (direct.size === 0) return down;
  for (const zone of zones) {
    let at: string | undefined = zone.id;
    for (let depth = 0; at !== undefined && depth <= zones.length; depth++) {
      if (direct.has(at)) {
        down.add(zone.id);
        break;
      }
      at = parentOf.get(at);
    }
  }
  return down;
}

/** How much of a component the down zones take: `lost` of its `of` zones (0 of 0: not in any zone). */
export interface ZoneLoss {
  readonly lost: number;
  readonly of: number;
}

export function zoneLoss(spread: Spread, drawnIn: string | undefined, down: ReadonlySet<string>): ZoneLoss {
  const zones = spread.entries.length > 0 ? spread.entries.map((entry) => entry.zone) : drawnIn === undefined ? [] : [drawnIn];
  return { lost: zones.filter((zone) => down.has(zone)).length, of: zones.length };
}

export function describeZoneLoss({ lost, of }: ZoneLoss): string | null {
  if (lost === 0) return null;
  return lost === of ? 'ZONE DOWN' : `${lost} OF ${of} ZONES DOWN`;
}
