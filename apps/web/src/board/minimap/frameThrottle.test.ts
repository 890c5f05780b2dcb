import { describe, expect, it } from 'vitest';
import type { FrameClock } from './frameThrottle';
import { frameThrottle } from './frameThrottle';

/** A clock the test moves: frames run when `tick` reaches them, 16 ms apart. */
function manualClock() {
  let now = 0;
  let nextHandle = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: FrameClock = {
    now: () => now,
    frames: {
      request: (run) => {
        const handle = nextHandle++;
        frames.set(handle, run);
        return handle;
      },
      cancel: (handle) => frames.delete(handle),
    },
    setTimer: (run, ms) => {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, run });
      return handle as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimer: (handle) => timers.delete(handle as unknown as number),
  };
  /** Advances 16 ms: due timers fire, then the frames requested so far run. */
  const tick = () => {
    now += 16;
    for (const [handle, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(handle);
        timer.run();
      }
    }
    const due = [...frames.values()];
    frames.clear();
    for (const run of due) run();
  };
  return { clock, tick };
}

describe('frameThrottle', () => {
  it('draws a lone change on the next frame', () => {
    const { clock, tick } = manualClock();
    let draws = 0;
    const throttle = frameThrottle(() => (draws += 1), 100, clock);
    throttle.request();
    expect(draws).toBe(0);
    tick();
    expect(draws).toBe(1);
  });

  it('during a run of changes (a drag of 60 frames, ~1 s) draws at most once per 100 ms, and the last change', () => {
    const { clock, tick } = manualClock();
    const drawnAt: number[] = [];
    const throttle = frameThrottle(() => drawnAt.push(clock.now()), 100, clock);
    throttle.drawNow();
    for (let frame = 0; frame < 60; frame += 1) {
      throttle.request();
      tick();
    }
    const afterRun = drawnAt.length;
    for (let frame = 0; frame < 10; frame += 1) tick();
    // 960 ms of changes: the first picture, then one per 100 ms (+ a frame to wait for) at most.
    expect(afterRun).toBeLessThanOrEqual(1 + Math.ceil(960 / 100));
    expect(afterRun).toBeGreaterThanOrEqual(1 + Math.floor(960 / 116));
    const gaps = drawnAt.slice(1).map((at, index) => at - (drawnAt[index] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
    // The change requested on the run's last frame is drawn after it.
    expect(drawnAt.at(-1)).toBeGreaterThan(960);
  });

  it('draws nothing after cancel', () => {
    const { clock, tick } = manualClock();
    let draws = 0;
    const throttle = frameThrottle(() => (draws += 1), 100, clock);
    throttle.drawNow();
    throttle.request();
    throttle.cancel();
    for (let frame = 0; frame < 20; frame += 1) tick();
    expect(draws).toBe(1);
  });
});
