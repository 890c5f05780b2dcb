// The shared phase timer: the RAPID-S phase, its time left (or overtime, in red) and the whole interview's
// progress, read every quarter second at the relay's time, so every screen shows the same figure. Whoever
// runs the session also gets the commands: start, pause / resume, next phase, one more minute, end. A
// command is sent to the relay, which stamps it with its own clock (timerApi.ts): no screen's clock is
// ever written into the timer.
// `data-remaining-ms` and `data-overtime-ms` carry the exact figures for tests.
import type { TimerState } from '@napkin/doc';
import { formatClock, RAPID_S_PHASES, readTimer } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { TimerCommandName } from './timerApi';
import { sendTimerCommand } from './timerApi';
import type { ServerClock } from './useServerClock';

const TICK_MS = 250;

export interface PhaseTimerProps {
  readonly timer: TimerState;
  readonly clock: ServerClock;
  /** The session's board and this screen's link, for whoever may run the timer; null for everyone else. */
  readonly runner: { readonly boardId: string; readonly token: string | null } | null;
}

export function PhaseTimer({ timer, clock, runner }: PhaseTimerProps) {
  const { now, shownAt } = useTicking(clock);
  const [error, setError] = useState<string | null>(null);
  const reading = readTimer(timer, now);
  const over = reading.overtimeMs > 0;
  const run = (command: TimerCommandName, minutes?: number) => {
    if (runner === null) return;
    setError(null);
    void sendTimerCommand(runner.boardId, runner.token, command, minutes).then((outcome) => setError(outcome.ok ? null : outcome.error));
  };
  // The figures shown are read at relay time once this screen knows its offset to the relay.
  const clockKnown = clock.estimate !== null;
  return (
    <div
      className={`interview-timer${over ? ' overtime' : ''}`}
      role="timer"
      aria-label="Interview timer"
      data-testid="interview-timer"
      data-status={reading.status}
      data-phase={reading.phase?.id ?? 'none'}
      data-remaining-ms={Math.round(reading.remainingMs)}
      data-overtime-ms={Math.round(reading.overtimeMs)}
      data-clock={clockKnown ? 'relay' : 'local'}
      data-shown-at={shownAt}
      data-clock-uncertainty-ms={clock.estimate === null ? '' : Math.round(clock.estimate.uncertaintyMs)}
    >
      <span className="phase" data-testid="interview-phase">
        {reading.phase === null ? (reading.status === 'ended' ? 'Interview over' : 'Not started') : `${reading.phaseIndex + 1}/${RAPID_S_PHASES.length} ${reading.phase.title}`}
      </span>
      {reading.phase !== null && (
        <span className="clock" data-testid="interview-clock">
          {over ? `+${formatClock(reading.overtimeMs)} over` : formatClock(reading.remainingMs)}
        </span>
      )}
      {reading.status === 'paused' && <span className="paused">paused</span>}
      {reading.status === 'ended' && reading.phase !== null && <span className="paused">ended</span>}
      {runner !== null && (
        <span className="timer-controls" role="group" aria-label="Timer controls">
          {reading.status === 'idle' && <button type="button" data-testid="timer-start" onClick={() => run('start')}>Start</button>}
          {reading.status === 'running' && <button type="button" data-testid="timer-pause" onClick={() => run('pause')}>Pause</button>}
          {reading.status === 'paused' && <button type="button" data-testid="timer-resume" onClick={() => run('resume')}>Resume</button>}
          {(reading.status === 'running' || reading.status === 'paused') && (
            <>
              <button type="button" data-testid="timer-next" onClick={() => run('advance')} title="Move on to the next phase">
                {reading.phaseIndex === RAPID_S_PHASES.length - 1 ? 'Finish' : 'Next phase'}
              </button>
              <button type="button" data-testid="timer-extend" onClick={() => run('extend', 1)} title="One more minute for this phase">
                +1 min
              </button>
              <button type="button" data-testid="timer-end" onClick={() => run('end')} title="End the interview now">
                End
              </button>
            </>
          )}
        </span>
      )}
      {error !== null && <span className="timer-error" role="alert" data-testid="timer-error">{error}</span>}
    </div>
  );
}

/**
 * The relay's time, refreshed every tick, and when this tick was taken by the browser's own monotonic clock
 * (`performance`, which a page's changed `Date` does not move): tests compare screens read moments apart.
 */
function useTicking(clock: ServerClock): { now: number; shownAt: number } {
  const [tick, setTick] = useState(() => takeTick(clock));
  useEffect(() => {
    setTick(takeTick(clock));
    const timer = window.setInterval(() => setTick(takeTick(clock)), TICK_MS);
    return () => window.clearInterval(timer);
  }, [clock]);
  return tick;
}

function takeTick(clock: ServerClock): { now: number; shownAt: number } {
  return { now: clock.now(), shownAt: Math.round(performance.timeOrigin + performance.now()) };
}
