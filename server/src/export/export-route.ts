// GET /api/boards/<id>/export?format=svg|png|pdf|md|json|mermaid: the board rendered by the relay, for
// whoever holds a link that may view it (the token in `Authorization: Bearer`, checked like the access
// route: 401 without a working link, 410 for a revoked one). What is drawn is what the relay holds, with
// the open comment threads as markers when the link may read the comments room. The relay reads the
// board; the analysis and the drawing run on the export worker (export-worker.ts), so a big export does
// not hold up other boards' sync. Exports take turns there (`ExportGate`): a crowd of them is told to
// come back later.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Board, CommentThreads, openThreadCounts, toBoardFile } from '@napkin/doc';
import type { BoardAccess } from '../access/board-access.js';
import { bearerTokenOf } from '../access/board-access.js';
import { sendJson } from '../access/http-body.js';
import { accessOf } from '../access/roles.js';
import { roomKey } from '../access/room-path.js';
import { parseBoardId } from '../board-id.js';
import type { Relay } from '../relay.js';
import { parseExportQuery } from './export-query.js';
import { sendExported } from './send-exported.js';
import { ExportGate } from './export-gate.js';
import type { ExportRenderer } from './export-worker.js';

const EXPORT_PATH = /^\/api\/boards\/([^/]+)\/export$/;

export interface ExportRouteOptions {
  readonly access: BoardAccess;
  readonly relay: Relay;
  /** Where exports are drawn: the export worker (server.ts starts it). */
  readonly renderer: ExportRenderer;
  /** Exports waiting for their turn beyond the one rendering; more get 429. */
  readonly queue?: number;
}

export function createExportRoute(options: ExportRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const { access, relay } = options;
  const gate = new ExportGate(options.queue ?? 4);

  const render = async (request: IncomingMessage, response: ServerResponse, url: URL, rawId: string): Promise<void> => {
    const boardId = parseBoardId(rawId);
    if (boardId === null) return sendJson(response, 400, { error: 'invalid board id' });
    const verdict = await access.verdict(boardId, bearerTokenOf(request));
    if (verdict.kind === 'revoked') return sendJson(response, 410, { error: 'this link was revoked' });
    if (verdict.kind === 'none') return sendJson(response, 401, { error: 'a link with a capability is needed (Authorization: Bearer <token>)' });
    const { role } = verdict.link;
    if (accessOf(role, 'board') === 'none') return sendJson(response, 403, { error: `a ${role} link cannot view the board` });
    const query = parseExportQuery(url.searchParams);
    if ('error' in query) return sendJson(response, 400, { error: query.error });
    const turn = gate.enter();
    if (turn === null) {
      response.setHeader('Retry-After', '2');
      return sendJson(response, 429, { error: 'the relay is busy with other exports; try again in a moment' });
    }
    try {
      await turn.ready;
      const file = await relay.readRoom(boardId, (doc) => toBoardFile(new Board(doc).snapshot()));
      if (file === null) return sendJson(response, 503, { error: 'the board could not be loaded' });
      const known = new Set([...file.components, ...file.zones, ...(file.annotations ?? [])].map((item) => item.id));
      const unknown = (query.request.selection ?? []).filter((id) => !known.has(id));
      if (unknown.length > 0) return sendJson(response, 400, { error: `select names nothing on the board: ${unknown.join(', ')}` });
      const comments =
        accessOf(role, 'comments') === 'none'
          ? new Map<string, number>()
          : ((await relay.readRoom(roomKey(boardId, 'comments'), (doc) => openThreadCounts(new CommentThreads(doc).snapshot().threads))) ?? new Map<string, number>());
      const exported = await options.renderer.render(file, { ...query.request, comments });
      sendExported(request, response, exported);
    } finally {
      turn.leave();
    }
  };

  return async (request, response, url) => {
    const match = EXPORT_PATH.exec(url.pathname);
    if (match === null) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') sendJson(response, 405, { error: 'GET exports the board' });
    else await render(request, response, url, match[1] ?? '');
    return true;
  };
}
