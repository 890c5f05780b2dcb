// How many people are on each remembered board right now, from the relay's
// `GET /api/presence?boards=<id>,<id>` → `{ "<id>": { "count": n, "names": [...] } }`.
// The answer is parsed defensively (a relay of another version, a proxy's error page), and a relay
// without the endpoint (404) simply means "no counts": the home page then shows the list alone.
import type { BoardId } from '../route/route';

export interface BoardPresence {
  readonly count: number;
  readonly names: readonly string[];
}

export type LiveCounts = ReadonlyMap<BoardId, BoardPresence>;

/** The outcome of one poll, as a tagged union so the page can tell "nobody" from "unknown". */
export type CountsResult =
  | { readonly kind: 'counts'; readonly counts: LiveCounts }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly reason: string };

const NAME_MAX_LENGTH = 64;
const NAMES_SHOWN = 12;

export function presenceUrl(boards: readonly BoardId[]): string {
  return `/api/presence?boards=${boards.map(encodeURIComponent).join(',')}`;
}

/** Keeps only the boards we asked about, with a sane count and string names. */
export function parseCounts(raw: unknown, asked: readonly BoardId[]): LiveCounts {
  const counts = new Map<BoardId, BoardPresence>();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return counts;
  const body = raw as Record<string, unknown>;
  for (const id of asked) {
    if (!Object.hasOwn(body, id)) continue;
    const entry = body[id];
    if (typeof entry !== 'object' || entry === null) continue;
    const { count, names } = entry as Record<string, unknown>;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 1e6) continue;
    const cleanNames = Array.isArray(names)
      ? names
          .filter((name): name is string => typeof name === 'string')
          .map((name) => name.trim().slice(0, NAME_MAX_LENGTH))
          .filter((name) => name !== '')
          .slice(0, NAMES_SHOWN)
      : [];
    counts.set(id, { count, names: cleanNames });
  }
  return counts;
}

/** The part of `fetch` this needs, so tests can answer without a network. */
export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Pick<Response, 'status' | 'ok' | 'json'>>;

export async function fetchCounts(fetcher: Fetcher, boards: readonly BoardId[], signal: AbortSignal): Promise<CountsResult> {
  if (boards.length === 0) return { kind: 'counts', counts: new Map() };
  try {
    const response = await fetcher(presenceUrl(boards), { signal });
    if (response.status === 404) return { kind: 'unavailable' };
    if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };
    return { kind: 'counts', counts: parseCounts(await response.json(), boards) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The part of the timer API the poller needs. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export const POLL_INTERVAL_MS = 3000;

/**
 * Polls now and then every `intervalMs` after each answer (never two requests in flight), handing
 * every result to `onResult`. Returns a stop function that also aborts the request in flight.
 */
export function pollCounts(
  fetcher: Fetcher,
  boards: readonly BoardId[],
  onResult: (result: CountsResult) => void,
  timers: Timers,
  intervalMs = POLL_INTERVAL_MS,
): () => void {
  const controller = new AbortController();
  let timer: number | null = null;
  const poll = async () => {
    timer = null;
    const result = await fetchCounts(fetcher, boards, controller.signal);
    if (controller.signal.aborted) return;
    onResult(result);
    timer = timers.setTimeout(() => void poll(), intervalMs);
  };
  void poll();
  return () => {
    controller.abort();
    if (timer !== null) timers.clearTimeout(timer);
  };
}
