// Presence fields that `@napkin/doc`'s `PresenceState` does not define: a presenter's "bring
// everyone to me" (`summon`) and the laser pointer's current point (`laser`). They live under their
// own awareness keys, which `parsePresence` strips, so this module reads and validates them itself:
// a peer can publish anything, and a bad field is read as "absent", never trusted.

/** "Bring everyone to me", stamped with the presenter's clock so each press is a new request. */
export interface Summon {
  readonly at: number;
}

/** Where a peer's laser pointer is now, in flow coordinates; the trail is built by the viewer. */
export interface LaserPoint {
  readonly x: number;
  readonly y: number;
}

export interface LiveExtras {
  readonly summon: Summon | null;
  readonly laser: LaserPoint | null;
}

export const NO_EXTRAS: LiveExtras = { summon: null, laser: null };

/** Same bounds as `@napkin/doc` puts on cursors: far beyond any board, finite. */
const COORDINATE_LIMIT = 1e7;

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= COORDINATE_LIMIT;
}

export function parseSummon(raw: unknown): Summon | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { at } = raw as Record<string, unknown>;
  return typeof at === 'number' && Number.isFinite(at) && at > 0 ? { at } : null;
}

export function parseLaser(raw: unknown): LaserPoint | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { x, y } = raw as Record<string, unknown>;
  return isCoordinate(x) && isCoordinate(y) ? { x, y } : null;
}

export function parseExtras(raw: unknown): LiveExtras {
  if (typeof raw !== 'object' || raw === null) return NO_EXTRAS;
  const { summon, laser } = raw as Record<string, unknown>;
  return { summon: parseSummon(summon), laser: parseLaser(laser) };
}

/** The extras of the given clients (the already validated peers), read from awareness states. */
export function extrasFromAwareness(
  states: ReadonlyMap<number, unknown>,
  clientIds: readonly number[],
): ReadonlyMap<number, LiveExtras> {
  const extras = new Map<number, LiveExtras>();
  for (const clientId of clientIds) extras.set(clientId, parseExtras(states.get(clientId)));
  return extras;
}
