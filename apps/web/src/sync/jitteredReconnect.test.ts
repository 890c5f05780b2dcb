import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_JITTER, fullJitterDelay, reconnectWithJitter } from './jitteredReconnect';
import type { ReconnectingProvider } from './jitteredReconnect';

/** mulberry32, seeded: the spread below is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FakeProvider extends ReconnectingProvider {
  connects: number[];
  close(code: number): void;
  sync(): void;
}

function fakeProvider(now: () => number): FakeProvider {
  const listeners = new Map<string, Array<(...args: never[]) => void>>();
  const emit = (event: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  };
  const provider: FakeProvider = {
    shouldConnect: true,
    connects: [],
    connect() {
      provider.shouldConnect = true;
      provider.connects.push(now());
    },
    disconnect() {
      provider.shouldConnect = false;
    },
    on: (event, listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    off: (event, listener) => void listeners.set(event, (listeners.get(event) ?? []).filter((other) => other !== listener)),
    close: (code) => emit('connection-close', { code }),
    sync: () => emit('sync', true),
  };
  return provider;
}

const SEED = 20_260_413;

describe('reconnect with full jitter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it(`spreads 1,000 clients closed at once over the first window (seed ${SEED})`, () => {
    console.log(`jittered reconnect spread: seed ${SEED}`);
    const random = seeded(SEED);
    const start = Date.now();
    const providers = Array.from({ length: 1000 }, () => fakeProvider(() => Date.now() - start));
    for (const provider of providers) reconnectWithJitter(provider, { ...DEFAULT_JITTER, random, shouldRetry: () => true });
    for (const provider of providers) provider.close(1006);
    vi.advanceTimersByTime(DEFAULT_JITTER.baseMs);
    const times = providers.flatMap((provider) => provider.connects);
    expect(times).toHaveLength(1000);
    const perWindow = new Map<number, number>();
    for (const time of times) perWindow.set(Math.floor(time / 100), (perWindow.get(Math.floor(time / 100)) ?? 0) + 1);
    // 500 ms in 100 ms windows: 200 expected per window; without jitter all 1,000 fall in one.
    expect(Math.max(...perWindow.values())).toBeLessThan(260);
    expect(perWindow.size).toBe(5);
  });

  it('doubles the window after each failed attempt up to the cap, and starts over once synced', () => {
    const random = seeded(SEED);
    const delays = Array.from({ length: 8 }, (_, attempt) => fullJitterDelay(attempt, { ...DEFAULT_JITTER, random: () => 0.999 }));
    expect(delays).toEqual([499, 999, 1998, 3996, 7992, 9990, 9990, 9990]);
    const provider = fakeProvider(() => Date.now());
    reconnectWithJitter(provider, { ...DEFAULT_JITTER, random, shouldRetry: () => true });
    provider.close(1006);
    vi.advanceTimersByTime(DEFAULT_JITTER.baseMs);
    provider.close(1006);
    vi.advanceTimersByTime(2 * DEFAULT_JITTER.baseMs);
    expect(provider.connects).toHaveLength(2);
    provider.sync();
    provider.close(1006);
    vi.advanceTimersByTime(DEFAULT_JITTER.baseMs);
    expect(provider.connects).toHaveLength(3);
  });

  it('does not retry a permanent close, nor after a deliberate disconnect', () => {
    const provider = fakeProvider(() => Date.now());
    reconnectWithJitter(provider, { ...DEFAULT_JITTER, random: seeded(SEED), shouldRetry: (code) => code !== 4413 });
    provider.close(4413);
    vi.advanceTimersByTime(DEFAULT_JITTER.capMs);
    expect(provider.connects).toEqual([]);
    provider.shouldConnect = true;
    provider.close(1006);
    provider.disconnect();
    vi.advanceTimersByTime(DEFAULT_JITTER.capMs);
    expect(provider.connects).toEqual([]);
  });
});
