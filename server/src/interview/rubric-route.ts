// GET /api/problems/<id>/rubric?board=<board id>: the rubric's automatic verdicts on the board as the relay holds
// it (met, missing, not judgeable, with the component or figure that is the evidence), for the same links as the
// interviewer material (material-access.ts). Judged here, not in the browser, because the checks are part of the
// interviewer material the web app never bundles; the interviewer's screen asks again after the board changes.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { analyze, createEngine } from '@napkin/analysis';
import { Board, toBoardFile } from '@napkin/doc';
import { evaluateRubric, interviewerMaterial } from '@napkin/problems/interviewer';
import type * as Y from 'yjs';
import type { BoardAccess } from '../access/board-access.js';
import { bearerTokenOf } from '../access/board-access.js';
import { sendJson } from '../access/http-body.js';
import { parseBoardId } from '../board-id.js';
import type { BoardId } from '../board-id.js';
import type { SessionReader } from './material-access.js';
import { interviewerMaterialAccess } from './material-access.js';

const RUBRIC_PATH = /^\/api\/problems\/([^/]+)\/rubric$/;
const PROBLEM_ID = /^[a-z0-9-]{1,64}$/;

export interface RubricRouteOptions {
  readonly access: BoardAccess;
  readonly readSession: SessionReader;
  /** Reads the board the relay holds as a board file (`Relay.readRoom` with `toBoardFile`). */
  readonly readBoard: (boardId: BoardId) => Promise<ReturnType<typeof toBoardFile> | null>;
  readonly now?: () => number;
}

/** The board file of a room's document. */
export function boardFileOf(doc: Y.Doc): ReturnType<typeof toBoardFile> {
  return toBoardFile(new Board(doc).snapshot());
}

export function createRubricRoute(options: RubricRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const engine = createEngine();
  const serve = async (request: IncomingMessage, response: ServerResponse, url: URL, problemId: string): Promise<void> => {
    if (!PROBLEM_ID.test(problemId)) return sendJson(response, 400, { error: 'a problem id is lower-case letters, digits and dashes, such as "url-shortener"' });
    const boardId = parseBoardId(url.searchParams.get('board') ?? '');
    if (boardId === null) return sendJson(response, 400, { error: "name the session's board: ?board=<board id>" });
    const verdict = await interviewerMaterialAccess(options.access, options.readSession, boardId, bearerTokenOf(request), options.now?.() ?? Date.now());
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.error });
    if (verdict.problemId !== null && verdict.problemId !== problemId) {
      return sendJson(response, 403, { error: `this session's problem is "${verdict.problemId}", not "${problemId}"` });
    }
    if (interviewerMaterial(problemId) === null) return sendJson(response, 404, { error: `there is no problem "${problemId}" in the library` });
    const file = await options.readBoard(boardId);
    if (file === null) return sendJson(response, 503, { error: 'the board could not be loaded; try again in a moment' });
    sendJson(response, 200, { problemId, results: evaluateRubric(problemId, file, analyze(file, engine)) });
  };

  return async (request, response, url) => {
    const match = RUBRIC_PATH.exec(url.pathname);
    if (match === null) return false;
    if (request.method !== 'GET') sendJson(response, 405, { error: "GET judges the session's board against the rubric" });
    else await serve(request, response, url, match[1] ?? '');
    return true;
  };
}
