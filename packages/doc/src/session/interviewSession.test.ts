import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { candidateViewOf, DEFAULT_VIEWS, InterviewSession, SHOW_ALL } from './interviewSession.js';
import { IDLE_TIMER, pauseTimer, startTimer } from './phaseTimer.js';

/** Two peers of one session room, kept in sync by hand. */
function pair(): { a: InterviewSession; b: InterviewSession } {
  const [docA, docB] = [new Y.Doc(), new Y.Doc()];
  docA.on('update', (update: Uint8Array) => Y.applyUpdate(docB, update));
  docB.on('update', (update: Uint8Array) => Y.applyUpdate(docA, update));
  return { a: new InterviewSession(docA), b: new InterviewSession(docB) };
}

describe('the session room', () => {
  it('starts empty: no meta, the idle timer, no view choice', () => {
    expect(new InterviewSession(new Y.Doc()).snapshot()).toEqual({ meta: null, timer: IDLE_TIMER, view: null, cards: [] });
  });

  it('is initialised once; a later setup keeps the first', () => {
    const { a, b } = pair();
    expect(a.initialise({ mode: 'practice', problemId: 'url-shortener' })).toBe(true);
    expect(b.initialise({ mode: 'interview', problemId: 'chat' })).toBe(false);
    expect(b.snapshot().meta).toEqual({ mode: 'practice', problemId: 'url-shortener' });
  });

  it('drops a problem id that is not one', () => {
    const session = new InterviewSession(new Y.Doc());
    session.initialise({ mode: 'interview', problemId: '../etc' });
    expect(session.snapshot().meta).toEqual({ mode: 'interview', problemId: null });
  });

  it('carries timer commands and view choices to every peer, and tells observers', () => {
    const { a, b } = pair();
    const seen: number[] = [];
    const stop = b.observe((snapshot) => seen.push(snapshot.timer.phase));
    a.updateTimer((timer) => startTimer(timer, 1000));
    a.updateTimer((timer) => pauseTimer(timer, 4000));
    expect(b.snapshot().timer).toMatchObject({ phase: 0, phaseStartedAt: 1000, pausedAt: 4000 });
    a.setView({ panel: true, badges: false, findings: true });
    expect(b.snapshot().view).toEqual({ panel: true, badges: false, findings: true });
    stop();
    expect(seen.length).toBe(3);
  });

  it('writes nothing for a command that changes nothing', () => {
    const session = new InterviewSession(new Y.Doc());
    let updates = 0;
    session.ydoc.on('update', () => (updates += 1));
    session.updateTimer((timer) => pauseTimer(timer, 5));
    expect(updates).toBe(0);
  });

  it('reads a malformed entry as absent', () => {
    const doc = new Y.Doc();
    doc.getMap('session').set('meta', { mode: 'exam' });
    doc.getMap('session').set('view', { panel: 'yes' });
    doc.getMap('session').set('timer', 'soon');
    expect(new InterviewSession(doc).snapshot()).toEqual({ meta: null, timer: IDLE_TIMER, view: null, cards: [] });
  });
});

describe("what the candidate's screen shows", () => {
  const snapshot = (mode: 'interview' | 'practice', view = null as null | typeof SHOW_ALL) => ({ meta: { mode, problemId: null }, timer: IDLE_TIMER, view, cards: [] });
  it('follows the mode default until the interviewer chooses', () => {
    expect(candidateViewOf(snapshot('interview'), false)).toEqual({ panel: false, badges: true, findings: false });
    expect(candidateViewOf(snapshot('interview', { panel: true, badges: true, findings: true }), false)).toEqual(SHOW_ALL);
    expect(candidateViewOf(snapshot('practice'), false)).toEqual(DEFAULT_VIEWS.practice);
  });
  it('shows everything in practice once time is up', () => {
    expect(candidateViewOf(snapshot('practice'), true)).toEqual(SHOW_ALL);
    expect(candidateViewOf(snapshot('interview'), true)).toEqual(DEFAULT_VIEWS.interview);
  });
});
