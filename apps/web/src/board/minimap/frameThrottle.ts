// A redraw on the next animation frame after a change, at most once per `everyMs` while changes keep
// coming (a drag), the last change always drawn. For pictures that summarise the whole board (the
// minimap): a rebuild each frame of a drag cost a walk of every node and a repaint for a few pixels' move.
import type { FrameScheduler } from '../../presence/frameBatcher';
import { animationFrames } from '../../presence/frameBatcher';

export interface FrameThrottle {
  /** Something changed: draw it on a coming frame. */
  readonly request: () => void;
  /** Draws now (the first picture) and counts as a drawing for the next `everyMs`. */
  readonly drawNow: () => void;
  readonly cancel: () => void;
}

/** The frames come from the same scheduler presence batches its publishes with; a clock adds time and timers. */
export interface FrameClock {
  readonly now: () => number;
  readonly frames: FrameScheduler;
  readonly setTimer: (run: () => void, ms: number) => ReturnType<typeof setTimeout>;
  readonly clearTimer: (handle: ReturnType<typeof setTimeout>) => void;
}

export const browserClock: FrameClock = {
  now: () => performance.now(),
  frames: animationFrames,
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (handle) => clearTimeout(handle),
};

export function frameThrottle(draw: () => void, everyMs: number, clock: FrameClock = browserClock): FrameThrottle {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let drawnAt = Number.NEGATIVE_INFINITY;
  const drawNow = () => {
    frame = 0;
    timer = null;
    drawnAt = clock.now();
    draw();
  };
  const request = () => {
    if (frame !== 0 || timer !== null) return;
    const wait = drawnAt + everyMs - clock.now();
    if (wait <= 0) {
      frame = clock.frames.request(drawNow);
      return;
    }
    timer = clock.setTimer(() => {
      timer = null;
      frame = clock.frames.request(drawNow);
    }, wait);
  };
  const cancel = () => {
    if (frame !== 0) clock.frames.cancel(frame);
    if (timer !== null) clock.clearTimer(timer);
    frame = 0;
    timer = null;
  };
  return { request, drawNow, cancel };
}
