// The interview timer stamped by the relay, over the real relay and real y-websocket clients: the session
// room holds its mode and problem from the moment `POST /api/interviews` answers, so a candidate who opens
// first knows the problem; `POST /api/interviews/<id>/timer` applies a command at the relay's time whatever
// the caller's body claims, and every client on the session room receives the new state; commands queue
// (two quick "advance" move two phases); only the interviewer (or a practice link) may run it, and a bad
// command is told what to send.
import { InterviewSession, RAPID_S_PHASES } from '@napkin/doc';
import type { SessionSnapshot } from '@napkin/doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly links: Record<string, { token: string }>;
}

async function makeSession(url: string, mode: 'interview' | 'practice', problemId: string | null): Promise<SessionAnswer> {
  const response = await fetch(`${url}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode, problemId }) });
  expect(response.status).toBe(201);
  return (await response.json()) as SessionAnswer;
}

async function command(url: string, boardId: string, token: string | null, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/api/interviews/${boardId}/timer`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function sessionClient(url: string, boardId: string, token: string): { client: TestClient; snapshot: () => SessionSnapshot } {
  const client = connectClient(url, `${boardId}~session`, new Y.Doc(), { k: token });
  const session = new InterviewSession(client.doc);
  return { client, snapshot: () => session.snapshot() };
}

describe('the interview timer, stamped by the relay', () => {
  let relay: TestRelay;
  let session: SessionAnswer;
  const token = (role: string): string => session.links[role]?.token ?? '';
  beforeAll(async () => {
    relay = await startTestRelay();
    session = await makeSession(relay.url, 'interview', 'url-shortener');
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it("the session room knows its mode and problem before anyone opened it, so the candidate's first open shows the problem", async () => {
    const candidate = sessionClient(relay.url, session.boardId, token('candidate'));
    try {
      await waitForSynced(candidate.client);
      expect(candidate.snapshot().meta).toEqual({ mode: 'interview', problemId: 'url-shortener' });
    } finally {
      candidate.client.destroy();
    }
  });

  it("stamps each command with the relay's clock, ignoring any time the caller sends, and every screen receives it", async () => {
    const observer = sessionClient(relay.url, session.boardId, token('observer'));
    try {
      await waitForSynced(observer.client);
      const before = Date.now();
      const started = await command(relay.url, session.boardId, token('interviewer'), { command: 'start', now: before + 7 * 60_000 });
      const after = Date.now();
      expect(started.status).toBe(200);
      const timer = started.body.timer as { phase: number; phaseStartedAt: number };
      expect(timer.phase).toBe(0);
      expect(timer.phaseStartedAt).toBe(started.body.now);
      expect(timer.phaseStartedAt).toBeGreaterThanOrEqual(before);
      expect(timer.phaseStartedAt).toBeLessThanOrEqual(after);
      await waitFor(() => observer.snapshot().timer.phaseStartedAt === timer.phaseStartedAt, 'the observer received the start');

      const paused = await command(relay.url, session.boardId, token('interviewer'), { command: 'pause' });
      expect((paused.body.timer as { pausedAt: number }).pausedAt).toBe(paused.body.now);
      const extended = await command(relay.url, session.boardId, token('interviewer'), { command: 'extend', minutes: 2 });
      expect((extended.body.timer as { extraMinutes: number[] }).extraMinutes[0]).toBe(2);
      const resumed = await command(relay.url, session.boardId, token('interviewer'), { command: 'resume' });
      const resumedTimer = resumed.body.timer as { pausedAt: number | null; phaseStartedAt: number };
      expect(resumedTimer.pausedAt).toBeNull();
      // The pause does not count against the phase: its start moves forward by exactly the pause.
      expect(resumedTimer.phaseStartedAt).toBe(timer.phaseStartedAt + ((resumed.body.now as number) - (paused.body.now as number)));
      await waitFor(() => observer.snapshot().timer.pausedAt === null && observer.snapshot().timer.extraMinutes[0] === 2, 'the observer received the resume');
    } finally {
      observer.client.destroy();
    }
  });

  it('queues commands sent at once: two advances move two phases, each stamped after the one before', async () => {
    const from = ((await command(relay.url, session.boardId, token('interviewer'), { command: 'pause' })).body.timer as { phase: number }).phase;
    const answers = await Promise.all([1, 2].map(() => command(relay.url, session.boardId, token('interviewer'), { command: 'advance' })));
    const phases = answers.map((answer) => (answer.body.timer as { phase: number }).phase).sort();
    expect(phases).toEqual([from + 1, from + 2]);
    const stored = await relay.relay.readRoom(`${session.boardId}~session` as never, (doc) => new InterviewSession(doc).snapshot().timer);
    expect(stored?.phase).toBe(from + 2);
    expect(RAPID_S_PHASES[stored?.phase ?? -1]).toBeDefined();
  });

  it.each(['candidate', 'observer'])('a %s link may not run the timer (403), and nothing changes', async (role) => {
    const before = await relay.relay.readRoom(`${session.boardId}~session` as never, (doc) => JSON.stringify(new InterviewSession(doc).snapshot()));
    const refused = await command(relay.url, session.boardId, token(role), { command: 'end' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain(`a ${role} link cannot run the interview timer`);
    const after = await relay.relay.readRoom(`${session.boardId}~session` as never, (doc) => JSON.stringify(new InterviewSession(doc).snapshot()));
    expect(after).toBe(before);
  });

  it('tells a caller without a link, or with a bad command, what to send', async () => {
    expect((await command(relay.url, session.boardId, null, { command: 'start' })).status).toBe(401);
    const unknown = await command(relay.url, session.boardId, token('interviewer'), { command: 'rewind' });
    expect(unknown).toEqual({ status: 400, body: { error: 'command must be one of "start", "pause", "resume", "advance", "extend", "end"' } });
    const tooLong = await command(relay.url, session.boardId, token('interviewer'), { command: 'extend', minutes: 600 });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toContain('minutes must be a whole number');
    expect((await fetch(`${relay.url}/api/interviews/${session.boardId}/timer`)).status).toBe(405);
  });

  it('a practice link keeps its own time', async () => {
    const practice = await makeSession(relay.url, 'practice', 'chat');
    const started = await command(relay.url, practice.boardId, practice.links.practice?.token ?? '', { command: 'start' });
    expect(started.status).toBe(200);
    expect((started.body.timer as { phase: number }).phase).toBe(0);
  });
});
