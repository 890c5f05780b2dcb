// `GET /api/presence?boards=<id>:<token>,…` for the home page (parsed and access-checked in access/links-api.ts): how many people are on each board right now and
// their names, read from the PresenceRegistry (in-process or Redis, whichever the relay runs with).
import type { BoardId } from '../board-id.js';
import type { PresenceRegistry } from './presence-registry.js';

export interface BoardPresenceSummary {
  readonly count: number;
  readonly names: readonly string[];
}

/** One entry per requested board (count 0 when nobody is there), names in client-id order. */
export async function summarisePresence(
  registry: PresenceRegistry,
  boardIds: readonly BoardId[],
): Promise<Record<string, BoardPresenceSummary>> {
  const lists = await Promise.all(boardIds.map((boardId) => registry.list(boardId)));
  const summary: Record<string, BoardPresenceSummary> = {};
  boardIds.forEach((boardId, index) => {
    const entries = lists[index] ?? [];
    summary[boardId] = { count: entries.length, names: entries.map((entry) => entry.name) };
  });
  return summary;
}
