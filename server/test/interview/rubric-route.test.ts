// The rubric's automatic verdicts over the real relay: the candidate draws through a real y-websocket client,
// the interviewer asks `GET /api/problems/<id>/rubric?board=` and sees "caches hot codes" turn from missing to
// met, with the component as evidence, once the design has its cache; the candidate and observer are refused.
import { importBoardFile, InterviewSession } from '@napkin/doc';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly links: Record<string, { token: string }>;
}

interface Verdict {
  readonly pointId: string;
  readonly status: string;
  readonly evidence: { componentId?: string } | null;
}

describe('the rubric route', () => {
  let relay: TestRelay;
  let session: SessionAnswer;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    relay = await startTestRelay();
    const response = await fetch(`${relay.url}/api/interviews`, { method: 'POST', body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
    session = (await response.json()) as SessionAnswer;
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await relay.dispose();
  });
  const token = (role: string): string => session.links[role]?.token ?? '';
  const rubric = async (role: string): Promise<{ status: number; body: { results?: Verdict[]; error?: string } }> => {
    const response = await fetch(`${relay.url}/api/problems/url-shortener/rubric?board=${session.boardId}`, { headers: { Authorization: `Bearer ${token(role)}` } });
    return { status: response.status, body: (await response.json()) as { results?: Verdict[]; error?: string } };
  };
  const hotCache = async (): Promise<Verdict | undefined> => (await rubric('interviewer')).body.results?.find((verdict) => verdict.pointId === 'url-shortener.hot-cache');

  it('turns a point from missing to met when the candidate draws what it asks for', async () => {
    const interviewer = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: token('interviewer') });
    clients.push(interviewer);
    await waitForSynced(interviewer);
    new InterviewSession(interviewer.doc).initialise({ mode: 'interview', problemId: 'url-shortener' });

    expect(await hotCache()).toEqual({ pointId: 'url-shortener.hot-cache', status: 'missing', evidence: null });
    const candidate = connectClient(relay.url, session.boardId, new Y.Doc(), { k: token('candidate') });
    clients.push(candidate);
    await waitForSynced(candidate);
    const reference = interviewerMaterial('url-shortener')?.referenceBoard;
    if (reference === undefined) throw new Error('no reference design for url-shortener');
    importBoardFile(candidate.doc, reference);
    const components = reference.components.length;
    await waitFor(() => (relay.relay.rooms.get(session.boardId as BoardId)?.doc.getMap('components').size ?? 0) === components, 'the design reached the relay');
    expect(await hotCache()).toMatchObject({ status: 'met', evidence: { componentId: 'cache' } });
  });

  it('refuses the candidate and the observer, and says why', async () => {
    for (const role of ['candidate', 'observer']) {
      const answer = await rubric(role);
      expect(answer.status).toBe(403);
      expect(answer.body.error).toBe(`a ${role} link cannot read the interviewer's material`);
    }
  });
});
