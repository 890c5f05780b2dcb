// GET /api/interviews/<boardId>/scorecard?format=md|pdf[&page=a4|letter]: the session's scorecard (problem,
// phases with their times, rubric scores with their evidence, each flow's final p99 and availability, the final
// diagram, the interviewer's summary) as Markdown or PDF, written by the board export's renderer on the export
// worker. It holds the private notes room's scores and summary, so only the session's interviewer link opens it
// (`Authorization: Bearer`): 401 without a working link, 410 for a revoked one, 403 for every other role.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { analyze, createEngine } from '@napkin/analysis';
import { Board, InterviewSession, readInterviewerNotes, toBoardFile } from '@napkin/doc';
import type * as Y from 'yjs';
import type { BoardAccess } from '../access/board-access.js';
import { bearerTokenOf } from '../access/board-access.js';
import { sendJson } from '../access/http-body.js';
import { roomKey } from '../access/room-path.js';
import type { BoardId } from '../board-id.js';
import { parseBoardId } from '../board-id.js';
import { ExportGate } from '../export/export-gate.js';
import { sendExported } from '../export/send-exported.js';
import type { ExportRenderer } from '../export/export-worker.js';
import { scorecardDetails } from './scorecard-details.js';

const SCORECARD_PATH = /^\/api\/interviews\/([^/]+)\/scorecard$/;

export interface ScorecardRouteOptions {
  readonly access: BoardAccess;
  /** Reads a room the relay holds (`Relay.readRoom`). */
  readonly readRoom: <T>(key: BoardId, read: (doc: Y.Doc) => T) => Promise<T | null>;
  /** Where the PDF and Markdown are written: the export worker. */
  readonly renderer: ExportRenderer;
  readonly now?: () => number;
}

type ScorecardQuery = { readonly format: 'md' | 'pdf'; readonly pageSize: 'a4' | 'letter' } | { readonly error: string };

export function parseScorecardQuery(params: URLSearchParams): ScorecardQuery {
  for (const key of params.keys()) if (key !== 'format' && key !== 'page') return { error: `unknown parameter ${key} (format, page)` };
  const format = params.get('format') ?? 'md';
  if (format !== 'md' && format !== 'pdf') return { error: 'format must be md or pdf' };
  const page = params.get('page') ?? 'a4';
  if (page !== 'a4' && page !== 'letter') return { error: 'page must be a4 or letter' };
  return { format, pageSize: page };
}

export function createScorecardRoute(options: ScorecardRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const engine = createEngine();
  const gate = new ExportGate(2);

  const serve = async (request: IncomingMessage, response: ServerResponse, url: URL, rawId: string): Promise<void> => {
    const boardId = parseBoardId(rawId);
    if (boardId === null) return sendJson(response, 400, { error: 'invalid board id' });
    const verdict = await options.access.verdict(boardId, bearerTokenOf(request));
    if (verdict.kind === 'revoked') return sendJson(response, 410, { error: 'this link was revoked' });
    if (verdict.kind === 'none') return sendJson(response, 401, { error: "the session's interviewer link is needed (Authorization: Bearer <token>)" });
    const { role } = verdict.link;
    if (role !== 'interviewer') return sendJson(response, 403, { error: `only the session's interviewer link opens the scorecard, not a ${role} link` });
    const query = parseScorecardQuery(url.searchParams);
    if ('error' in query) return sendJson(response, 400, { error: query.error });
    const turn = gate.enter();
    if (turn === null) {
      response.setHeader('Retry-After', '2');
      return sendJson(response, 429, { error: 'the relay is busy with other scorecards; try again in a moment' });
    }
    try {
      await turn.ready;
      const session = await options.readRoom(roomKey(boardId, 'session'), (doc) => new InterviewSession(doc).snapshot());
      const notes = await options.readRoom(roomKey(boardId, 'notes'), readInterviewerNotes);
      const file = await options.readRoom(boardId, (doc) => toBoardFile(new Board(doc).snapshot()));
      if (session === null || notes === null || file === null) return sendJson(response, 503, { error: 'the session could not be loaded; try again in a moment' });
      // An interview board is a few dozen components: judging the rubric here takes milliseconds.
      const details = scorecardDetails({ session, notes, file, analysis: analyze(file, engine), now: options.now?.() ?? Date.now() });
      const exported = await options.renderer.render(file, { format: query.format, pageSize: query.pageSize, scorecard: details });
      sendExported(request, response, exported);
    } finally {
      turn.leave();
    }
  };

  return async (request, response, url) => {
    const match = SCORECARD_PATH.exec(url.pathname);
    if (match === null) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') sendJson(response, 405, { error: "GET downloads the session's scorecard" });
    else await serve(request, response, url, match[1] ?? '');
    return true;
  };
}
