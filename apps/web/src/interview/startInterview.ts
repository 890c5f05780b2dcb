// "Start an interview" / "Practise alone" from the problem library: the relay makes the session (a new board
// and its links), this browser remembers the links (interviewStore) and opens the board as the one who runs
// the session: the interviewer's link for an interview (their screen shows the candidate's and observer's
// links to hand out), the practice link for solo practice. The session room is set up on that first open.
import type { InterviewMode } from '@napkin/doc';
import { holdToken } from '../access/linkStore';
import { createSession } from './interviewApi';
import type { CreatedSession } from './interviewApi';
import { rememberSession } from './interviewStore';

/** The path that opens the session's board as the person running it. */
export function runnerPath(session: CreatedSession): string {
  const token = session.mode === 'practice' ? session.links.practice : session.links.interviewer;
  return `/b/${session.boardId}${token === undefined ? '' : `#k=${token}`}`;
}

/**
 * Makes the session and opens it. Rejects with a sentence a person can act on when the relay refuses or is
 * unreachable (the caller shows it); nothing is remembered then.
 */
export async function startInterview(problemId: string | null, mode: InterviewMode, open: (path: string) => void = (path) => window.location.assign(path)): Promise<CreatedSession> {
  const session = await createSession(problemId, mode);
  const storage = browserStorage();
  rememberSession(storage, session);
  const runner = mode === 'practice' ? session.links.practice : session.links.interviewer;
  if (runner !== undefined) holdToken(storage, session.boardId, runner);
  open(runnerPath(session));
  return session;
}

/** `localStorage`, which can throw on access (cookies blocked): then nothing is remembered. */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
