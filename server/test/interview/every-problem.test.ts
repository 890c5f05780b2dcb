// Each of the library's twenty problems opens as a session on the real relay: `POST /api/interviews` makes
// it, a candidate's real y-websocket client reads the problem from the session room before anyone else
// opened it (its prompt is the public entry's, which the web app shows), the interviewer's link is served
// the problem's material and the candidate's is refused it. The material served is exactly the library's,
// whose reference design @napkin/problems' material.test.ts analyses: no error findings, every flow within
// its p99 budget and availability objective, every automatic rubric point met.
import { InterviewSession } from '@napkin/doc';
import { problemPrompt, problemPrompts } from '@napkin/problems';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, startTestRelay, waitForSynced } from '../harness.js';
import type { TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: string;
  readonly links: Record<string, { token: string }>;
}

const PROBLEM_IDS = problemPrompts().map((prompt) => prompt.id);

describe('every problem of the library opens as a session', () => {
  let relay: TestRelay;
  beforeAll(async () => {
    relay = await startTestRelay();
  });
  afterAll(async () => {
    await relay.dispose();
  });

  it('the library has twenty problems', () => {
    expect(PROBLEM_IDS).toHaveLength(20);
  });

  it.each(PROBLEM_IDS)('%s: started, its problem known to the candidate, its material for the interviewer only', async (problemId) => {
    const made = await fetch(`${relay.url}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId }) });
    expect(made.status).toBe(201);
    const session = (await made.json()) as SessionAnswer;
    const token = (role: string): string => session.links[role]?.token ?? '';

    const candidate = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: token('candidate') });
    try {
      await waitForSynced(candidate);
      expect(new InterviewSession(candidate.doc).snapshot().meta).toEqual({ mode: 'interview', problemId });
      expect(problemPrompt(problemId)?.prompt.length).toBeGreaterThan(80);
    } finally {
      candidate.destroy();
    }

    const material = (role: string) =>
      fetch(`${relay.url}/api/problems/${problemId}/interviewer?board=${session.boardId}`, { headers: { Authorization: `Bearer ${token(role)}` } });
    const served = await material('interviewer');
    expect(served.status).toBe(200);
    const body = (await served.json()) as { points: unknown; referenceBoard: unknown };
    const library = interviewerMaterial(problemId);
    expect(body.referenceBoard).toEqual(JSON.parse(JSON.stringify(library?.referenceBoard)));
    expect(body.points).toEqual(JSON.parse(JSON.stringify(library?.points)));
    const refused = await material('candidate');
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('referenceBoard');
  });
});
