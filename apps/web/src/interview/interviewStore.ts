// The sessions this browser started, in `localStorage` under `napkin.interviews`: per board, its mode, problem
// and the tokens of its links, so the interviewer's screen can show the candidate's and the observer's links
// (the relay keeps only their hashes) and the session's room is set up (problem, mode) on first open even
// after a reload. What is read back is untrusted and checked.
import type { InterviewMode } from '@napkin/doc';
import type { NameStorage } from '../presence/identity';
import type { CreatedSession } from './interviewApi';
import { parseLinks } from './interviewApi';
import type { BoardId } from '../route/route';

const KEY = 'napkin.interviews';
/** Old sessions are forgotten past this many (the newest kept). */
const MAX_KEPT = 50;

function readAll(storage: NameStorage | null): Record<string, unknown> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function rememberSession(storage: NameStorage | null, session: CreatedSession): void {
  const all = readAll(storage);
  delete all[session.boardId];
  const kept = Object.entries(all).slice(-(MAX_KEPT - 1));
  const entry = { mode: session.mode, problemId: session.problemId, links: session.links };
  try {
    storage?.setItem(KEY, JSON.stringify(Object.fromEntries([...kept, [session.boardId, entry]])));
  } catch {
    // Full or disabled storage: the session works; only the links panel will not have the other links.
  }
}

export function rememberedSession(storage: NameStorage | null, boardId: BoardId): CreatedSession | null {
  const entry = readAll(storage)[boardId];
  if (typeof entry !== 'object' || entry === null) return null;
  const { mode, problemId, links } = entry as Record<string, unknown>;
  const parsedLinks = parseLinks(links);
  if ((mode !== 'interview' && mode !== 'practice') || parsedLinks === null) return null;
  return { boardId, mode: mode as InterviewMode, problemId: typeof problemId === 'string' ? problemId : null, links: parsedLinks };
}
