// The interview scorecard over the real relay and real y-websocket clients: the candidate draws the reference
// design, the interviewer scores a point and writes a summary in the private notes room and runs the timer; the
// interviewer's link downloads the scorecard as Markdown (the score, the board's verdict and evidence, the
// phases with their times, each flow's final p99 and availability as the board prints them, the summary, the
// failure card played) and as a PDF; the candidate's and the observer's links are refused with 403, no link with 401.
import { analyze } from '@napkin/analysis';
import { importBoardFile, InterviewSession, SUMMARY_TEXT, writeScore } from '@napkin/doc';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import { flowSummaries } from '@napkin/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly links: Record<string, { token: string }>;
}

const reference = interviewerMaterial('url-shortener')?.referenceBoard;
if (reference === undefined) throw new Error('no reference design for url-shortener');

describe('the scorecard route', () => {
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
  const scorecard = (role: string | null, query = 'format=md'): Promise<Response> =>
    fetch(`${relay.url}/api/interviews/${session.boardId}/scorecard?${query}`, { headers: role === null ? {} : { Authorization: `Bearer ${token(role)}` } });
  const timer = (command: string): Promise<Response> =>
    fetch(`${relay.url}/api/interviews/${session.boardId}/timer`, { method: 'POST', headers: { Authorization: `Bearer ${token('interviewer')}` }, body: JSON.stringify({ command }) });
  const roomDoc = (key: string): Y.Doc | undefined => relay.relay.rooms.get(key as BoardId)?.doc;

  it("gives the interviewer the scores, phases, final figures and summary, as Markdown and PDF", async () => {
    const candidate = connectClient(relay.url, session.boardId, new Y.Doc(), { k: token('candidate') });
    const notes = connectClient(relay.url, `${session.boardId}~notes`, new Y.Doc(), { k: token('interviewer') });
    const sessionRoom = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: token('interviewer') });
    clients.push(candidate, notes, sessionRoom);
    await Promise.all([waitForSynced(candidate), waitForSynced(notes), waitForSynced(sessionRoom)]);
    importBoardFile(candidate.doc, reference);
    writeScore(notes.doc, 'url-shortener.hot-cache', { score: 3, note: 'asked about TTLs unprompted' });
    notes.doc.getText(SUMMARY_TEXT).insert(0, 'Strong hire: numbers first, cache sized from them.');
    expect((await timer('start')).status).toBe(200);
    expect((await timer('advance')).status).toBe(200);
    await waitFor(() => (roomDoc(session.boardId)?.getMap('components').size ?? 0) === reference.components.length, 'the design reached the relay');
    await waitFor(() => (roomDoc(`${session.boardId}~notes`)?.getText(SUMMARY_TEXT).length ?? 0) > 0, 'the notes reached the relay');
    // A failure card as the interviewer's screen records it (its marks on the board are the cards' own tests).
    await waitFor(() => new InterviewSession(sessionRoom.doc).snapshot().timer.phase === 1, 'the timer reached the interviewer');
    new InterviewSession(sessionRoom.doc).recordCard({
      id: 'play-1', card: 'cache-gone', title: 'The cache cluster is gone', target: 'Redis (hot codes) down', components: ['cache'], zones: [], playedAt: Date.now(), phase: 'api', clearedAt: null,
    });
    await waitFor(() => (new InterviewSession(roomDoc(`${session.boardId}~session`) ?? new Y.Doc()).snapshot().cards.length) === 1, 'the card reached the relay');

    const response = await scorecard('interviewer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename=".+-scorecard\.md"/);
    const markdown = await response.text();
    expect(markdown).toContain('# Interview scorecard: URL shortener');
    expect(markdown).toMatch(/\| [^|]+ \| met \| Redis[^|]*: [\d,]+ req\/s \| 3 \/ 4 \| asked about TTLs unprompted \|/);
    expect(markdown).toContain('Strong hire: numbers first, cache sized from them.');
    expect(markdown).toMatch(/\| Requirements \| 5:00 \| \d+:\d\d \| — \|/);
    expect(markdown).toMatch(/\| API \(current\) \| 5:00 \| \d+:\d\d \| — \|/);
    expect(markdown).toContain('| Internals | 15:00 | not reached | — |');
    const flows = flowSummaries(analyze(reference));
    expect(flows.length).toBeGreaterThan(0);
    for (const flow of flows) {
      expect(markdown).toContain(`| ${flow.name} |`);
      expect(markdown).toContain(`${flow.p99} (within)`);
      expect(markdown).toContain(`${flow.availability} (meets`);
    }
    expect(markdown).toContain('The cache cluster is gone: Redis (hot codes) down (during API, still in play)');
    expect(markdown).toContain('data:image/svg+xml');

    const pdf = await scorecard('interviewer', 'format=pdf&page=letter');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('refuses the candidate and the observer, and a request without a link, saying why', async () => {
    for (const role of ['candidate', 'observer']) {
      const answer = await scorecard(role);
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as { error: string }).error).toBe(`only the session's interviewer link opens the scorecard, not a ${role} link`);
    }
    expect((await scorecard(null)).status).toBe(401);
    const bad = await scorecard('interviewer', 'format=docx');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('format must be md or pdf');
  });
});
