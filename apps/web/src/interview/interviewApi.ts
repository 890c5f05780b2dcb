// `POST /api/interviews` (server/src/interview/interviews-api.ts) as the web app calls it: a new board and its
// session links, parsed rather than trusted. The tokens exist in this answer only; interviewStore keeps them.
import type { InterviewMode } from '@napkin/doc';
import { parseToken } from '../access/linkStore';
import type { Token } from '../access/linkStore';
import type { BoardId } from '../route/route';
import { parseBoardId } from '../route/route';

/** The session's links by role: candidate, interviewer, observer for an interview; practice alone for practice. */
export type SessionLinks = Readonly<Partial<Record<SessionRole, Token>>>;
export type SessionRole = 'candidate' | 'interviewer' | 'observer' | 'practice';
export const SESSION_ROLES: readonly SessionRole[] = ['candidate', 'interviewer', 'observer', 'practice'];

export interface CreatedSession {
  readonly boardId: BoardId;
  readonly mode: InterviewMode;
  readonly problemId: string | null;
  readonly links: SessionLinks;
}

export async function createSession(problemId: string | null, mode: InterviewMode): Promise<CreatedSession> {
  const response = await fetch('/api/interviews', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ problemId, mode }),
  });
  const body = (await response.json().catch(() => ({}))) as { boardId?: unknown; links?: unknown; error?: unknown };
  if (response.status !== 201) {
    const why = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
    throw new Error(`The relay could not start the session: ${why}`);
  }
  const boardId = typeof body.boardId === 'string' ? parseBoardId(body.boardId) : null;
  const links = parseLinks(body.links);
  if (boardId === null || links === null) throw new Error('The relay answered with a malformed session.');
  return { boardId, mode, problemId, links };
}

/** `{ role: { token } }` or `{ role: token }` (the stored form) into tokens by role; null when none is usable. */
export function parseLinks(value: unknown): SessionLinks | null {
  if (typeof value !== 'object' || value === null) return null;
  const links: Partial<Record<SessionRole, Token>> = {};
  for (const role of SESSION_ROLES) {
    const entry = (value as Record<string, unknown>)[role];
    const token = parseToken(typeof entry === 'object' && entry !== null ? (entry as { token?: unknown }).token : entry);
    if (token !== null) links[role] = token;
  }
  return Object.keys(links).length === 0 ? null : links;
}
