// Who may read a session's interviewer material, over the real relay: the interviewer always; a practice link
// only once its session's time is up as the relay's session room says (ended by the practising person through
// their real y-websocket client); the candidate and an observer never; no link or a revoked one, never.
import { advanceTimer, endTimer, InterviewSession, startTimer } from '@napkin/doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardAccess } from '../../src/access/board-access.js';
import type { CapabilityToken } from '../../src/access/capabilities.js';
import { FileCapabilityStore } from '../../src/access/file-capability-store.js';
import type { BoardId } from '../../src/board-id.js';
import { interviewerMaterialAccess } from '../../src/interview/material-access.js';
import { createSilentLogger } from '../../src/logger.js';
import { connectClient, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestRelay } from '../harness.js';

interface SessionAnswer {
  readonly boardId: BoardId;
  readonly links: Record<string, { id: string; token: CapabilityToken }>;
}

async function newSession(url: string, mode: 'interview' | 'practice'): Promise<SessionAnswer> {
  const response = await fetch(`${url}/api/interviews`, { method: 'POST', body: JSON.stringify({ mode, problemId: 'pastebin' }) });
  return (await response.json()) as SessionAnswer;
}

describe("the interviewer's material", () => {
  let relay: TestRelay;
  let store: FileCapabilityStore;
  beforeAll(async () => {
    relay = await startTestRelay();
    // The relay's own links, read from where it keeps them (its data dir).
    store = new FileCapabilityStore({ dataDir: relay.dataDir, logger: createSilentLogger() });
  });
  afterAll(async () => {
    await store.close();
    await relay.dispose();
  });
  const ask = (boardId: BoardId, token: CapabilityToken | null) =>
    interviewerMaterialAccess(new BoardAccess({ store }), (key, read) => relay.relay.readRoom(key, read), boardId, token);

  it('is for the interviewer, never the candidate, an observer or no link', async () => {
    const session = await newSession(relay.url, 'interview');
    const token = (role: string) => session.links[role]?.token ?? null;
    // The relay wrote the session's problem when it made the session (interviews-api.ts).
    expect(await ask(session.boardId, token('interviewer'))).toEqual({ ok: true, role: 'interviewer', problemId: 'pastebin' });
    expect(await ask(session.boardId, token('candidate'))).toMatchObject({ ok: false, status: 403, error: "a candidate link cannot read the interviewer's material" });
    expect(await ask(session.boardId, token('observer'))).toMatchObject({ ok: false, status: 403 });
    expect(await ask(session.boardId, null)).toMatchObject({ ok: false, status: 401 });
  });

  it('opens to practice once the time is up, as the relay holds the session', async () => {
    const session = await newSession(relay.url, 'practice');
    const token = session.links.practice?.token ?? null;
    expect(await ask(session.boardId, token)).toMatchObject({ ok: false, status: 403 });
    const client = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: token ?? '' });
    try {
      await waitForSynced(client);
      const room = new InterviewSession(client.doc);
      room.initialise({ mode: 'practice', problemId: 'pastebin' });
      room.updateTimer((timer) => advanceTimer(startTimer(timer, Date.now()), Date.now()));
      const held = (key: string) => relay.relay.rooms.get(key as BoardId)?.doc;
      await waitFor(() => held(`${session.boardId}~session`)?.getMap('session').has('timer') === true, 'the timer reached the relay');
      expect(await ask(session.boardId, token)).toMatchObject({ ok: false, status: 403 });
      room.updateTimer((timer) => endTimer(timer, Date.now()));
      await waitFor(() => (held(`${session.boardId}~session`)?.getMap('session').get('timer') as { endedAt?: unknown } | undefined)?.endedAt != null, 'the end reached the relay');
      expect(await ask(session.boardId, token)).toEqual({ ok: true, role: 'practice', problemId: 'pastebin' });
    } finally {
      client.destroy();
    }
  });
});
