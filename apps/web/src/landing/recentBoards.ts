// The boards this browser has opened, remembered in `localStorage` so the home page can list them.
// What we read back is untrusted (another tab, an extension or an older build may have written it),
// so every entry is checked and a bad one is skipped rather than breaking the home page.
import { parseBoardId } from '../route/route';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';

export interface RecentBoard {
  readonly id: BoardId;
  /** The board's title from its document meta; empty when the board has none yet. */
  readonly title: string;
  /** When this browser last opened it, in ms since the epoch. */
  readonly lastOpened: number;
}

const RECENT_KEY = 'napkin.recentBoards';
/** Enough for a home page, small enough that the live-count query string stays short. */
export const RECENT_LIMIT = 20;
export const TITLE_MAX_LENGTH = 120;

/** One stored entry, or null when any part of it is not what we write. */
export function parseRecentBoard(raw: unknown): RecentBoard | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, title, lastOpened } = raw as Record<string, unknown>;
  const boardId = typeof id === 'string' ? parseBoardId(id) : null;
  if (boardId === null) return null;
  if (typeof title !== 'string') return null;
  if (typeof lastOpened !== 'number' || !Number.isFinite(lastOpened) || lastOpened < 0) return null;
  return { id: boardId, title: cleanTitle(title), lastOpened };
}

/** The remembered boards, most recent first, without duplicates; [] when nothing valid is stored. */
export function loadRecentBoards(storage: NameStorage | null): RecentBoard[] {
  let parsed: unknown;
  try {
    const stored = storage?.getItem(RECENT_KEY);
    if (stored == null) return [];
    parsed = JSON.parse(stored);
  } catch {
    // Unreadable storage or broken JSON: the list starts over, the app goes on.
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const byId = new Map<BoardId, RecentBoard>();
  for (const raw of parsed.slice(0, RECENT_LIMIT * 5)) {
    const board = parseRecentBoard(raw);
    if (board === null) continue;
    const known = byId.get(board.id);
    if (known === undefined || known.lastOpened < board.lastOpened) byId.set(board.id, board);
  }
  return [...byId.values()].sort((a, b) => b.lastOpened - a.lastOpened).slice(0, RECENT_LIMIT);
}

/**
 * Remembers that `id` was opened at `now` with `title`, moving it to the top. Returns the new list.
 * Called on every visit and whenever the board's title changes while it is open.
 */
export function recordVisit(storage: NameStorage | null, id: BoardId, title: string, now: number): RecentBoard[] {
  const others = loadRecentBoards(storage).filter((board) => board.id !== id);
  const boards = [{ id, title: cleanTitle(title), lastOpened: now }, ...others].slice(0, RECENT_LIMIT);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(boards));
  } catch {
    // Full or disabled storage: the home page will not list this board, nothing else breaks.
  }
  return boards;
}

/** Forgets one board (the home page's "remove" button). */
export function forgetBoard(storage: NameStorage | null, id: BoardId): RecentBoard[] {
  const boards = loadRecentBoards(storage).filter((board) => board.id !== id);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(boards));
  } catch {
    // As above: forgetting is best effort.
  }
  return boards;
}

function cleanTitle(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX_LENGTH);
}
