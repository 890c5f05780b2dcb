// The what-if flag each component wears in the picture, as on the board: its own mark (down, or slowed
// by a factor), else its zone's (a zone it sits in, directly or further out, is down in the what-if),
// else an entry point's surge (its traffic times a factor).
import type { BoardFile } from '@napkin/fields';

export function whatIfFlags(file: BoardFile): ReadonlyMap<string, string> {
  const zones = new Map(file.zones.map((zone) => [zone.id, zone]));
  const flags = new Map<string, string>();
  for (const component of file.components) {
    if (component.whatIf?.down === true) flags.set(component.id, 'WHAT-IF: DOWN');
    else if (component.whatIf?.slowFactor !== undefined && component.whatIf.slowFactor > 1) flags.set(component.id, `WHAT-IF: ${component.whatIf.slowFactor}× SLOW`);
    else if (inDownZone(component.zone, zones)) flags.set(component.id, 'WHAT-IF: ZONE DOWN');
    else if (component.whatIf?.trafficFactor !== undefined && component.whatIf.trafficFactor > 1) flags.set(component.id, `WHAT-IF: TRAFFIC ×${component.whatIf.trafficFactor}`);
  }
  return flags;
}

function inDownZone(start: string | undefined, zones: ReadonlyMap<string, { down?: boolean | undefined; parent?: string | undefined }>): boolean {
  for (let id = start, steps = 0; id !== undefined && steps <= zones.size; steps += 1) {
    const zone = zones.get(id);
    if (zone === undefined) return false;
    if (zone.down === true) return true;
    id = zone.parent;
  }
  return false;
}
