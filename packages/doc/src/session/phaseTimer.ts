// The interview's phase timer as plain data and pure functions: where the interview stands at a moment
// `t` (its phase, time left, overtime) and how the interviewer's commands change it. Every timestamp is
// SERVER time in epoch ms (each screen adds its measured offset to its own clock before calling these), so
// screens whose clocks disagree by minutes still show the same remaining time. Nothing here reads a clock.
//
// The phases are the playbook's RAPID-S framework for a 45-minute interview (section 4, "The Interview
// Framework (RAPID-S)"): requirements 5 min, API 5, high-level design 10, internals 15, deep dives 5,
// scale and reliability 5. `citations.ts` beside this file lets `pnpm check:citations` hold us to it.

export interface InterviewPhase {
  readonly id: 'requirements' | 'api' | 'high-level' | 'internals' | 'deep-dives' | 'scale';
  readonly title: string;
  readonly minutes: number;
}

export const RAPID_S_PHASES: readonly InterviewPhase[] = [
  { id: 'requirements', title: 'Requirements', minutes: 5 },
  { id: 'api', title: 'API', minutes: 5 },
  { id: 'high-level', title: 'High-level design', minutes: 10 },
  { id: 'internals', title: 'Internals', minutes: 15 },
  { id: 'deep-dives', title: 'Deep dives', minutes: 5 },
  { id: 'scale', title: 'Scale and reliability', minutes: 5 },
];

export const MINUTE_MS = 60_000;

/**
 * The timer as the session room stores it. `phaseStartedAt` is when the current phase would have begun had
 * it never been paused (a resume moves it forward by the pause), so elapsed = (pausedAt ?? t) - phaseStartedAt.
 */
export interface TimerState {
  /** Index into RAPID_S_PHASES; -1 before the interviewer starts. */
  readonly phase: number;
  readonly phaseStartedAt: number | null;
  /** Server time the timer was paused at; null while it runs (or before the start). */
  readonly pausedAt: number | null;
  /** Minutes the interviewer added, per phase index. */
  readonly extraMinutes: readonly number[];
  /** Server time the interviewer ended the interview; null until then. */
  readonly endedAt: number | null;
  /**
   * Time spent in each phase already left (advanced past or ended), pauses not counted, per phase index: the
   * scorecard's phase times. Absent in states stored before it was kept.
   */
  readonly spentMs?: readonly number[];
}

export const IDLE_TIMER: TimerState = { phase: -1, phaseStartedAt: null, pausedAt: null, extraMinutes: [], endedAt: null };

export type TimerStatus = 'idle' | 'running' | 'paused' | 'ended';

export interface TimerReading {
  readonly status: TimerStatus;
  /** The current phase; null before the start. */
  readonly phase: InterviewPhase | null;
  readonly phaseIndex: number;
  /** The phase's length with its extensions. */
  readonly phaseMs: number;
  readonly elapsedMs: number;
  /** Time left in the phase, never below 0. */
  readonly remainingMs: number;
  /** Time past the phase's end, 0 while within it. */
  readonly overtimeMs: number;
  /** The last phase is over (its time is spent) or the interviewer ended the interview. */
  readonly timeUp: boolean;
}

export function phaseLengthMs(state: TimerState, index: number): number {
  const phase = RAPID_S_PHASES[index];
  return phase === undefined ? 0 : (phase.minutes + (state.extraMinutes[index] ?? 0)) * MINUTE_MS;
}

/** Where the interview stands at server time `now`. */
export function readTimer(state: TimerState, now: number): TimerReading {
  const phase = RAPID_S_PHASES[state.phase] ?? null;
  if (phase === null || state.phaseStartedAt === null) {
    const ended = state.endedAt !== null;
    return { status: ended ? 'ended' : 'idle', phase: null, phaseIndex: -1, phaseMs: 0, elapsedMs: 0, remainingMs: 0, overtimeMs: 0, timeUp: ended };
  }
  const stoppedAt = state.endedAt ?? state.pausedAt;
  const elapsedMs = Math.max(0, (stoppedAt ?? now) - state.phaseStartedAt);
  const phaseMs = phaseLengthMs(state, state.phase);
  const remainingMs = Math.max(0, phaseMs - elapsedMs);
  const overtimeMs = Math.max(0, elapsedMs - phaseMs);
  const lastSpent = state.phase === RAPID_S_PHASES.length - 1 && remainingMs === 0;
  const status: TimerStatus = state.endedAt !== null ? 'ended' : state.pausedAt !== null ? 'paused' : 'running';
  return { status, phase, phaseIndex: state.phase, phaseMs, elapsedMs, remainingMs, overtimeMs, timeUp: state.endedAt !== null || lastSpent };
}

/** Starts the first phase at `now`; a started timer is left as it is. */
export function startTimer(state: TimerState, now: number): TimerState {
  if (state.phase !== -1 || state.endedAt !== null) return state;
  return { ...state, phase: 0, phaseStartedAt: now, pausedAt: null };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (readTimer(state, now).status !== 'running') return state;
  return { ...state, pausedAt: now };
}

/** Resumes where it was paused: the pause does not count against the phase. */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (readTimer(state, now).status !== 'paused' || state.phaseStartedAt === null || state.pausedAt === null) return state;
  return { ...state, phaseStartedAt: state.phaseStartedAt + (now - state.pausedAt), pausedAt: null };
}

/** Moves to the next phase with its full time (paused stays paused); past the last phase it ends the interview. */
export function advanceTimer(state: TimerState, now: number): TimerState {
  const status = readTimer(state, now).status;
  if (status === 'idle' || status === 'ended') return state;
  if (state.phase >= RAPID_S_PHASES.length - 1) return endTimer(state, now);
  const spentMs = withSpent(state, readTimer(state, now).elapsedMs);
  return { ...state, phase: state.phase + 1, phaseStartedAt: now, pausedAt: status === 'paused' ? now : null, spentMs };
}

/** Gives the current phase `minutes` more (a negative number takes time back, never below its own length). */
export function extendTimer(state: TimerState, minutes: number, now: number): TimerState {
  const status = readTimer(state, now).status;
  if (status === 'idle' || status === 'ended' || !Number.isFinite(minutes)) return state;
  const extraMinutes = RAPID_S_PHASES.map((_, index) => state.extraMinutes[index] ?? 0);
  extraMinutes[state.phase] = Math.max(0, (extraMinutes[state.phase] ?? 0) + Math.round(minutes));
  return { ...state, extraMinutes };
}

export function endTimer(state: TimerState, now: number): TimerState {
  if (state.endedAt !== null || state.phase === -1) return state;
  return { ...state, endedAt: state.pausedAt ?? now, spentMs: withSpent(state, readTimer(state, now).elapsedMs) };
}

/** The state's spent times with the current phase's set to `elapsedMs`. */
function withSpent(state: TimerState, elapsedMs: number): number[] {
  const spentMs = RAPID_S_PHASES.map((_, index) => state.spentMs?.[index] ?? 0);
  spentMs[state.phase] = elapsedMs;
  return spentMs;
}

export interface PhaseTime {
  readonly phase: InterviewPhase;
  /** The phase's length with the minutes the interviewer added. */
  readonly plannedMs: number;
  /** Time spent in it, pauses not counted: so far for the current phase; null for a phase not reached. */
  readonly spentMs: number | null;
  readonly current: boolean;
}

/** Each phase's planned and spent time at server time `now` (the scorecard's table). */
export function phaseTimes(state: TimerState, now: number): PhaseTime[] {
  const reading = readTimer(state, now);
  return RAPID_S_PHASES.map((phase, index) => {
    const current = index === reading.phaseIndex && reading.status !== 'ended';
    const spentMs = index === reading.phaseIndex ? reading.elapsedMs : index < reading.phaseIndex ? (state.spentMs?.[index] ?? 0) : null;
    return { phase, plannedMs: phaseLengthMs(state, index), spentMs, current };
  });
}

/** A stored value read back: anything malformed is the idle timer, never a crash on a peer's bad write. */
export function parseTimerState(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return IDLE_TIMER;
  const raw = value as Record<string, unknown>;
  const phase = raw.phase;
  const time = (field: unknown): number | null => (typeof field === 'number' && Number.isFinite(field) ? field : null);
  if (typeof phase !== 'number' || !Number.isInteger(phase) || phase < 0 || phase >= RAPID_S_PHASES.length) return IDLE_TIMER;
  const phaseStartedAt = time(raw.phaseStartedAt);
  if (phaseStartedAt === null) return IDLE_TIMER;
  const extra = Array.isArray(raw.extraMinutes) ? raw.extraMinutes : [];
  const extraMinutes = RAPID_S_PHASES.map((_, index) => {
    const minutes = extra[index];
    return typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 0 ? Math.min(minutes, 600) : 0;
  });
  const state: TimerState = { phase, phaseStartedAt, pausedAt: time(raw.pausedAt), extraMinutes, endedAt: time(raw.endedAt) };
  if (!Array.isArray(raw.spentMs)) return state;
  const spent: unknown[] = raw.spentMs;
  const spentMs = RAPID_S_PHASES.map((_, index) => {
    const ms = spent[index];
    return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? ms : 0;
  });
  return { ...state, spentMs };
}

/** "4:05", "0:00": a countdown's minutes and seconds (rounded up, so a fresh phase shows its whole length). */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
