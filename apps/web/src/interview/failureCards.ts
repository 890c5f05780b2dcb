// The interviewer's four prepared incidents and what each hits on whatever board the candidate drew: the
// largest cache tier goes down, the primary store slows tenfold, every entry point's traffic grows fivefold,
// the zone holding the most components is lost. Picking is pure (a snapshot in, a plan out) so every
// screen would pick the same target; a card with nothing to hit says why instead of doing nothing.
import { getKind } from '@napkin/catalog';
import type { KindSpec } from '@napkin/catalog';
import { toBoardFile } from '@napkin/doc';
import type { BoardComponent, BoardSnapshot, FailureCardId } from '@napkin/doc';
import { parseSpread } from '../spread/spread';

export const PRIMARY_SLOW_FACTOR = 10;
export const SURGE_FACTOR = 5;

export interface FailureCard {
  readonly id: FailureCardId;
  /** The incident as the interviewer announces it. */
  readonly title: string;
}

export const FAILURE_CARDS: readonly FailureCard[] = [
  { id: 'cache-gone', title: 'The cache cluster is gone' },
  { id: 'primary-slow', title: `The primary database is ${PRIMARY_SLOW_FACTOR}× slower` },
  { id: 'traffic-surge', title: `Traffic ×${SURGE_FACTOR} at peak` },
  { id: 'zone-lost', title: 'One zone is lost' },
];

/** What a card does on this board: the marks it sets and how the banner names them; or why it cannot be played. */
export type CardPlan =
  | { readonly playable: true; readonly target: string; readonly components: readonly string[]; readonly zones: readonly string[] }
  | { readonly playable: false; readonly reason: string };

/** Stores that hold data but are not the design's primary SQL/NoSQL database. */
const NOT_PRIMARY_STORES: ReadonlySet<string> = new Set(['object-storage', 'search-index', 'vector-index', 'data-warehouse']);
/** Zone levels that are "a zone" to lose; a region is the fallback on a board that draws only regions. */
const ZONE_LEVELS_FIRST: ReadonlySet<string> = new Set(['availability-zone', 'data-centre']);

export function planCard(card: FailureCardId, snapshot: BoardSnapshot): CardPlan {
  switch (card) {
    case 'cache-gone':
      return planCacheGone(snapshot);
    case 'primary-slow':
      return planPrimarySlow(snapshot);
    case 'traffic-surge':
      return planSurge(snapshot);
    case 'zone-lost':
      return planZoneLost(snapshot);
  }
}

function planCacheGone(snapshot: BoardSnapshot): CardPlan {
  const caches = snapshot.components.filter((component) => isCache(getKind(component.kind)));
  const callers = callerCounts(snapshot);
  // Largest tier: most instances, then the most callers (the tier more of the design leans on), then by name.
  const cache = largest(caches, (component) => [instancesOf(component), callers.get(component.id) ?? 0]);
  if (cache === undefined) return { playable: false, reason: 'no cache on the board' };
  const instances = instancesOf(cache);
  return only(cache, `${labelOf(cache)} (${instances} instance${instances === 1 ? '' : 's'}) down`);
}

function planPrimarySlow(snapshot: BoardSnapshot): CardPlan {
  const stores = snapshot.components.filter((component) => isPrimaryStore(getKind(component.kind)));
  const callers = callerCounts(snapshot);
  // The store most of the design calls, a relational primary first on a tie, then by name.
  const store = largest(stores, (component) => [callers.get(component.id) ?? 0, component.kind === 'relational-primary' ? 1 : 0]);
  if (store === undefined) return { playable: false, reason: 'no SQL or NoSQL database on the board' };
  return only(store, `${labelOf(store)} ${PRIMARY_SLOW_FACTOR}× slower`);
}

function planSurge(snapshot: BoardSnapshot): CardPlan {
  const entries = snapshot.components.filter((component) => component.entry !== undefined || getKind(component.kind)?.traits.entryPoint === true);
  if (entries.length === 0) return { playable: false, reason: 'no entry point (a client) on the board' };
  const names = byName(entries).map(labelOf);
  return { playable: true, target: `${names.join(', ')}: traffic ×${SURGE_FACTOR}`, components: byName(entries).map((entry) => entry.id), zones: [] };
}

function planZoneLost(snapshot: BoardSnapshot): CardPlan {
  const file = toBoardFile(snapshot);
  const parents = new Map(file.zones.map((zone) => [zone.id, zone.parent]));
  const members = new Map<string, Set<string>>();
  for (const component of file.components) {
    // Drawn inside a zone (and so inside every zone around it), or spread over zones (each one it names).
    const spread = parseSpread(component.spread).entries.map((entry) => entry.zone);
    for (const start of spread.length > 0 ? spread : component.zone === undefined ? [] : [component.zone]) {
      for (let id: string | undefined = start, depth = 0; id !== undefined && depth <= file.zones.length; id = parents.get(id), depth++) {
        if (!parents.has(id)) break;
        const set = members.get(id) ?? new Set<string>();
        set.add(component.id);
        members.set(id, set);
      }
    }
  }
  const count = (id: string) => members.get(id)?.size ?? 0;
  const withComponents = snapshot.zones.filter((zone) => count(zone.id) > 0);
  const zones = withComponents.some((zone) => ZONE_LEVELS_FIRST.has(zone.level)) ? withComponents.filter((zone) => ZONE_LEVELS_FIRST.has(zone.level)) : withComponents;
  const zone = [...zones].sort((a, b) => count(b.id) - count(a.id) || zoneLabel(a).localeCompare(zoneLabel(b)))[0];
  if (zone === undefined) return { playable: false, reason: 'no zone with components in it on the board' };
  const n = count(zone.id);
  return { playable: true, target: `${zoneLabel(zone)} down (${n} component${n === 1 ? '' : 's'} in it)`, components: [], zones: [zone.id] };
}

function isCache(kind: KindSpec | undefined): boolean {
  return kind?.family === 'data' && kind.traits.hitRatio !== undefined;
}

function isPrimaryStore(kind: KindSpec | undefined): boolean {
  if (kind === undefined || kind.family !== 'data' || isCache(kind)) return false;
  return kind.traits.stateful !== false && kind.traits.replicaOf === undefined && !NOT_PRIMARY_STORES.has(kind.id);
}

function instancesOf(component: BoardComponent): number {
  return component.instances ?? getKind(component.kind)?.defaults.instances.value ?? 1;
}

function callerCounts(snapshot: BoardSnapshot): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const call of snapshot.calls) counts.set(call.to, (counts.get(call.to) ?? 0) + 1);
  return counts;
}

/** The candidate ranking highest by `rank` (compared key by key), ties broken by name. */
function largest(candidates: readonly BoardComponent[], rank: (component: BoardComponent) => readonly number[]): BoardComponent | undefined {
  const compare = (a: BoardComponent, b: BoardComponent): number => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (rb[i] ?? 0) - (ra[i] ?? 0);
    return labelOf(a).localeCompare(labelOf(b));
  };
  return [...candidates].sort(compare)[0];
}

function byName(components: readonly BoardComponent[]): readonly BoardComponent[] {
  return [...components].sort((a, b) => labelOf(a).localeCompare(labelOf(b)));
}

function only(component: BoardComponent, target: string): CardPlan {
  return { playable: true, target, components: [component.id], zones: [] };
}

function labelOf(component: BoardComponent): string {
  return component.name || getKind(component.kind)?.label || component.kind;
}

function zoneLabel(zone: BoardSnapshot['zones'][number]): string {
  return zone.name || getKind(zone.level)?.label || 'a zone';
}
