// A session's recording over HTTP (`Authorization: Bearer <token>`):
//   GET    /api/interviews/<boardId>/recording         the replay (recording-replay.ts): interviewer and practice links
//   DELETE /api/interviews/<boardId>/recording         deletes it and stops recording the session: same links
//   GET    /api/interviews/<boardId>/recording/status  { recording }: any link of the session, so every screen
//                                                     can say that the session is recorded (a session's own
//                                                     links hear true from the start: its recording begins with
//                                                     the session room's first write, which may come after
//                                                     the first screen asks)
// A candidate's or an observer's link gets 403 on the recording itself: it holds the whole session, and the
// interviewer decides what the candidate sees.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BoardAccess } from '../../access/board-access.js';
import { bearerTokenOf } from '../../access/board-access.js';
import { sendJson } from '../../access/http-body.js';
import { accessOf } from '../../access/roles.js';
import type { Role } from '../../access/roles.js';
import { parseBoardId } from '../../board-id.js';
import type { BoardId } from '../../board-id.js';
import { replayOf } from './recording-replay.js';
import type { RecordingStore } from './recording-store.js';

const RECORDING_PATH = /^\/api\/interviews\/([^/]+)\/recording(\/status)?$/;
const REPLAY_ROLES: readonly Role[] = ['interviewer', 'practice'];
/** The links `POST /api/interviews` makes: their board is a session, recorded unless its recording was deleted. */
const SESSION_ROLES: readonly Role[] = ['candidate', 'interviewer', 'observer', 'practice'];

export interface RecordingRouteOptions {
  readonly access: BoardAccess;
  readonly store: RecordingStore;
  /** Called after a recording was deleted (the recorder forgets the board). */
  readonly onDeleted?: (boardId: BoardId) => void;
}

type Verdict = { readonly ok: true; readonly role: Role } | { readonly ok: false; readonly status: number; readonly error: string };

export function createRecordingRoute(options: RecordingRouteOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const linkOf = async (request: IncomingMessage, boardId: BoardId): Promise<Verdict> => {
    const verdict = await options.access.verdict(boardId, bearerTokenOf(request));
    if (verdict.kind === 'revoked') return { ok: false, status: 410, error: 'this link was revoked' };
    if (verdict.kind === 'none') return { ok: false, status: 401, error: "a link of this session is needed (Authorization: Bearer <token>)" };
    return { ok: true, role: verdict.link.role };
  };

  const status = async (request: IncomingMessage, response: ServerResponse, boardId: BoardId): Promise<void> => {
    const verdict = await linkOf(request, boardId);
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.error });
    if (accessOf(verdict.role, 'session') === 'none') return sendJson(response, 403, { error: `a ${verdict.role} link is not part of a session` });
    const { store } = options;
    const recording = store.isRecording(boardId) || (SESSION_ROLES.includes(verdict.role) && !store.wasDeleted(boardId));
    sendJson(response, 200, { recording });
  };

  const recording = async (request: IncomingMessage, response: ServerResponse, boardId: BoardId, method: string): Promise<void> => {
    const verdict = await linkOf(request, boardId);
    if (!verdict.ok) return sendJson(response, verdict.status, { error: verdict.error });
    if (!REPLAY_ROLES.includes(verdict.role)) {
      return sendJson(response, 403, { error: `a ${verdict.role} link cannot open the session's recording; the interviewer's link can` });
    }
    if (method === 'DELETE') {
      if (!(await options.store.delete(boardId))) return sendJson(response, 404, { error: 'this session has no recording (deleted, or past its retention)' });
      options.onDeleted?.(boardId);
      return sendJson(response, 200, { deleted: true });
    }
    const parsed = await options.store.read(boardId);
    if (parsed === null) return sendJson(response, 404, { error: 'this session has no recording (deleted, or past its retention)' });
    sendJson(response, 200, replayOf(parsed));
  };

  return async (request, response, url) => {
    const match = RECORDING_PATH.exec(url.pathname);
    if (match === null) return false;
    const boardId = parseBoardId(match[1] ?? '');
    const method = request.method ?? 'GET';
    if (boardId === null) sendJson(response, 400, { error: 'a session id is the board id its links name (16-64 letters, digits, - and _)' });
    else if (match[2] !== undefined) {
      if (method !== 'GET') sendJson(response, 405, { error: 'GET says whether the session is recorded' });
      else await status(request, response, boardId);
    } else if (method !== 'GET' && method !== 'DELETE') sendJson(response, 405, { error: 'GET reads the recording, DELETE deletes it' });
    else await recording(request, response, boardId, method);
    return true;
  };
}
