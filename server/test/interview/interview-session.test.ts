// Interview sessions over the real relay: `POST /api/interviews` makes a board with a candidate, an
// interviewer and an observer link (a practice session one practice link), each opening the rooms its row of
// the role table says; bad requests are told what to fix; `/api/time` is the relay's clock. And the private
// notes: while the interviewer writes them, the candidate's and the observer's raw sockets never receive a
// byte of the notes room, whatever they send, on the notes room itself or on any other room of the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { RoomKind } from '../../src/access/roles.js';
import { ROOM_KINDS } from '../../src/access/roles.js';
import type { BoardId } from '../../src/board-id.js';
import { CloseCode } from '../../src/close-codes.js';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { barrier } from '../raw-client.js';
import { harmlessFrames, writeAttempts } from '../access/raw-role-sockets.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly mode: string;
  readonly problemId: string | null;
  readonly links: Record<string, { id: string; token: string }>;
}

const roomPath = (boardId: string, room: RoomKind): string => (room === 'board' ? boardId : `${boardId}~${room}`);

async function post(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function roomsOf(url: string, boardId: string, token: string): Promise<{ role: string; rooms: Record<RoomKind, string> }> {
  const response = await fetch(`${url}/api/boards/${boardId}/access`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as { role: string; rooms: Record<RoomKind, string> };
}

interface Recorder {
  readonly socket: WebSocket;
  readonly frames: Uint8Array[];
  readonly closed: () => number | null;
}

async function rawSocket(url: string, room: string, token: string): Promise<Recorder> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws/${room}?k=${token}`);
  const frames: Uint8Array[] = [];
  let code: number | null = null;
  socket.on('message', (data: Buffer) => frames.push(Uint8Array.from(data)));
  socket.on('close', (closeCode) => (code = closeCode));
  socket.on('error', () => undefined);
  await waitFor(() => socket.readyState !== WebSocket.CONNECTING, 'the upgrade answered');
  return { socket, frames, closed: () => code };
}

async function notesHeld(relay: TestRelay, boardId: string, part: string): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const stored = await relay.relay.readRoom(`${boardId}~notes` as BoardId, (doc) => doc.getText('notes').toString());
    if (stored?.includes(part) === true) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the relay never held the notes "${part}"`);
}

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean => Buffer.from(haystack).includes(Buffer.from(needle));

describe('interview sessions', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it('an interview gets three links whose roles open the rooms the table gives them', async () => {
    const made = await post(relay.url, { mode: 'interview', problemId: 'url-shortener' });
    expect(made.status).toBe(201);
    const session = made.body as SessionAnswer;
    expect(session).toMatchObject({ mode: 'interview', problemId: 'url-shortener' });
    expect(Object.keys(session.links)).toEqual(['candidate', 'interviewer', 'observer']);
    const seen = await Promise.all(Object.values(session.links).map((link) => roomsOf(relay.url, session.boardId, link.token)));
    expect(seen.map((access) => [access.role, access.rooms])).toEqual([
      ['candidate', { board: 'write', comments: 'write', session: 'read', notes: 'none' }],
      ['interviewer', { board: 'write', comments: 'write', session: 'write', notes: 'write' }],
      ['observer', { board: 'read', comments: 'read', session: 'read', notes: 'none' }],
    ]);
  });

  it('practice gets one link that edits the board and keeps its own time, without private notes', async () => {
    const session = (await post(relay.url, { mode: 'practice', problemId: null })).body as SessionAnswer;
    expect(Object.keys(session.links)).toEqual(['practice']);
    const access = await roomsOf(relay.url, session.boardId, session.links.practice?.token ?? '');
    expect(access.rooms).toEqual({ board: 'write', comments: 'write', session: 'write', notes: 'none' });
  });

  it('tells a bad request what to fix, and makes nothing', async () => {
    expect(await post(relay.url, { mode: 'exam' })).toEqual({ status: 400, body: { error: 'mode must be "interview" or "practice"' } });
    const badProblem = await post(relay.url, { problemId: '../../etc' });
    expect(badProblem.status).toBe(400);
    expect((badProblem.body as { error: string }).error).toContain('problemId must be a problem id');
    const notJson = await fetch(`${relay.url}/api/interviews`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${relay.url}/api/interviews`)).status).toBe(405);
  });

  it('serves the relay clock, uncached', async () => {
    const before = Date.now();
    const response = await fetch(`${relay.url}/api/time`);
    const { now } = (await response.json()) as { now: number };
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  describe('private notes', () => {
    const SECRET = 'candidate hesitated on sharding: probe 4b7f';
    let session: SessionAnswer;
    let interviewer: TestClient;
    beforeAll(async () => {
      session = (await post(relay.url, { mode: 'interview' })).body as SessionAnswer;
      interviewer = connectClient(relay.url, `${session.boardId}~notes`, new Y.Doc(), { k: session.links.interviewer?.token ?? '' });
      await waitForSynced(interviewer);
      interviewer.doc.getText('notes').insert(0, SECRET);
      await notesHeld(relay, session.boardId, SECRET);
    });
    afterAll(() => interviewer.destroy());
    const token = (role: string): string => session.links[role]?.token ?? '';

    it.each(['candidate', 'observer'])("the %s's socket on the notes room is sent nothing, whatever it sends, and closed with 4403", async (role) => {
      for (const [name, frame] of [...writeAttempts(), ...harmlessFrames()]) {
        const socket = await rawSocket(relay.url, `${session.boardId}~notes`, token(role));
        if (socket.socket.readyState === WebSocket.OPEN) socket.socket.send(frame);
        await waitFor(() => socket.closed() !== null, `${name}: closed`);
        expect(socket.closed(), name).toBe(CloseCode.FORBIDDEN);
        expect(socket.frames, name).toEqual([]);
      }
      const stored = await relay.relay.readRoom(`${session.boardId}~notes` as BoardId, (doc) => doc.getText('notes').toString());
      expect(stored).toBe(SECRET);
    });

    it.each(['candidate', 'observer'])("the %s's sockets on the other rooms never carry the notes, even as they change", async (role) => {
      const secret = new TextEncoder().encode('probe 4b7f');
      const sockets = await Promise.all(ROOM_KINDS.filter((room) => room !== 'notes').map((room) => rawSocket(relay.url, roomPath(session.boardId, room), token(role))));
      for (const socket of sockets) await waitFor(() => socket.frames.length > 0, 'joined');
      for (const socket of sockets) for (const [, frame] of harmlessFrames()) socket.socket.send(frame);
      interviewer.doc.getText('notes').insert(0, `${role} watch: probe 4b7f again. `);
      await notesHeld(relay, session.boardId, `${role} watch`);
      for (const socket of sockets) {
        await barrier({ frames: socket.frames, send: (frame) => socket.socket.send(frame) });
        expect(socket.closed()).toBeNull();
        expect(socket.frames.some((frame) => contains(frame, secret))).toBe(false);
        socket.socket.close();
      }
    });
  });
});
