// Who may read a session's interviewer material (the problem's rubric points and reference design, served by
// the problems route): an interviewer link, always; a solo practice link once its session's time is up (the
// last phase spent, or ended), read from the session room the relay holds, at the relay's own clock, so a
// practising candidate cannot get the answers early by setting their clock or by asking; anyone else, never.
// The answer says why in words a person can act on.
import { InterviewSession, readTimer } from '@napkin/doc';
import type { SessionSnapshot } from '@napkin/doc';
import type * as Y from 'yjs';
import type { BoardAccess } from '../access/board-access.js';
import type { CapabilityToken } from '../access/capabilities.js';
import { roomKey } from '../access/room-path.js';
import type { BoardId } from '../board-id.js';

export type MaterialVerdict =
  | { readonly ok: true; readonly role: 'interviewer' | 'practice'; readonly problemId: string | null }
  | { readonly ok: false; readonly status: 401 | 403 | 410 | 503; readonly error: string };

/** Reads a session room the relay holds (`Relay.readRoom`); null when it cannot be loaded. */
export type SessionReader = (key: BoardId, read: (doc: Y.Doc) => SessionSnapshot) => Promise<SessionSnapshot | null>;

export async function interviewerMaterialAccess(
  access: BoardAccess,
  readRoom: SessionReader,
  boardId: BoardId,
  token: CapabilityToken | null,
  now: number = Date.now(),
): Promise<MaterialVerdict> {
  const verdict = await access.verdict(boardId, token);
  if (verdict.kind === 'revoked') return { ok: false, status: 410, error: 'this link was revoked' };
  if (verdict.kind === 'none') return { ok: false, status: 401, error: "a session's interviewer or practice link is needed (Authorization: Bearer <token>)" };
  const { role } = verdict.link;
  if (role !== 'interviewer' && role !== 'practice') return { ok: false, status: 403, error: `a ${role} link cannot read the interviewer's material` };
  const snapshot = await readRoom(roomKey(boardId, 'session'), (doc) => new InterviewSession(doc).snapshot());
  if (snapshot === null) return { ok: false, status: 503, error: 'the session could not be loaded; try again in a moment' };
  const problemId = snapshot.meta?.problemId ?? null;
  if (role === 'interviewer') return { ok: true, role, problemId };
  if (!readTimer(snapshot.timer, now).timeUp) {
    return { ok: false, status: 403, error: "practice shows the interviewer's material once the time is up: finish the last phase or end the session" };
  }
  return { ok: true, role, problemId };
}
