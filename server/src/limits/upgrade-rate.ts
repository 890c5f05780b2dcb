// How often one client may open a WebSocket. A client the relay closed (4429 for flooding, or any other
// limit) that comes straight back costs an upgrade, a link check, a room join and a sync each time: the
// flood bench's client came back 54 times a second. Refused here, before the handshake, with HTTP 429 and
// a Retry-After, an attempt costs a parsed request and a one-line answer. Two token buckets: one per
// address and link (one client; or a room behind one NAT sharing a link, which the burst lets back in at
// once after a restart), one per address whatever the links (a client minting links, since anyone may
// make a board). The address is the TCP peer's: behind a reverse proxy every client shares the proxy's,
// so there the address limits must cover all clients together (NAPKIN_ADDRESS_CONNECT_*).
import type { IncomingMessage } from 'node:http';
import { TOKEN_PARAM } from '../access/board-access.js';
import type { UpgradeRefusal } from '../ws-transport.js';
import type { RelayLimits } from './relay-limits.js';
import { TokenBucket } from './token-bucket.js';

export type ConnectionLimits = Pick<RelayLimits, 'linkConnectsPerSecond' | 'linkConnectBurst' | 'addressConnectsPerSecond' | 'addressConnectBurst'>;


/** Buckets untouched this long are dropped once full again (they remember nothing a new one would not). */
const SWEEP_EVERY_MS = 10_000;
/** Retry-After for a bucket that never refills (a rate of 0): an hour. */
const NEVER_SECONDS = 3600;

interface Tracked {
  readonly bucket: TokenBucket;
  refusing: boolean;
}

export class UpgradeRate {
  private readonly perLink = new Map<string, Tracked>();
  private readonly perAddress = new Map<string, Tracked>();
  private sweptAt: number;

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly clock: () => number = performance.now.bind(performance),
  ) {
    this.sweptAt = clock();
  }

  /** Charges one upgrade to its client's buckets; null if it may go on, else how to refuse it. */
  admit(request: IncomingMessage): UpgradeRefusal | null {
    const now = this.clock();
    if (now - this.sweptAt >= SWEEP_EVERY_MS) this.sweep(now);
    const address = request.socket.remoteAddress ?? 'unknown';
    const { linkConnectsPerSecond, linkConnectBurst, addressConnectsPerSecond, addressConnectBurst } = this.limits;
    const link = this.tracked(this.perLink, `${address} ${linkOf(request.url)}`, linkConnectsPerSecond, linkConnectBurst, now);
    if (!link.bucket.take(1, now)) return this.refuse(link, 'too many connections with this link from this address');
    const anyLink = this.tracked(this.perAddress, address, addressConnectsPerSecond, addressConnectBurst, now);
    if (!anyLink.bucket.take(1, now)) return this.refuse(anyLink, 'too many connections from this address');
    link.refusing = false;
    anyLink.refusing = false;
    return null;
  }

  /** Clients with a bucket (tests: the sweep keeps this bounded). */
  get trackedClients(): number {
    return this.perLink.size + this.perAddress.size;
  }

  private refuse(tracked: Tracked, reason: string): UpgradeRefusal {
    // Logged once per run of refusals: a client retrying at once would otherwise write a line per attempt.
    const log = !tracked.refusing;
    tracked.refusing = true;
    const waitMs = tracked.bucket.msUntil(1);
    const retryAfterSeconds = Number.isFinite(waitMs) ? Math.max(1, Math.ceil(waitMs / 1000)) : NEVER_SECONDS;
    return { status: 429, retryAfterSeconds, reason: `${reason}; retry in ${retryAfterSeconds} s`, log };
  }

  private tracked(map: Map<string, Tracked>, key: string, ratePerSecond: number, burst: number, now: number): Tracked {
    let tracked = map.get(key);
    if (tracked === undefined) {
      tracked = { bucket: new TokenBucket(ratePerSecond, burst, now), refusing: false };
      map.set(key, tracked);
    }
    return tracked;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const map of [this.perLink, this.perAddress]) {
      for (const [key, tracked] of map) if (tracked.bucket.fullAt(now)) map.delete(key);
    }
  }
}

/** Longer keys are cut: a token is 32 characters, a room path under 90; a sender's padding buys no memory. */
const MAX_KEY = 96;

/** Which link an upgrade uses: its token as sent (unchecked: checking is the link store's job, later), else its path. */
function linkOf(url: string | undefined): string {
  if (url === undefined) return '';
  const query = url.indexOf('?');
  if (query === -1) return url.slice(0, MAX_KEY);
  const token = new URLSearchParams(url.slice(query + 1)).get(TOKEN_PARAM);
  return (token ?? url.slice(0, query)).slice(0, MAX_KEY);
}
