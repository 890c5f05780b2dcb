import { describe, expect, it } from 'vitest';
import type { TimerState } from './phaseTimer.js';
import {
  advanceTimer,
  endTimer,
  extendTimer,
  formatClock,
  IDLE_TIMER,
  MINUTE_MS,
  parseTimerState,
  pauseTimer,
  phaseTimes,
  RAPID_S_PHASES,
  readTimer,
  resumeTimer,
  startTimer,
} from './phaseTimer.js';

const T0 = 1_800_000_000_000;
const at = (minutes: number, seconds = 0): number => T0 + minutes * MINUTE_MS + seconds * 1000;

describe('the RAPID-S phases', () => {
  it('add up to a 45-minute interview in six steps', () => {
    expect(RAPID_S_PHASES.map((phase) => phase.minutes)).toEqual([5, 5, 10, 15, 5, 5]);
    expect(RAPID_S_PHASES.reduce((sum, phase) => sum + phase.minutes, 0)).toBe(45);
  });
});

describe('reading the timer at a moment', () => {
  it('is idle before the start, whatever the time', () => {
    expect(readTimer(IDLE_TIMER, at(100))).toMatchObject({ status: 'idle', phase: null, remainingMs: 0, timeUp: false });
  });

  it('counts the first phase down from the start', () => {
    const started = startTimer(IDLE_TIMER, T0);
    expect(readTimer(started, at(0))).toMatchObject({ status: 'running', phaseIndex: 0, remainingMs: 5 * MINUTE_MS, overtimeMs: 0 });
    expect(readTimer(started, at(3, 30)).remainingMs).toBe(90_000);
    expect(formatClock(readTimer(started, at(3, 30)).remainingMs)).toBe('1:30');
  });

  it('shows overtime past the phase end instead of moving on by itself', () => {
    const started = startTimer(IDLE_TIMER, T0);
    const late = readTimer(started, at(6, 15));
    expect(late).toMatchObject({ phaseIndex: 0, remainingMs: 0, overtimeMs: 75_000, timeUp: false });
  });

  it('does not count a pause against the phase', () => {
    const paused = pauseTimer(startTimer(IDLE_TIMER, T0), at(2));
    expect(readTimer(paused, at(30))).toMatchObject({ status: 'paused', elapsedMs: 2 * MINUTE_MS });
    const resumed = resumeTimer(paused, at(30));
    expect(readTimer(resumed, at(31))).toMatchObject({ status: 'running', elapsedMs: 3 * MINUTE_MS, remainingMs: 2 * MINUTE_MS });
  });

  it('advances to the next phase with its full time, and a paused timer stays paused', () => {
    const running = advanceTimer(startTimer(IDLE_TIMER, T0), at(4));
    expect(readTimer(running, at(6))).toMatchObject({ phaseIndex: 1, elapsedMs: 2 * MINUTE_MS, status: 'running' });
    const paused = advanceTimer(pauseTimer(running, at(7)), at(9));
    expect(readTimer(paused, at(20))).toMatchObject({ phaseIndex: 2, elapsedMs: 0, remainingMs: 10 * MINUTE_MS, status: 'paused' });
  });

  it('extends the current phase only, and never below its own length', () => {
    let state = extendTimer(startTimer(IDLE_TIMER, T0), 2, at(1));
    expect(readTimer(state, at(1)).phaseMs).toBe(7 * MINUTE_MS);
    state = extendTimer(state, -10, at(1));
    expect(readTimer(state, at(1)).phaseMs).toBe(5 * MINUTE_MS);
    state = advanceTimer(extendTimer(state, 1, at(1)), at(2));
    expect(readTimer(state, at(2)).phaseMs).toBe(5 * MINUTE_MS);
  });

  it('is up once the last phase is spent, or when the interviewer ends it', () => {
    let state: TimerState = startTimer(IDLE_TIMER, T0);
    for (let step = 1; step < RAPID_S_PHASES.length; step += 1) state = advanceTimer(state, at(step));
    expect(readTimer(state, at(5, 59)).timeUp).toBe(false);
    expect(readTimer(state, at(10, 1))).toMatchObject({ phaseIndex: 5, timeUp: true, overtimeMs: 1000 });
    const ended = advanceTimer(state, at(7));
    expect(readTimer(ended, at(60))).toMatchObject({ status: 'ended', timeUp: true, elapsedMs: 2 * MINUTE_MS });
    expect(readTimer(endTimer(startTimer(IDLE_TIMER, T0), at(1)), at(2)).timeUp).toBe(true);
  });

  it('ignores commands that make no sense in the current state', () => {
    expect(pauseTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
    expect(advanceTimer(IDLE_TIMER, T0)).toBe(IDLE_TIMER);
    const started = startTimer(IDLE_TIMER, T0);
    expect(startTimer(started, at(3))).toBe(started);
    expect(resumeTimer(started, at(3))).toBe(started);
  });
});

describe('phase times', () => {
  it('keep what each phase left took, pauses not counted, and the current one so far', () => {
    let state: TimerState = startTimer(IDLE_TIMER, T0);
    state = pauseTimer(state, at(2));
    state = resumeTimer(state, at(5));
    state = advanceTimer(state, at(9));
    state = extendTimer(state, 2, at(9));
    const times = phaseTimes(parseTimerState(JSON.parse(JSON.stringify(state))), at(10, 30));
    expect(times.map((time) => time.spentMs)).toEqual([6 * MINUTE_MS, 90_000, null, null, null, null]);
    expect(times.map((time) => time.plannedMs / MINUTE_MS)).toEqual([5, 7, 10, 15, 5, 5]);
    expect(times.map((time) => time.current)).toEqual([false, true, false, false, false, false]);
    const ended = phaseTimes(endTimer(state, at(11)), at(30));
    expect(ended[1]).toMatchObject({ spentMs: 2 * MINUTE_MS, current: false });
  });

  it('are all unreached before the start', () => {
    expect(phaseTimes(IDLE_TIMER, T0).every((time) => time.spentMs === null && !time.current)).toBe(true);
  });
});

describe('a stored timer read back', () => {
  it('round-trips', () => {
    const state = extendTimer(pauseTimer(startTimer(IDLE_TIMER, T0), at(1)), 3, at(1));
    expect(parseTimerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('falls back to idle on anything malformed', () => {
    for (const bad of [null, 7, 'x', { phase: 9, phaseStartedAt: T0 }, { phase: 0, phaseStartedAt: null }, { phase: 1.5, phaseStartedAt: T0 }]) {
      expect(parseTimerState(bad)).toEqual(IDLE_TIMER);
    }
    expect(parseTimerState({ phase: 0, phaseStartedAt: T0, pausedAt: 'soon', extraMinutes: [-3, Number.NaN, 2] })).toMatchObject({
      pausedAt: null,
      extraMinutes: [0, 0, 2, 0, 0, 0],
    });
  });
});
