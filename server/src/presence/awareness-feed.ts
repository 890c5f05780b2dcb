// Turns a room's awareness changes into presence registry calls. Awareness states are untrusted JSON:
// only states that pass `parsePresence` are recorded, invalid ones count as "not present".
import { parsePresence } from '@napkin/doc';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { AwarenessClientId, EpochMillis, PresenceRegistry } from './presence-registry.js';

export interface AwarenessChange {
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

export function feedPresence(
  registry: PresenceRegistry,
  boardId: BoardId,
  change: AwarenessChange,
  states: ReadonlyMap<number, unknown>,
  logger: Logger,
  now: () => number = Date.now,
): void {
  const gone: AwarenessClientId[] = change.removed.map((id) => id as AwarenessClientId);
  const report = (error: unknown): void => logger.warn('presence registry call failed', { boardId, error });
  for (const clientId of change.updated) {
    const presence = parsePresence(states.get(clientId));
    if (presence === null) {
      gone.push(clientId as AwarenessClientId);
      continue;
    }
    const entry = {
      clientId: clientId as AwarenessClientId,
      name: presence.user.name,
      color: presence.user.color,
      lastSeen: now() as EpochMillis,
    };
    registry.upsert(boardId, entry).catch(report);
  }
  if (gone.length > 0) registry.remove(boardId, gone).catch(report);
}
