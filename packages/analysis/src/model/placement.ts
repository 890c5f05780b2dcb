// Where a component's instances run (its spread over zones, or its one zone) and whether it sheds load:
// the parts of resolution that read several of the board's elements at once.
import type { KindSpec } from '@napkin/catalog';
import type { FormatError } from '../format/parse';
import type { BoardComponent, BoardFile } from '../format/schema';
import type { ResolvedZone, SpreadPart, ZoneId } from './graph';
import { parseSpread, placeInstances } from './spread';

/** The zone and its ancestors, innermost first; a parent loop is cut where it repeats. */
export function zoneChain(start: ZoneId | undefined, zones: ReadonlyMap<ZoneId, ResolvedZone>): ZoneId[] {
  const chain: ZoneId[] = [];
  let current = start;
  while (current !== undefined && !chain.includes(current)) {
    const zone = zones.get(current);
    if (!zone) break;
    chain.push(current);
    current = zone.parent;
  }
  return chain;
}

/** Zones one spread may name (their parents come along; the evaluation's masks hold 31 zones at most). */
export const MAX_SPREAD_ZONES = 8;

export interface Placed {
  /** The instances the board configures: its `instances` (or the catalog's), or the counts of its spread. */
  readonly instances: number;
  readonly spread: readonly SpreadPart[] | undefined;
}

/**
 * A component's spread, read and placed (see `spread.ts`). A spread that names no known zone, or places
 * no instance, is reported and ignored: the component stays where it is drawn.
 */
export function placement(
  component: BoardComponent,
  instances: number,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  index: number,
  errors: FormatError[],
): Placed {
  if (component.spread === undefined) return { instances, spread: undefined };
  const path = `components[${index}].spread`;
  const all = parseSpread(component.spread, (zone) => zones.has(zone as ZoneId), path, errors);
  // Availability enumerates the states of a spread's zones: a few zones are what a spread means.
  if (all.parts.length > MAX_SPREAD_ZONES)
    errors.push({ path, message: `a spread takes at most ${MAX_SPREAD_ZONES} zones; the zones after "${all.parts[MAX_SPREAD_ZONES - 1]?.zone}" are ignored` });
  const parsed = { parts: all.parts.slice(0, MAX_SPREAD_ZONES) };
  const placed = placeInstances(parsed, instances).filter((part) => part.instances > 0);
  const total = placed.reduce((sum, part) => sum + part.instances, 0);
  if (total === 0) {
    if (parsed.parts.length > 0) errors.push({ path, message: 'the spread places no instance; ignored' });
    return { instances, spread: undefined };
  }
  return {
    instances: total,
    spread: placed.map((part) => ({ zone: part.zone, chain: zoneChain(part.zone, zones), instances: part.instances })),
  };
}

/**
 * Components that shed load because a rate limiter stands directly in front of them: every call into
 * them (at least one) comes from a kind that rate-limits (the catalog's `rateLimits` trait: the rate
 * limiter, and the API gateway, which limits at the edge). The limiter admits what they can serve and
 * turns the rest away, so past their capacity they serve it and reject the rest rather than queue.
 */
export function rateLimitedCallees(board: BoardFile, getKind: (id: string) => KindSpec | undefined): ReadonlySet<string> {
  const limits = new Map<string, boolean>();
  for (const component of board.components) limits.set(component.id, getKind(component.kind)?.traits.rateLimits === true);
  const callers = new Map<string, boolean>();
  for (const call of board.calls) {
    if (!limits.has(call.from) || !limits.has(call.to)) continue;
    callers.set(call.to, (callers.get(call.to) ?? true) && limits.get(call.from) === true);
  }
  // forEach, not a copy of the entries: one pair per call's callee on every analysis otherwise.
  const limited = new Set<string>();
  callers.forEach((all, id) => {
    if (all) limited.add(id);
  });
  return limited;
}
