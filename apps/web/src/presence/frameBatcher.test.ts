import { describe, expect, it } from 'vitest';
import { createFrameBatcher } from './frameBatcher';
import type { FrameScheduler } from './frameBatcher';

/** A scheduler whose "frames" the test advances by hand. */
function manualFrames(): FrameScheduler & { tick(): void; pending(): number } {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  return {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
    tick() {
      const due = [...callbacks.values()];
      callbacks.clear();
      for (const callback of due) callback();
    },
    pending: () => callbacks.size,
  };
}

interface Presence {
  cursor: { x: number; y: number } | null;
  drag: { componentId: string; x: number; y: number } | null;
}

describe('createFrameBatcher', () => {
  it('publishes at most once per frame, with the latest value of each field', () => {
    const frames = manualFrames();
    const published: Partial<Presence>[] = [];
    const batcher = createFrameBatcher<Presence>((patch) => published.push(patch), frames);

    for (let i = 0; i < 50; i++) batcher.set({ cursor: { x: i, y: i } });
    batcher.set({ drag: { componentId: 'c1', x: 1, y: 2 } });
    expect(published).toEqual([]);
    expect(frames.pending()).toBe(1);

    frames.tick();
    expect(published).toEqual([{ cursor: { x: 49, y: 49 }, drag: { componentId: 'c1', x: 1, y: 2 } }]);
  });

  it('keeps a cleared field (null) when other fields change in the same frame', () => {
    const frames = manualFrames();
    const published: Partial<Presence>[] = [];
    const batcher = createFrameBatcher<Presence>((patch) => published.push(patch), frames);

    batcher.set({ drag: null });
    batcher.set({ cursor: { x: 5, y: 6 } });
    frames.tick();
    expect(published).toEqual([{ drag: null, cursor: { x: 5, y: 6 } }]);
  });

  it('flushes on demand and publishes nothing when idle', () => {
    const frames = manualFrames();
    const published: Partial<Presence>[] = [];
    const batcher = createFrameBatcher<Presence>((patch) => published.push(patch), frames);

    batcher.flush();
    expect(published).toEqual([]);
    batcher.set({ cursor: null });
    batcher.flush();
    expect(published).toEqual([{ cursor: null }]);
    expect(frames.pending()).toBe(0);
    frames.tick();
    expect(published).toHaveLength(1);
  });

  it('drops queued fields on dispose', () => {
    const frames = manualFrames();
    const published: Partial<Presence>[] = [];
    const batcher = createFrameBatcher<Presence>((patch) => published.push(patch), frames);
    batcher.set({ cursor: { x: 1, y: 1 } });
    batcher.dispose();
    frames.tick();
    expect(published).toEqual([]);
  });
});
