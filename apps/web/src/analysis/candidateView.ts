// What this screen shows of the analysis, as React context: the board view provides it from the interview's
// session room (interviewCandidateView below), the panel and the component badges follow it. Outside an
// interview, and for the interviewer, it is everything.
import type { CandidateView, SessionSnapshot } from '@napkin/doc';
import { candidateViewOf, IDLE_TIMER, SHOW_ALL } from '@napkin/doc';
import { createContext, useContext } from 'react';

export const CandidateViewContext = createContext<CandidateView>(SHOW_ALL);

export function useCandidateView(): CandidateView {
  return useContext(CandidateViewContext);
}

/** Roles that take part in an interview session; any other link opens a plain board. */
export const SESSION_ROLE_NAMES: readonly string[] = ['candidate', 'interviewer', 'observer', 'practice'];

/**
 * The view for a link's role: an interviewer sees everything; the candidate, an observer and a solo practice
 * session see what the session says (before the session room arrives: its mode's default, never more).
 */
export function viewForRole(role: string, snapshot: SessionSnapshot | null, timeUp: boolean): CandidateView {
  if (role === 'interviewer' || !SESSION_ROLE_NAMES.includes(role)) return SHOW_ALL;
  const fallback: SessionSnapshot['meta'] = { mode: role === 'practice' ? 'practice' : 'interview', problemId: null };
  const known = snapshot ?? { meta: fallback, timer: IDLE_TIMER, view: null, cards: [] };
  return candidateViewOf({ ...known, meta: known.meta ?? fallback }, timeUp);
}
