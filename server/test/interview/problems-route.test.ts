// GET /api/problems/<id>/interviewer over the real relay: the rubric and reference design go to the
// session's interviewer link and to nobody else (candidate and observer 403, no link 401), only for the
// session's own problem once the session names it, and bad requests are told what to fix.
import { InterviewSession } from '@napkin/doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly links: Record<string, { id: string; token: string }>;
}

describe('GET /api/problems/<id>/interviewer', () => {
  let relay: TestRelay;
  let session: SessionAnswer;
  beforeAll(async () => {
    relay = await startTestRelay();
    const response = await fetch(`${relay.url}/api/interviews`, { method: 'POST', body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
    session = (await response.json()) as SessionAnswer;
  });
  afterAll(async () => {
    await relay.dispose();
  });

  const material = (problemId: string, role: string | null, board: string = session.boardId, method = 'GET') =>
    fetch(`${relay.url}/api/problems/${problemId}/interviewer?board=${board}`, {
      method,
      headers: role === null ? {} : { Authorization: `Bearer ${session.links[role]?.token ?? ''}` },
    });

  it("gives the interviewer link the problem's points and reference design", async () => {
    const response = await material('url-shortener', 'interviewer');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { problemId: string; points: { id: string; check: unknown }[]; referenceBoard: { format: string; components: unknown[] } };
    expect(body.problemId).toBe('url-shortener');
    expect(body.points.map((point) => point.id)).toContain('url-shortener.analytics-async');
    expect(body.points.map((point) => point.id)).toContain('general.no-spof');
    expect(body.referenceBoard.format).toBe('napkin-board');
    expect(body.referenceBoard.components.length).toBeGreaterThan(5);
  });

  it('refuses the candidate and the observer (403) and a request without a link (401), with no material in the answer', async () => {
    for (const [role, status] of [['candidate', 403], ['observer', 403], [null, 401]] as const) {
      const response = await material('url-shortener', role);
      expect({ role, status: response.status }).toEqual({ role, status });
      const text = await response.text();
      expect(text).not.toContain('referenceBoard');
      expect(text).not.toContain('analytics-async');
      expect((JSON.parse(text) as { error: string }).error.length).toBeGreaterThan(10);
    }
  });

  it("opens only the session's own problem once the session names it", async () => {
    const client = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: session.links.interviewer?.token ?? '' });
    try {
      await waitForSynced(client);
      new InterviewSession(client.doc).initialise({ mode: 'interview', problemId: 'url-shortener' });
      await waitFor(() => relay.relay.rooms.get(`${session.boardId}~session` as never)?.doc.getMap('session').has('meta') === true, 'the session meta reached the relay');
    } finally {
      client.destroy();
    }
    const other = await material('chat', 'interviewer');
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: string }).error).toBe('this session\'s problem is "url-shortener", not "chat"');
    expect((await material('url-shortener', 'interviewer')).status).toBe(200);
  });

  it('tells a bad request what to fix: the board, the problem id, the method', async () => {
    expect((await material('url-shortener', 'interviewer', 'short')).status).toBe(400);
    expect((await material('URL_shortener!', 'interviewer')).status).toBe(400);
    expect((await material('url-shortener', 'interviewer', session.boardId, 'POST')).status).toBe(405);
    const anotherBoard = await material('url-shortener', 'interviewer', 'AbCdEfGhIjKlMnOpQrStUv');
    expect(anotherBoard.status).toBe(401);
  });
});
