// What an interview's scorecard says beyond the board itself, as plain data the relay gathers from the session
// (the problem, the phase timer, the rubric's verdicts and the interviewer's scores, summary and played failure
// cards) and hands to the renderer with the final board. Plain and cloneable: it travels to the export worker.

export interface ScorecardPhase {
  readonly title: string;
  /** The phase's length with the minutes the interviewer added. */
  readonly plannedMs: number;
  /** Time spent in it, pauses not counted; null for a phase never reached. */
  readonly spentMs: number | null;
  /** The phase running when the scorecard was made. */
  readonly current: boolean;
}

export type ScorecardVerdict = 'met' | 'missing' | 'not-judgeable';

export interface ScorecardPoint {
  readonly title: string;
  /** The playbook section it comes from. */
  readonly section: string;
  /** The board's automatic verdict on the final design; 'not-judgeable' for a point the interviewer scores alone. */
  readonly verdict: ScorecardVerdict;
  /** The interviewer's verdict where it differs from the board's. */
  readonly override: 'met' | 'missing' | null;
  /** The verdict's evidence: the component by its name on the board, and the figure. */
  readonly evidence: { readonly component?: string; readonly figure?: string } | null;
  readonly score: 1 | 2 | 3 | 4 | null;
  readonly note: string;
}

/** A failure card the interviewer played: the incident, what it hit, in which phase, and whether it was cleared. */
export interface ScorecardCard {
  readonly title: string;
  readonly target: string;
  /** The phase's title; null when played outside the timed phases. */
  readonly phase: string | null;
  readonly cleared: boolean;
}

export interface ScorecardDetails {
  readonly problem: { readonly title: string; readonly prompt: string } | null;
  /** Where the timer stands: 'idle', 'running', 'paused' or 'ended'. */
  readonly timerStatus: string;
  readonly phases: readonly ScorecardPhase[];
  readonly points: readonly ScorecardPoint[];
  /** The interviewer's closing summary, as written. */
  readonly summary: string;
  readonly cards?: readonly ScorecardCard[];
}
