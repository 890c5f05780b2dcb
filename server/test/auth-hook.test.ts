// The authentication hook (`startServer({ authenticate })`): every connection passes through it. A hook
// that refuses closes a real y-websocket client with its code (4401 by default, or the 44xx it chose),
// logs the reason, and the client stops retrying; it never sees the board; other boards and admitted
// clients carry on. `admitEveryone` admits everyone (the server's own hook, links and roles, is tested in
// test/access/).
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { admitEveryone } from '../src/auth.js';
import type { AuthRequest, Authenticate } from '../src/auth.js';
import { parseBoardId } from '../src/board-id.js';
import { CloseCode } from '../src/close-codes.js';
import { createMemoryLogger } from '../src/logger.js';
import { connectClient, newBoardId, startTestRelay, stateOf, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

const TOKEN = 'let-me-in';
const tokenOf = (request: IncomingMessage | undefined): string | null => new URL(request?.url ?? '/', 'http://relay').searchParams.get('token');

/** Closes the client saw from the server, and the terminal one (y-websocket's `closed` event). */
function watchCloses(client: TestClient): { codes: number[]; terminal: Promise<{ code: number; reason: string }> } {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event !== null) codes.push(event.code);
  });
  const terminal = new Promise<{ code: number; reason: string }>((resolve) => client.provider.once('closed', resolve));
  return { codes, terminal };
}

describe('the authentication hook', () => {
  const clients: TestClient[] = [];
  let relay: TestRelay | null = null;
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay?.dispose();
    relay = null;
  });
  const client = (url: string, boardId: string, params?: Record<string, string>): TestClient => {
    const created = connectClient(url, boardId, undefined, params);
    clients.push(created);
    return created;
  };

  it.each([
    { code: CloseCode.UNAUTHORIZED, reason: 'token required' },
    { code: 4403, reason: 'board is private' },
  ])('a refusal closes the client with $code and a logged reason; other boards work', async ({ code, reason }) => {
    const logger = createMemoryLogger();
    const locked = newBoardId();
    const open = newBoardId();
    const calls: AuthRequest[] = [];
    const authenticate: Authenticate = async (request) => {
      calls.push(request);
      if (request.boardId === locked && tokenOf(request.request) !== TOKEN) return { ok: false, code, reason };
      return { ok: true };
    };
    relay = await startTestRelay({ logger, authenticate });

    // An admitted client (with the token) writes to the locked board.
    const owner = client(relay.url, locked, { token: TOKEN });
    await waitForSynced(owner);
    owner.map.set('secret', 'plans');
    await waitFor(() => relay!.relay.rooms.get(parseBoardId(locked)!)?.doc.getMap('test').get('secret') === 'plans', 'relay stored the secret');

    const intruder = client(relay.url, locked);
    const closes = watchCloses(intruder);
    expect(await closes.terminal).toEqual({ code, reason });
    expect(closes.codes).toEqual([code]);
    expect(intruder.provider.synced).toBe(false);
    expect(intruder.provider.shouldConnect).toBe(false);
    expect(intruder.map.size).toBe(0);

    // The hook saw every upgrade with its board id and HTTP request.
    expect(calls.every((call) => call.request?.headers.upgrade?.toLowerCase() === 'websocket')).toBe(true);
    const refusedLine = logger.lines.find((line) => line.includes('refused connection: authentication'));
    expect(refusedLine).toBeDefined();
    expect(refusedLine).toContain(locked);
    expect(refusedLine).toContain(reason);

    // A board the hook admits works as usual, and so does the locked board for the admitted owner.
    const a = client(relay.url, open);
    const b = client(relay.url, open);
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.map.set('from-a', 1);
    b.map.set('from-b', 2);
    await waitFor(() => a.map.size === 2 && b.map.size === 2, 'the open board converged');
    expect(stateOf(a.doc)).toEqual(stateOf(b.doc));
    const colleague = client(relay.url, locked, { token: TOKEN });
    await waitForSynced(colleague);
    expect(colleague.map.get('secret')).toBe('plans');
    owner.map.set('more', true);
    await waitFor(() => colleague.map.get('more') === true, 'the locked board relays between admitted clients');

    // Permanent: past the client's longest backoff (200 ms) it has not come back for another try.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls.filter((call) => call.boardId === locked && tokenOf(call.request) !== TOKEN)).toHaveLength(1);
    expect(closes.codes).toEqual([code]);
    expect(intruder.map.size).toBe(0);
    expect(relay.relay.stats()).toEqual({ rooms: 2, connections: 4 });
  });

  it('frames sent while a slow hook decides are kept, not lost', async () => {
    let release: () => void = () => undefined;
    const decided = new Promise<void>((resolve) => (release = resolve));
    relay = await startTestRelay({ authenticate: async () => (await decided, { ok: true }) });
    const boardId = newBoardId();
    const early = client(relay.url, boardId);
    early.map.set('typed-before-admission', 1);
    await waitFor(() => early.provider.wsconnected, 'connected');
    early.map.set('typed-while-deciding', 2); // goes out as an update frame on the open socket
    expect(relay.relay.stats().rooms).toBe(0);
    release();
    await waitForSynced(early);
    const later = client(relay.url, boardId);
    await waitForSynced(later);
    await waitFor(() => later.map.size === 2, 'both early edits reached the board');
    expect(stateOf(later.doc)).toEqual(stateOf(early.doc));
  });

  it('the default hook admits everyone', async () => {
    expect(await admitEveryone({ boardId: parseBoardId(newBoardId())! })).toEqual({ ok: true });
    const logger = createMemoryLogger();
    relay = await startTestRelay({ logger });
    const boardId = newBoardId();
    const a = client(relay.url, boardId);
    const b = client(relay.url, boardId, { token: 'anything' });
    const closes = [watchCloses(a), watchCloses(b)];
    await Promise.all([waitForSynced(a), waitForSynced(b)]);
    a.map.set('hello', 'world');
    await waitFor(() => b.map.get('hello') === 'world', 'b sees a’s edit');
    expect(closes.map((watched) => watched.codes)).toEqual([[], []]);
    expect(logger.lines.filter((line) => line.includes('refused connection'))).toEqual([]);
    expect(relay.relay.stats()).toEqual({ rooms: 1, connections: 2 });
  });
});
