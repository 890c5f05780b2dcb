import { IDLE_TIMER, SHOW_ALL } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import { viewForRole } from './candidateView';

const session = (mode: 'interview' | 'practice', view: { panel: boolean; badges: boolean; findings: boolean } | null = null) => ({
  meta: { mode, problemId: null },
  timer: IDLE_TIMER,
  view,
  cards: [],
});

describe('what each role sees of the analysis', () => {
  it('shows the interviewer and plain boards everything', () => {
    expect(viewForRole('interviewer', session('interview', { panel: false, badges: false, findings: false }), false)).toEqual(SHOW_ALL);
    expect(viewForRole('editor', null, false)).toEqual(SHOW_ALL);
  });

  it("shows the candidate and observers the interviewer's choice, else badges only", () => {
    expect(viewForRole('candidate', session('interview'), false)).toEqual({ panel: false, badges: true, findings: false });
    expect(viewForRole('observer', session('interview', SHOW_ALL), false)).toEqual(SHOW_ALL);
    expect(viewForRole('candidate', null, false)).toEqual({ panel: false, badges: true, findings: false });
  });

  it('keeps practice bare until the time is up', () => {
    expect(viewForRole('practice', null, false)).toEqual({ panel: false, badges: false, findings: false });
    expect(viewForRole('practice', session('practice'), true)).toEqual(SHOW_ALL);
  });
});
