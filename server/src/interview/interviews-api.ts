// Interview sessions over HTTP. `POST /api/interviews` makes a new board and the session's links through the
// same capability store as the links API (a link is a link: revocable, stored as its hash): an interview gets
// a candidate, an interviewer and an observer link, a solo practice session one practice link. The tokens are
// in this answer only, like a new board's owner link. `GET /api/time` is the relay's clock, which the interview
// timer runs on: each screen estimates its offset to it (the round trip's midpoint) so every screen shows
// the same time left whatever its own clock says. The session's mode and problem are written into its
// session room here, by the relay, so a link opened first in any browser shows the problem (before, the
// browser that made the session wrote them on its first open, and nobody else knew the problem until then).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InterviewSession } from '@napkin/doc';
import type * as Y from 'yjs';
import type { BoardAccess } from '../access/board-access.js';
import { newLink } from '../access/capabilities.js';
import { BadRequest, readJsonBody, sendJson } from '../access/http-body.js';
import type { Role } from '../access/roles.js';
import { roomKey } from '../access/room-path.js';
import type { BoardId } from '../board-id.js';

export type InterviewMode = 'interview' | 'practice';

/** The links each mode hands out, in the order the answer lists them. */
export const SESSION_ROLES: Readonly<Record<InterviewMode, readonly Role[]>> = {
  interview: ['candidate', 'interviewer', 'observer'],
  practice: ['practice'],
};

/** A problem of the library (`@napkin/problems` ids are lower-case words joined by dashes). */
const PROBLEM_ID = /^[a-z0-9-]{1,64}$/;

export interface InterviewsApiOptions {
  readonly access: BoardAccess;
  /** The relay's own edit to a room (`Relay.writeRoom`): sets up the new session's room. */
  readonly writeRoom: (key: BoardId, change: (doc: Y.Doc) => void) => Promise<boolean>;
  readonly now?: () => number;
}

export interface SessionRequest {
  readonly mode: InterviewMode;
  readonly problemId: string | null;
}

/** The body of `POST /api/interviews`, checked; throws BadRequest with what to fix. */
export function parseSessionRequest(body: Record<string, unknown>): SessionRequest {
  const mode = body.mode ?? 'interview';
  if (mode !== 'interview' && mode !== 'practice') throw new BadRequest('mode must be "interview" or "practice"');
  const problemId = body.problemId ?? null;
  if (problemId !== null && (typeof problemId !== 'string' || !PROBLEM_ID.test(problemId))) {
    throw new BadRequest('problemId must be a problem id such as "url-shortener" (lower-case letters, digits and dashes), or null');
  }
  return { mode, problemId };
}

/** Handles the interview routes; false when the request is not one of them. */
export function createInterviewsApi(options: InterviewsApiOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const now = (): number => options.now?.() ?? Date.now();

  const create = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const session = parseSessionRequest(await readJsonBody(request));
    const boardId = randomBytes(16).toString('base64url') as BoardId;
    const written = await options.writeRoom(roomKey(boardId, 'session'), (doc) => new InterviewSession(doc).initialise(session));
    if (!written) return sendJson(response, 503, { error: 'the session could not be saved; try again in a moment' });
    const links: Record<string, { id: string; token: string }> = {};
    for (const role of SESSION_ROLES[session.mode]) {
      const label = session.problemId === null ? `${session.mode} ${role}` : `${session.mode} ${role}: ${session.problemId}`;
      const made = newLink(boardId, role, label, now());
      await options.access.store.add(made.record);
      links[role] = { id: made.record.id, token: made.token };
    }
    sendJson(response, 201, { boardId, ...session, links });
  };

  return async (request, response, url) => {
    const method = request.method ?? 'GET';
    if (url.pathname === '/api/time') {
      if (method !== 'GET' && method !== 'HEAD') sendJson(response, 405, { error: 'GET reads the relay clock' });
      else sendJson(response, 200, { now: now() });
      return true;
    }
    if (url.pathname !== '/api/interviews') return false;
    if (method !== 'POST') {
      sendJson(response, 405, { error: 'POST makes an interview session' });
      return true;
    }
    try {
      await create(request, response);
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendJson(response, 400, { error: error.message });
    }
    return true;
  };
}
