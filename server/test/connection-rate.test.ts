// The upgrade rate limit (src/limits/upgrade-rate.ts): a client that opens WebSockets faster than its
// buckets allow is refused with HTTP 429 and a Retry-After before any handshake, per address and link and
// per address; what it refuses never reaches a room.
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UpgradeRate } from '../src/limits/upgrade-rate.js';
import { newBoardId, startTestRelay, tokenFor } from './harness.js';
import type { TestRelay } from './harness.js';

const request = (url: string, address = '10.0.0.1'): IncomingMessage => ({ url, socket: { remoteAddress: address } }) as unknown as IncomingMessage;

describe('UpgradeRate (token buckets on a given clock)', () => {
  const limits = { linkConnectsPerSecond: 2, linkConnectBurst: 3, addressConnectsPerSecond: 10, addressConnectBurst: 5 };

  it('lets a link in up to its burst, then refuses with the seconds until its next token, logged once per run', () => {
    let now = 0;
    const rate = new UpgradeRate(limits, () => now);
    for (let i = 0; i < 3; i++) expect(rate.admit(request('/ws/board-one-000000?k=tokenA'))).toBeNull();
    const refused = rate.admit(request('/ws/board-one-000000?k=tokenA'));
    expect(refused).toMatchObject({ status: 429, retryAfterSeconds: 1, log: true });
    expect(refused?.reason).toMatch(/too many connections with this link from this address; retry in 1 s/);
    expect(rate.admit(request('/ws/board-one-000000?k=tokenA'))).toMatchObject({ log: false });
    now += 500; // one token back at 2 per second
    expect(rate.admit(request('/ws/board-one-000000?k=tokenA'))).toBeNull();
    now += 100;
    expect(rate.admit(request('/ws/board-one-000000?k=tokenA'))).toMatchObject({ status: 429, log: true });
  });

  it('keeps links and addresses apart, and counts every link of an address against its own burst', () => {
    const rate = new UpgradeRate(limits, () => 0);
    for (let i = 0; i < 3; i++) expect(rate.admit(request('/ws/b?k=tokenA'))).toBeNull();
    expect(rate.admit(request('/ws/b?k=tokenA'))).not.toBeNull();
    // The same link from elsewhere, and another link from here, are other clients.
    expect(rate.admit(request('/ws/b?k=tokenA', '10.0.0.2'))).toBeNull();
    expect(rate.admit(request('/ws/b?k=tokenB'))).toBeNull();
    expect(rate.admit(request('/ws/b?k=tokenC'))).toBeNull();
    // 5 let in from 10.0.0.1 (burst 5): a sixth link finds the address spent.
    expect(rate.admit(request('/ws/b?k=tokenD'))?.reason).toMatch(/too many connections from this address/);
    // Without a token the bare path is the link (boards from before links).
    expect(rate.admit(request('/ws/bare-board', '10.0.0.3'))).toBeNull();
  });

  it('forgets clients whose buckets are full again, so memory stays bounded', () => {
    let now = 0;
    const rate = new UpgradeRate(limits, () => now);
    for (let i = 0; i < 50; i++) rate.admit(request(`/ws/b?k=token${i}`, `10.0.1.${i}`));
    expect(rate.trackedClients).toBe(100);
    now += 60_000;
    rate.admit(request('/ws/b?k=late', '10.0.2.1'));
    expect(rate.trackedClients).toBe(2);
  });
});

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
}

/** A WebSocket upgrade written by hand over TCP; resolves with the status line and headers of the answer. */
function rawUpgrade(relayUrl: string, path: string): Promise<RawAnswer & { close(): void }> {
  const { hostname, port } = new URL(relayUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      socket.removeAllListeners('data');
      resolve({ status: Number(statusLine.split(' ')[1]), headers, close: () => socket.destroy() });
    });
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
  });
}

describe('upgrade rate limit on a real relay (HTTP 429 before the handshake)', () => {
  let relay: TestRelay | null = null;
  afterEach(async () => {
    await relay?.dispose();
    relay = null;
  });

  it('refuses a link over its burst and then an address over its own, with Retry-After; no refused attempt joins a room', async () => {
    relay = await startTestRelay({ limits: { linkConnectBurst: 2, linkConnectsPerSecond: 0, addressConnectBurst: 4, addressConnectsPerSecond: 0 } });
    const boardId = newBoardId();
    const [first, second, third] = [await tokenFor(relay.url, boardId, 'editor'), await tokenFor(relay.url, boardId, 'viewer'), await tokenFor(relay.url, boardId, 'commenter')];
    const open: Array<RawAnswer & { close(): void }> = [];
    try {
      for (let i = 0; i < 2; i++) open.push(await rawUpgrade(relay.url, `/ws/${boardId}?k=${first}`));
      expect(open.map((answer) => answer.status)).toEqual([101, 101]);
      const overLink = await rawUpgrade(relay.url, `/ws/${boardId}?k=${first}`);
      open.push(overLink);
      expect(overLink.status).toBe(429);
      expect(overLink.headers['retry-after']).toBe('3600'); // a bucket that never refills (rate 0)
      expect(overLink.headers.upgrade).toBeUndefined();
      // Another link from the same address gets in until the address's burst (4) is spent.
      for (let i = 0; i < 2; i++) {
        const answer = await rawUpgrade(relay.url, `/ws/${boardId}?k=${second}`);
        open.push(answer);
        expect(answer.status).toBe(101);
      }
      // A third link, unused so far: what refuses it is the address's bucket.
      const overAddress = await rawUpgrade(relay.url, `/ws/${boardId}?k=${third}`);
      open.push(overAddress);
      expect(overAddress.status).toBe(429);
      expect(overAddress.headers['retry-after']).toBe('3600');
      const sockets = relay.relay;
      // The four let in joined the board; none of the refused did.
      await expect.poll(() => sockets.stats().connections).toBe(4);
    } finally {
      for (const answer of open) answer.close();
    }
  });
});
