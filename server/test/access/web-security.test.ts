// What the relay shows a browser page it does not own: a WebSocket upgrade from another site's page is
// refused (403) unless its origin is allowed; every HTTP answer carries the security headers (frame-ancestors
// as configured); /healthz tells the public only its status and why, and the details to the admin token.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, roomUrl, newBoardId, startTestRelay } from '../harness.js';
import type { TestRelay } from '../harness.js';
import { WebSocket } from 'ws';

/** The HTTP status the upgrade got (101 = it became a WebSocket). */
async function upgradeStatus(url: string, origin: string | undefined): Promise<number> {
  const socket = new WebSocket(url, origin === undefined ? {} : { origin });
  return new Promise((resolve) => {
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => undefined);
  });
}

describe('web security', () => {
  let relay: TestRelay | null = null;
  afterEach(async () => {
    await relay?.dispose();
    relay = null;
  });

  it("refuses another site's page, admits its own, a listed origin and programs without Origin", async () => {
    relay = await startTestRelay({ allowedOrigins: 'https://embed.example' });
    const url = await roomUrl(relay.url, newBoardId());
    expect(await upgradeStatus(url, 'https://evil.example')).toBe(403);
    expect(await upgradeStatus(url, 'null')).toBe(403);
    expect(await upgradeStatus(url, relay.url.replace('localhost', '127.0.0.1'))).toBe(403);
    expect(await upgradeStatus(url, 'https://embed.example')).toBe(101);
    expect(await upgradeStatus(url, undefined)).toBe(101);
    // Same origin: the Origin names the host the request was sent to.
    const own = await new Promise<number>((resolve) => {
      const target = new URL(url.replace('ws:', 'http:'));
      const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}`, headers: {
        Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', Origin: `http://${target.host}`,
      } });
      req.on('upgrade', (response, socket) => (socket.destroy(), resolve(response.statusCode ?? 0)));
      req.on('response', (response) => resolve(response.statusCode ?? 0));
      req.end();
    });
    expect(own).toBe(101);
  });

  it('puts the security headers on every answer, frame-ancestors as configured', async () => {
    relay = await startTestRelay({ frameAncestors: 'https://wiki.example' });
    for (const path of ['/', '/b/whatever', '/healthz', '/api/presence', '/api/boards', '/ws/x']) {
      const response = await fetch(`${relay.url}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain('frame-ancestors https://wiki.example');
    }
  });

  it('frame-ancestors defaults to none', async () => {
    relay = await startTestRelay();
    expect((await fetch(`${relay.url}/`)).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('/healthz tells the public its status only; the admin token sees the details', async () => {
    relay = await startTestRelay();
    expect(await (await fetch(`${relay.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const wrong = await fetch(`${relay.url}/healthz`, { headers: { Authorization: 'Bearer nope' } });
    expect(await wrong.json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${relay.url}/healthz`, { headers: ADMIN_HEADERS })).json()).toEqual({ status: 'ok', rooms: 0, connections: 0 });
  });
});
