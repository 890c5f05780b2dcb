// `GET /api/presence?boards=<id>,<id>` for the home page: how many people are on each board right now and
// their names, read from the PresenceRegistry (in-process or Redis, whichever the relay runs with).
import { parseBoardId } from '../board-id.js';
import type { BoardId } from '../board-id.js';
import type { PresenceRegistry } from './presence-registry.js';

export interface BoardPresenceSummary {
  readonly count: number;
  readonly names: readonly string[];
}

/** More ids than a home page lists are abuse, not a use case: extra ids are ignored. */
export const MAX_BOARDS_PER_QUERY = 100;

/** Parses the `boards` query parameter: comma-separated, invalid ids skipped, duplicates dropped. */
export function parseBoardList(raw: string | null): BoardId[] {
  if (raw === null) return [];
  const ids = new Set<BoardId>();
  for (const part of raw.split(',')) {
    const boardId = parseBoardId(part.trim());
    if (boardId !== null) ids.add(boardId);
    if (ids.size >= MAX_BOARDS_PER_QUERY) break;
  }
  return [...ids];
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
