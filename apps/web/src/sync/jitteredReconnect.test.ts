import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_JITTER, fullJitterDelay, reconnectWithJitter } from './jitteredReconnect';
import type { JitterOptions, ReconnectingProvider } from './jitteredReconnect';

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
  /** The socket opened (y-websocket's status event). */
  open(): void;
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
    open: () => emit('status', { status: 'connected' }),
    sync: () => emit('sync', true),
  };
  return provider;
}

const SEED = 20_260_413;
/** The bench restarts a relay under 1,000 real clients; here 500 keep the fake clock fast (it slows past ~700). */
const STORM_CLIENTS = 500;

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

/**
 * STORM_CLIENTS clients closed at once by a relay that comes back after `downMs`: until then every attempt fails
 * before it opens (connection refused); after, an attempt opens and syncs. Returns when each
 * attempt was made and when each client synced again.
 */
function restartStorm(options: Omit<JitterOptions, 'shouldRetry'>, downMs: number): { attempts: number[]; synced: number[] } {
  const start = Date.now();
  const now = (): number => Date.now() - start;
  const synced: number[] = [];
  const providers = Array.from({ length: STORM_CLIENTS }, () => {
    const provider = fakeProvider(now);
    const connect = provider.connect.bind(provider);
    // Answered at once (no timer per attempt: the fake clock scans every pending timer per step).
    provider.connect = () => {
      connect();
      if (now() < downMs) return provider.close(1006);
      provider.open();
      provider.sync();
      synced.push(now());
    };
    return provider;
  });
  for (const provider of providers) reconnectWithJitter(provider, { ...options, shouldRetry: () => true });
  for (const provider of providers) provider.close(1001);
  vi.advanceTimersByTime(downMs + 30_000);
  return { attempts: providers.flatMap((provider) => provider.connects).sort((a, b) => a - b), synced: synced.sort((a, b) => a - b) };
}

/** The most attempts in any 100 ms from `from` on. */
function busiest100Ms(times: readonly number[], from: number): number {
  const after = times.filter((time) => time >= from);
  let best = 0;
  for (let first = 0, last = 0; first < after.length; first++) {
    while (last < after.length && (after[last] ?? Infinity) < (after[first] ?? 0) + 100) last++;
    best = Math.max(best, last - first);
  }
  return best;
}

describe('reconnect while the relay restarts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('grows the window only to the lower cap while attempts are refused, to the full cap once one opened', () => {
    const provider = fakeProvider(() => Date.now());
    const delays: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: () => void, ms?: number) => {
      delays.push(ms ?? 0);
      return realSetTimeout(handler, ms);
    }) as typeof setTimeout);
    reconnectWithJitter(provider, { ...DEFAULT_JITTER, random: () => 0.999, shouldRetry: () => true });
    for (let attempt = 0; attempt < 6; attempt++) {
      provider.close(1006);
      vi.advanceTimersByTime(DEFAULT_JITTER.capMs);
    }
    provider.open();
    provider.close(1011);
    spy.mockRestore();
    expect(delays).toEqual([499, 999, 1998, 1998, 1998, 1998, 9990]);
  });

  it(`brings ${STORM_CLIENTS} clients back within the lower cap of the relay's return, spread out (seed ${SEED})`, () => {
    const downMs = 3000;
    const jittered = restartStorm({ ...DEFAULT_JITTER, random: seeded(SEED) }, downMs);
    expect(jittered.synced).toHaveLength(STORM_CLIENTS);
    const lastBack = (jittered.synced.at(-1) ?? Infinity) - downMs;
    expect(lastBack).toBeLessThanOrEqual(DEFAULT_JITTER.refusedCapMs + 1);
    // About 500 attempts over the 2 s after the return, never all at once (55 at most in 100 ms here).
    expect(busiest100Ms(jittered.attempts, downMs)).toBeLessThan(80);
    // Growing to the full cap while refused (as before): windows of 4-8 s to wait out after the return.
    const grown = restartStorm({ ...DEFAULT_JITTER, refusedCapMs: DEFAULT_JITTER.capMs, random: seeded(SEED) }, downMs);
    const grownLastBack = (grown.synced.at(-1) ?? 0) - downMs;
    console.log(`restart storm (seed ${SEED}): all back ${lastBack} ms after the relay (${grownLastBack} ms with windows grown to the full cap), busiest 100 ms ${busiest100Ms(jittered.attempts, downMs)}`);
    expect(grownLastBack).toBeGreaterThan(4000);
  });
});
