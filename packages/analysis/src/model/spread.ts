// A component's spread over zones: where its instances really run, so that losing one zone loses only
// that zone's instances (analysis-model.md, "The graph"). The board writes it as zone ids, evenly
// ("eu-a eu-b") or with counts ("eu-a:2 eu-b:1"); it overrides the one frame the component is drawn in.
import type { FormatError } from '../format/parse';
import type { ResolvedZone, SpreadPart, ZoneId } from './graph';
import { zoneId } from './graph';

export interface ParsedSpread {
  /** The known zones in the order the board lists them; empty when no part names a known zone. */
  readonly parts: ReadonlyArray<{ readonly zone: ZoneId; readonly count: number | undefined }>;
}

/**
 * Reads `spread` ("eu-a eu-b" or "eu-a:2, eu-b:1"). An unknown zone is reported where it is and
 * left out; a zone listed twice keeps its first place and adds the counts.
 */
export function parseSpread(
  text: string,
  known: (zone: string) => boolean,
  path: string,
  errors: FormatError[],
): ParsedSpread {
  const parts: Array<{ zone: ZoneId; count: number | undefined }> = [];
  for (const token of text.split(/[\s,]+/)) {
    if (token === '') continue;
    const [name = '', countText] = token.split(':');
    if (!known(name)) {
      errors.push({ path, message: `unknown zone "${name}" in the spread; that part ignored` });
      continue;
    }
    const count = countText === undefined ? undefined : Number(countText);
    const same = parts.find((part) => part.zone === name);
    if (same) {
      errors.push({ path, message: `zone "${name}" is listed twice in the spread; its counts are added` });
      same.count = same.count === undefined || count === undefined ? (same.count ?? count) : same.count + count;
      continue;
    }
    parts.push({ zone: zoneId(name), count });
  }
  return { parts };
}

/**
 * Instances per zone. With no counts the component's `instances` are spread evenly, the remainder to
 * the first zones listed; with every count given the counts are the instances; with some given, the
 * zones without one share evenly what the counts leave of `instances` (none when the counts use it up).
 */
export function placeInstances(
  spread: ParsedSpread,
  instances: number,
): ReadonlyArray<{ readonly zone: ZoneId; readonly instances: number }> {
  const counted = spread.parts.reduce((sum, part) => sum + (part.count ?? 0), 0);
  const uncounted = spread.parts.filter((part) => part.count === undefined).length;
  const left = Math.max(0, instances - counted);
  const each = uncounted > 0 ? Math.floor(left / uncounted) : 0;
  let remainder = uncounted > 0 ? left - each * uncounted : 0;
  return spread.parts.map((part) => {
    if (part.count !== undefined) return { zone: part.zone, instances: part.count };
    const extra = remainder > 0 ? 1 : 0;
    remainder -= extra;
    return { zone: part.zone, instances: each + extra };
  });
}

/** The zones of every part of a spread, each once, in the order the parts list them. */
export function spreadZones(parts: readonly SpreadPart[]): ZoneId[] {
  const zones: ZoneId[] = [];
  for (const part of parts) for (const zone of part.chain) if (!zones.includes(zone)) zones.push(zone);
  return zones;
}

/** Whether any zone of a chain is down for sure (marked down, or availability 0). A loop, not a closure: it runs per component. */
export function anyZoneLost(chain: readonly ZoneId[], zones: ReadonlyMap<ZoneId, ResolvedZone>): boolean {
  for (const zone of chain) if ((zones.get(zone)?.availability ?? 1) === 0) return true;
  return false;
}

/** Instances whose zones are all up: a part is lost when any zone of its chain is down. */
export function aliveInstances(parts: readonly SpreadPart[], zones: ReadonlyMap<ZoneId, ResolvedZone>): number {
  let alive = 0;
  for (const part of parts) if (!anyZoneLost(part.chain, zones)) alive += part.instances;
  return alive;
}
