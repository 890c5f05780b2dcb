// GET /api/problems/<id>/interviewer?board=<board id>: a problem's rubric points and reference design
// (`@napkin/problems/interviewer`), for the session that board runs. The link (`Authorization: Bearer`) must
// be that session's interviewer link, or its practice link once the time is up (material-access.ts); a
// candidate's or observer's link gets 403 whatever it asks. The web app never bundles this material: this
// route is the only way it reaches a browser.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import type { BoardAccess } from '../access/board-access.js';
import { bearerTokenOf } from '../access/board-access.js';
import { sendJson } from '../access/http-body.js';
import { parseBoardId } from '../board-id.js';
import type { SessionReader } from './material-access.js';
import { interviewerMaterialAccess } from './material-access.js';

const MATERIAL_PATH = /^\/api\/problems\/([^/]+)\/interviewer$/;
const PROBLEM_ID = /^[a-z0-9-]{1,64}$/;

export interface ProblemsRouteOptions {
  readonly access: BoardAccess;
  /** Reads the session room the relay holds (`Relay.readRoom`). */
  readonly readRoom: SessionReader;
  readonly now?: () => number;
}

export function createProblemsRoute(options: ProblemsRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const serve = async (request: IncomingMessage, response: ServerResponse, url: URL, problemId: string): Promise<void> => {
    if (!PROBLEM_ID.test(problemId)) return sendJson(response, 400, { error: 'a problem id is lower-case letters, digits and dashes, such as "url-shortener"' });
    const boardId = parseBoardId(url.searchParams.get('board') ?? '');
    if (boardId === null) return sendJson(response, 400, { error: 'name the session\'s board: ?board=<board id>' });
    const verdict = await interviewerMaterialAccess(options.access, options.readRoom, boardId, bearerTokenOf(request), options.now?.() ?? Date.now());
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.error });
    // A session's link opens its own problem's material, not the library's other answers.
    if (verdict.problemId !== null && verdict.problemId !== problemId) {
      return sendJson(response, 403, { error: `this session's problem is "${verdict.problemId}", not "${problemId}"` });
    }
    const material = interviewerMaterial(problemId);
    if (material === null) return sendJson(response, 404, { error: `there is no problem "${problemId}" in the library` });
    sendJson(response, 200, { problemId, points: material.points, referenceBoard: material.referenceBoard });
  };

  return async (request, response, url) => {
    const match = MATERIAL_PATH.exec(url.pathname);
    if (match === null) return false;
    if (request.method !== 'GET') sendJson(response, 405, { error: "GET reads a problem's interviewer material" });
    else await serve(request, response, url, match[1] ?? '');
    return true;
  };
}
