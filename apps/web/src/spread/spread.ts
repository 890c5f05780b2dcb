// A component's spread over zones as a person edits it: a checklist of the board's zones, evenly
// ("eu-a eu-b": the instances divided, the remainder to the first zones listed) or with an instance
// count per zone ("eu-a:2 eu-b:1": the counts are then the instance count). The document holds one
// string (`spread`, SPREAD_PATTERN in @napkin/fields); the form never writes a mix of the two forms,
// which the contract leaves without a meaning. Pure.
import { SPREAD_MAX_PER_ZONE, SPREAD_PATTERN } from '@napkin/fields';

export interface SpreadEntry {
  readonly zone: string;
  /** Absent when the instances are spread evenly. */
  readonly count?: number;
}

export interface Spread {
  readonly entries: readonly SpreadEntry[];
  /** True when the counts are set per zone (and so define the instance count). */
  readonly counted: boolean;
}

export const NO_SPREAD: Spread = { entries: [], counted: false };

/** The stored text as entries; text that does not match the declared pattern reads as no spread. */
export function parseSpread(text: string | undefined): Spread {
  if (text === undefined || !SPREAD_PATTERN.test(text)) return NO_SPREAD;
  const entries = text
    .split(/[ ,]+/)
    .filter((part) => part !== '')
    .map((part): SpreadEntry => {
      const [zone = '', count] = part.split(':');
      return count === undefined ? { zone } : { zone, count: Number(count) };
    });
  return { entries, counted: entries.some((entry) => entry.count !== undefined) };
}

/** The text to store; unset (undefined) when no zone is left, so the frame it is drawn in decides again. */
export function formatSpread({ entries, counted }: Spread): string | undefined {
  if (entries.length === 0) return undefined;
  return entries.map((entry) => (counted ? `${entry.zone}:${entry.count ?? 1}` : entry.zone)).join(' ');
}

/** `instances` over `zones` zones: as even as whole instances allow, the remainder to the first zones. */
export function evenCounts(instances: number, zones: number): number[] {
  const base = Math.floor(instances / zones);
  const remainder = instances - base * zones;
  return Array.from({ length: zones }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** What each zone runs: the counts as set, or the even division of `instances`. */
export function countsOf(spread: Spread, instances: number): number[] {
  if (spread.counted) return spread.entries.map((entry) => entry.count ?? 1);
  return evenCounts(instances, spread.entries.length);
}

/** The instance count the spread implies: the counts' sum when set, else the component's own. */
export function instancesWith(spread: Spread, instances: number): number {
  return spread.counted ? countsOf(spread, instances).reduce((sum, count) => sum + count, 0) : instances;
}

/**
 * A zone ticked on or off. In the counted form a new zone starts with one instance; the zone order is the
 * checklist's (the board's zone order) so the remainder of an even spread lands predictably.
 */
export function toggleZone(spread: Spread, zone: string, on: boolean, order: readonly string[]): Spread {
  const without = spread.entries.filter((entry) => entry.zone !== zone);
  if (!on) return { entries: without, counted: spread.counted && without.length > 0 };
  const added: SpreadEntry = spread.counted ? { zone, count: 1 } : { zone };
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length : index;
  };
  const entries = [...without, added].sort((a, b) => rank(a.zone) - rank(b.zone));
  return { entries, counted: spread.counted };
}

/** One zone's count; any other zone keeps its own (made explicit from the even division if need be). */
export function setCount(spread: Spread, zone: string, count: number, instances: number): Spread {
  const counts = countsOf(spread, instances);
  return {
    entries: spread.entries.map((entry, index) => ({ zone: entry.zone, count: Math.min(SPREAD_MAX_PER_ZONE, entry.zone === zone ? count : (counts[index] ?? 1)) })),
    counted: true,
  };
}

/** Switching forms: even → counted writes the even division out (nothing moves); counted → even drops the counts. */
export function withCounts(spread: Spread, counted: boolean, instances: number): Spread {
  if (counted === spread.counted) return spread;
  if (!counted) return { entries: spread.entries.map(({ zone }) => ({ zone })), counted: false };
  const counts = evenCounts(instances, spread.entries.length);
  // A zone names at most SPREAD_MAX_PER_ZONE instances (the engine's bound); more would not be written.
  return { entries: spread.entries.map((entry, index) => ({ zone: entry.zone, count: Math.min(SPREAD_MAX_PER_ZONE, counts[index] ?? 1) })), counted: true };
}
