// A typed view over a board's session room (`<boardId>~session`), the interview's shared control state: which
// problem and mode, the phase timer, and what the candidate's screen shows of the analysis. Only interviewer
// (and solo practice) links may write this room, the relay enforces it; everyone in the session reads it.
// Each entry is one plain value replaced whole in one transaction, so two interviewer tabs acting at once
// end with one of their states (last writer wins), never a mix of both.
import type * as Y from 'yjs';
import type { TimerState } from './phaseTimer.js';
import { parseTimerState } from './phaseTimer.js';
import type { PlayedCard } from './playedCards.js';
import { parsePlayedCards, PLAYED_CARDS_KEY, withClearedCard, withPlayedCard } from './playedCards.js';

export type InterviewMode = 'interview' | 'practice';

export interface SessionMeta {
  readonly mode: InterviewMode;
  /** The library problem the session is about (`@napkin/problems` ids); null for an open-ended session. */
  readonly problemId: string | null;
}

/** What the candidate's screen shows of the analysis; interviewers always see everything. */
export interface CandidateView {
  readonly panel: boolean;
  readonly badges: boolean;
  /** Findings and their hints (in the panel and on the components). */
  readonly findings: boolean;
}

/** An interview shows the numbers on the board but gives no answers away; practice shows nothing until time is up. */
export const DEFAULT_VIEWS: Readonly<Record<InterviewMode, CandidateView>> = {
  interview: { panel: false, badges: true, findings: false },
  practice: { panel: false, badges: false, findings: false },
};

export const SHOW_ALL: CandidateView = { panel: true, badges: true, findings: true };

export interface SessionSnapshot {
  /** Null until the session's creator has written it. */
  readonly meta: SessionMeta | null;
  readonly timer: TimerState;
  /** The interviewer's choice; null when they have not made one (the mode's default applies). */
  readonly view: CandidateView | null;
  /** The failure cards played so far, oldest first (playedCards.ts). */
  readonly cards: readonly PlayedCard[];
}

const SESSION_MAP = 'session';
const PROBLEM_ID = /^[a-z0-9-]{1,64}$/;

export class InterviewSession {
  private readonly map: Y.Map<unknown>;

  constructor(readonly ydoc: Y.Doc) {
    this.map = ydoc.getMap(SESSION_MAP);
  }

  snapshot(): SessionSnapshot {
    return { meta: parseMeta(this.map.get('meta')), timer: parseTimerState(this.map.get('timer')), view: parseView(this.map.get('view')), cards: parsePlayedCards(this.map.get(PLAYED_CARDS_KEY)) };
  }

  /** Calls `listener` with a fresh snapshot after every change, local or remote. */
  observe(listener: (snapshot: SessionSnapshot) => void): () => void {
    const onUpdate = () => listener(this.snapshot());
    this.ydoc.on('update', onUpdate);
    return () => this.ydoc.off('update', onUpdate);
  }

  /** Written once by whoever sets the session up; a session that has its meta keeps it. */
  initialise(meta: SessionMeta): boolean {
    if (parseMeta(this.map.get('meta')) !== null) return false;
    const problemId = meta.problemId !== null && PROBLEM_ID.test(meta.problemId) ? meta.problemId : null;
    this.ydoc.transact(() => this.map.set('meta', { mode: meta.mode, problemId }));
    return true;
  }

  /** Applies a timer command (the pure functions of phaseTimer.ts) to the stored state. */
  updateTimer(change: (timer: TimerState) => TimerState): void {
    const before = this.snapshot().timer;
    const after = change(before);
    if (after === before) return;
    this.ydoc.transact(() => this.map.set('timer', { ...after, extraMinutes: [...after.extraMinutes] }));
  }

  setView(view: CandidateView): void {
    this.ydoc.transact(() => this.map.set('view', { panel: view.panel, badges: view.badges, findings: view.findings }));
  }

  /** Records a failure card as played (its marks are written to the board by whoever plays it). */
  recordCard(card: PlayedCard): void {
    const cards = withPlayedCard(this.snapshot().cards, card);
    this.ydoc.transact(() => this.map.set(PLAYED_CARDS_KEY, [...cards]));
  }

  /** Records the card `id` as cleared at relay time `at`; nothing is written when it is not in play. */
  recordCleared(id: string, at: number): void {
    const before = this.snapshot().cards;
    const after = withClearedCard(before, id, at);
    if (after === before) return;
    this.ydoc.transact(() => this.map.set(PLAYED_CARDS_KEY, [...after]));
  }
}

/**
 * What a candidate's screen shows: the interviewer's choice, else the mode's default; in practice, once the
 * time is up, everything (the solo candidate is their own interviewer then).
 */
export function candidateViewOf(snapshot: SessionSnapshot, timeUp: boolean): CandidateView {
  const mode = snapshot.meta?.mode ?? 'interview';
  if (mode === 'practice' && timeUp) return SHOW_ALL;
  return snapshot.view ?? DEFAULT_VIEWS[mode];
}

function parseMeta(value: unknown): SessionMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const { mode, problemId } = value as Record<string, unknown>;
  if (mode !== 'interview' && mode !== 'practice') return null;
  return { mode, problemId: typeof problemId === 'string' && PROBLEM_ID.test(problemId) ? problemId : null };
}

function parseView(value: unknown): CandidateView | null {
  if (typeof value !== 'object' || value === null) return null;
  const { panel, badges, findings } = value as Record<string, unknown>;
  if (typeof panel !== 'boolean' || typeof badges !== 'boolean' || typeof findings !== 'boolean') return null;
  return { panel, badges, findings };
}
