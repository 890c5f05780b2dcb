// Coalesces many small presence updates (pointer moves, drag samples) into at most one publish per
// animation frame. Each publish carries the merged latest value of every field set since the last
// one, so a "drag ended" (null) is never lost behind a later cursor move. The scheduler is passed
// in, which keeps the batcher testable without a browser.

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface FrameBatcher<T extends object> {
  /** Queues fields for the next frame; later values of a field replace earlier ones. */
  set(patch: Partial<T>): void;
  /** Publishes whatever is queued right now (no-op when nothing is). */
  flush(): void;
  /** Drops anything queued and cancels the pending frame. */
  dispose(): void;
}

export function createFrameBatcher<T extends object>(
  publish: (patch: Partial<T>) => void,
  scheduler: FrameScheduler,
): FrameBatcher<T> {
  let pending: Partial<T> | null = null;
  let handle: number | null = null;

  const flush = () => {
    if (handle !== null) scheduler.cancel(handle);
    handle = null;
    if (pending === null) return;
    const patch = pending;
    pending = null;
    publish(patch);
  };

  return {
    set(patch) {
      pending = { ...(pending ?? {}), ...patch };
      if (handle === null) handle = scheduler.request(flush);
    },
    flush,
    dispose() {
      if (handle !== null) scheduler.cancel(handle);
      handle = null;
      pending = null;
    },
  };
}
