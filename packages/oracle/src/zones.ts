// Zones as the oracle sees them: frames that fail as a unit (with everything inside them, child zones
// included), the zone each instance of a component runs in (`spread` or the one frame it is drawn in),
// and the network's round trip between instances in two zones.
import type { Placement } from '@napkin/catalog';
import { getKind, NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { BoardFileComponent, BoardFileZone } from '@napkin/fields';

export interface OracleZone {
  readonly id: string;
  readonly level: BoardFileZone['level'];
  /** Probability the frame itself is up in a request; 0 when the what-if marks it down. */
  readonly availability: number;
  /** Index of the enclosing zone, or -1. */
  readonly parent: number;
  readonly continent: string | undefined;
}

export interface ZoneTable {
  readonly zones: readonly OracleZone[];
  readonly index: ReadonlyMap<string, number>;
}

export function zoneTable(zones: readonly BoardFileZone[], errors: string[]): ZoneTable {
  const index = new Map<string, number>();
  zones.forEach((zone, i) => {
    if (!index.has(zone.id)) index.set(zone.id, i);
  });
  const table = zones.map((zone, i): OracleZone => {
    const declared = zone.parent === undefined ? -1 : (index.get(zone.parent) ?? -1);
    if (zone.parent !== undefined && (declared < 0 || declared === i)) {
      errors.push(`zones[${i}].parent: unknown zone "${zone.parent}"; ignored`);
    }
    // A zone level is a catalog kind, so an unset availability is the level's sourced default.
    const fallback = getKind(zone.level)?.defaults.availability.value ?? 1;
    return {
      id: zone.id,
      level: zone.level,
      availability: zone.down === true ? 0 : (zone.availability ?? fallback),
      parent: declared === i ? -1 : declared,
      continent: zone.continent,
    };
  });
  // A parent loop would make "is this zone up" recurse forever: cut it where it closes.
  const zonesOut = table.map((zone, i) => (closesLoop(table, i) ? { ...zone, parent: -1 } : zone));
  return { zones: zonesOut, index };
}

/** Whether following parents from `start` comes back to it (at most one step per zone). */
function closesLoop(zones: readonly OracleZone[], start: number): boolean {
  let current = zones[start]?.parent ?? -1;
  for (let step = 0; step < zones.length && current >= 0; step++) {
    if (current === start) return true;
    current = zones[current]?.parent ?? -1;
  }
  return false;
}

/** The zone and its ancestors, innermost first. */
export function zoneChain(table: ZoneTable, start: number): number[] {
  const chain: number[] = [];
  let current = start;
  while (current >= 0 && !chain.includes(current)) {
    chain.push(current);
    current = table.zones[current]?.parent ?? -1;
  }
  return chain;
}

/** Whether the what-if marks this zone, or one around it, down. */
export function zoneMarkedDown(table: ZoneTable, start: number): boolean {
  return zoneChain(table, start).some((index) => table.zones[index]?.availability === 0);
}

/**
 * The zone of every instance: a spread's zones (evenly, the remainder to the first listed, or with the
 * counts given, which then define the instance count), else the component's frame for all of them
 * (-1: no zone). Unknown zone ids in a spread are reported and left out.
 */
export function instanceZones(
  component: BoardFileComponent,
  instances: number,
  table: ZoneTable,
  where: string,
  errors: string[],
): number[] {
  const frame = component.zone === undefined ? -1 : (table.index.get(component.zone) ?? -1);
  if (component.zone !== undefined && frame < 0) errors.push(`${where}.zone: unknown zone "${component.zone}"; ignored`);
  const parts = component.spread === undefined ? [] : spreadParts(component.spread);
  const known = parts.filter((part) => {
    if (table.index.has(part.zone)) return true;
    errors.push(`${where}.spread: unknown zone "${part.zone}"; that part is ignored`);
    return false;
  });
  if (known.length === 0) return new Array<number>(instances).fill(frame);
  const zoneOf = (part: { zone: string }) => table.index.get(part.zone) ?? -1;
  if (known.some((part) => part.count !== undefined)) {
    // Counts as set; a part without a count runs one instance.
    return known.flatMap((part) => new Array<number>(part.count ?? 1).fill(zoneOf(part)));
  }
  const out: number[] = [];
  const each = Math.floor(instances / known.length);
  const remainder = instances - each * known.length;
  known.forEach((part, i) => {
    for (let k = 0; k < each + (i < remainder ? 1 : 0); k++) out.push(zoneOf(part));
  });
  return out;
}

function spreadParts(spread: string): Array<{ zone: string; count: number | undefined }> {
  return spread
    .split(/[ ,]+/)
    .filter((part) => part !== '')
    .map((part) => {
      const [zone = '', count] = part.split(':');
      return { zone, count: count === undefined ? undefined : Number(count) };
    });
}

/**
 * Round trips between an instance in one zone and an instance (of another component) in another, from
 * the playbook's latency table by the levels the two zones share: at index (from + 1) × (n + 1) + (to + 1)
 * for n zones, -1 meaning no zone (unknown levels count as shared, so a board without zones pays the
 * same-zone hop between components). 'none' makes every hop free.
 */
export function roundTrips(table: ZoneTable, network: 'catalog' | 'none'): Float64Array {
  const n = table.zones.length;
  const out = new Float64Array((n + 1) * (n + 1));
  if (network === 'none') return out;
  const where = [-1, ...table.zones.map((_, i) => i)].map((zone) => levels(zone < 0 ? [] : zoneChain(table, zone), table));
  where.forEach((from, i) => {
    where.forEach((to, j) => {
      out[i * (n + 1) + j] = NETWORK_LATENCIES[networkTier({ ...from, host: 'caller' }, { ...to, host: 'callee' })].rtt.value;
    });
  });
  return out;
}

/** The innermost availability zone (or data centre), region and continent around a zone. */
function levels(chain: readonly number[], table: ZoneTable): Placement {
  const placement: Placement = {};
  for (const index of chain) {
    const zone = table.zones[index];
    if (!zone) continue;
    if (zone.continent !== undefined && placement.continent === undefined) placement.continent = zone.continent;
    if ((zone.level === 'availability-zone' || zone.level === 'data-centre') && placement.zone === undefined)
      placement.zone = zone.id;
    if (zone.level === 'region' && placement.region === undefined) placement.region = zone.id;
  }
  return placement;
}
