// Reconnects with full jitter. y-websocket's own backoff is 2^n x 100 ms with no randomness, so after a
// relay restart every tab comes back in the same instant (248 of 900 attempts of 300 clients in one
// 100 ms window): the restarted relay is hit by all of them at once. Here each attempt waits a uniformly
// random time in [0, min(cap, base x 2^attempt)) ("full jitter"), and the count starts over once a
// connection has synced. While attempts fail before the socket even opens (the relay is restarting, or
// refusing upgrades with HTTP 429) the window stops growing at a lower cap: a refused attempt costs the
// relay nothing, and a window grown to 8 s while it restarted kept tabs away for seconds after it was
// back (1,000 clients took 12-13 s after a 2.6-3.6 s restart). The provider's own timer is neutralised by clearing `shouldConnect` when a
// socket closes (its scheduled attempt then does nothing); ours calls `connect()`.

/** The part of a WebsocketProvider this drives. */
export interface ReconnectingProvider {
  shouldConnect: boolean;
  connect(): void;
  disconnect(): void;
  on(event: 'connection-close' | 'sync' | 'status', listener: (...args: never[]) => void): void;
  off(event: 'connection-close' | 'sync' | 'status', listener: (...args: never[]) => void): void;
}

export interface JitterOptions {
  /** The first attempt's window; each failed attempt doubles it. */
  readonly baseMs: number;
  /** The largest window after a connection that opened and was closed (the relay is up). */
  readonly capMs: number;
  /** The largest window while attempts fail before opening (the relay is down or refusing upgrades). */
  readonly refusedCapMs: number;
  /** Uniform in [0, 1); injected so a test can seed it. */
  readonly random: () => number;
  /** Whether a close from the relay (its code) should be retried at all. */
  readonly shouldRetry: (code: number | null) => boolean;
}

export const DEFAULT_JITTER = { baseMs: 500, capMs: 10_000, refusedCapMs: 2_000 } as const;

/**
 * Closes that retrying cannot fix (server/README.md "Close codes"): a malformed frame, no access, a bad
 * board id, a revoked link, a board that is full. The relay's limits (4408 pending updates, 4409 send
 * queue, 4429 rate) are retried: the client resyncs what it has once it is back.
 */
export const PERMANENT_CLOSE_CODES: ReadonlySet<number> = new Set([4400, 4401, 4403, 4404, 4410, 4413]);

export const isRetryableClose = (code: number | null): boolean => code === null || !PERMANENT_CLOSE_CODES.has(code);

/** The delay before attempt `attempt` (0 for the first after a close), in a window of at most `capMs`. */
export function fullJitterDelay(attempt: number, options: Pick<JitterOptions, 'baseMs' | 'capMs' | 'random'>): number {
  const window = Math.min(options.capMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(options.random() * window);
}

/** Takes over the provider's reconnects; returns a function that hands them back. */
export function reconnectWithJitter(provider: ReconnectingProvider, options: JitterOptions): () => void {
  let attempt = 0;
  /** Whether the socket of the current attempt opened (the relay took the upgrade). */
  let opened = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const originalConnect = provider.connect.bind(provider);
  const originalDisconnect = provider.disconnect.bind(provider);
  // A deliberate connect (back online) or disconnect (offline, leaving) overrides a pending attempt.
  provider.connect = () => {
    cancel();
    originalConnect();
  };
  provider.disconnect = () => {
    cancel();
    originalDisconnect();
  };
  const onClose = (event: { code?: number } | null): void => {
    const capMs = opened ? options.capMs : options.refusedCapMs;
    opened = false;
    if (!provider.shouldConnect) return; // closed on purpose
    provider.shouldConnect = false; // the provider's own (unjittered) attempt becomes a no-op
    if (!options.shouldRetry(event?.code ?? null)) return;
    cancel();
    timer = setTimeout(() => {
      timer = null;
      originalConnect();
    }, fullJitterDelay(attempt, { ...options, capMs }));
    attempt++;
  };
  const onSync = (synced: boolean): void => {
    if (synced) attempt = 0;
  };
  const onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') opened = true;
  };
  provider.on('connection-close', onClose as (...args: never[]) => void);
  provider.on('sync', onSync as (...args: never[]) => void);
  provider.on('status', onStatus as (...args: never[]) => void);
  return () => {
    cancel();
    provider.off('connection-close', onClose as (...args: never[]) => void);
    provider.off('sync', onSync as (...args: never[]) => void);
    provider.off('status', onStatus as (...args: never[]) => void);
    provider.connect = originalConnect;
    provider.disconnect = originalDisconnect;
  };
}
