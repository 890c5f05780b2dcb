// Session recordings over the real relay with real y-websocket clients: the interviewer runs the phase timer
// in the session room while the candidate edits the board; the relay records a frame (the board as it was,
// the phase, the flows' figures) at each phase change and after edits have waited 30 s (an injected clock,
// no sleeping), and serves it to the interviewer only. Deleting stops the recording; the retention deletes
// old recordings periodically and at start; a damaged recording file costs its damaged lines only.
import { readFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBoard } from '@napkin/analysis';
import type { BoardFile } from '@napkin/analysis';
import { advanceTimer, Board, importBoardFile, InterviewSession, startTimer } from '@napkin/doc';
import type { Replay } from '@napkin/doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import { readFinalFigures } from '../../src/interview/recording/recording-replay.js';
import { startSessionRecordings } from '../../src/interview/recording/session-recordings.js';
import { createSilentLogger } from '../../src/logger.js';
import { connectClient, startTestRelay, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

const DAY = 24 * 60 * 60 * 1000;

const example = (): BoardFile => {
  const text = readFileSync(fileURLToPath(new URL('../../../packages/analysis/examples/typical-request-path.json', import.meta.url)), 'utf8');
  const { board } = parseBoard(text);
  if (board === null) throw new Error('the example parses');
  return board;
};

interface Session {
  readonly boardId: BoardId;
  readonly tokens: Record<'candidate' | 'interviewer' | 'observer', string>;
}

async function newSession(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  const body = (await response.json()) as { boardId: BoardId; links: Record<string, { token: string }> };
  const token = (role: string): string => body.links[role]?.token ?? '';
  return { boardId: body.boardId, tokens: { candidate: token('candidate'), interviewer: token('interviewer'), observer: token('observer') } };
}

const recordingUrl = (url: string, boardId: string, tail = ''): string => `${url}/api/interviews/${boardId}/recording${tail}`;
const asLink = (token: string, method = 'GET'): RequestInit => ({ method, headers: { Authorization: `Bearer ${token}` } });

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const replayOf = async (url: string, session: Session): Promise<Replay> => (await (await fetch(recordingUrl(url, session.boardId), asLink(session.tokens.interviewer))).json()) as Replay;
const componentNames = (replay: Replay, frame: number): string[] => (replay.snapshots[replay.frames[frame]?.snapshot ?? -1]?.components ?? []).map((component) => component.name ?? '');

describe('session recordings', () => {
  const clock = { now: Date.UTC(2026, 11, 5, 9, 0, 0) };
  let relay: TestRelay;
  const clients: TestClient[] = [];

  /** The interviewer's session room and the candidate's board, as the web app opens them. */
  async function joinSession(session: Session): Promise<{ timer: InterviewSession; board: Board; candidate: TestClient }> {
    const interviewer = connectClient(relay.url, `${session.boardId}~session`, new Y.Doc(), { k: session.tokens.interviewer });
    const candidate = connectClient(relay.url, session.boardId, new Y.Doc(), { k: session.tokens.candidate });
    clients.push(interviewer, candidate);
    await Promise.all([waitForSynced(interviewer), waitForSynced(candidate)]);
    const timer = new InterviewSession(interviewer.doc);
    timer.initialise({ mode: 'interview', problemId: 'url-shortener' });
    return { timer, board: new Board(candidate.doc), candidate };
  }

  beforeAll(async () => {
    relay = await startTestRelay({ recordingClock: () => clock.now, recordingRetentionDays: 1 });
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay.dispose();
  });

  it('records a frame at each phase change with the board as it was and its flows figures, for the interviewer', async () => {
    const session = await newSession(relay.url);
    const { timer, board } = await joinSession(session);
    importBoardFile(board.ydoc, example());
    const exampleCount = example().components.length;
    await until(() => relay.relay.readRoom(session.boardId, (doc) => new Board(doc).snapshot().components.length), (count) => count === exampleCount, 'the relay holds the board');
    timer.updateTimer((state) => startTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 1, 'the frame at the start');
    clock.now += 5_000;
    timer.updateTimer((state) => advanceTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 2, 'the frame at the API phase');
    // After the phase change: in the recording's next frames, never in the one at the boundary.
    board.addComponent({ kind: 'in-memory-cache', name: 'Added after the boundary', x: 900, y: 40 });
    await until(() => relay.relay.readRoom(session.boardId, (doc) => new Board(doc).snapshot().components.length), (count) => count === exampleCount + 1, 'the relay holds the cache');
    clock.now += 5_000;
    timer.updateTimer((state) => advanceTimer(state, clock.now));

    const replay = await until(() => replayOf(relay.url, session), (value) => value.frames.length === 3, 'the frame at high-level design');
    expect(replay.frames.map((frame) => [frame.phase, frame.phaseTitle, frame.reason])).toEqual([
      [0, 'Requirements', 'phase'],
      [1, 'API', 'phase'],
      [2, 'High-level design', 'phase'],
    ]);
    // Nothing changed between the first two frames: they share one snapshot.
    expect(replay.frames[1]?.snapshot).toBe(replay.frames[0]?.snapshot);
    expect(replay.snapshots).toHaveLength(2);
    expect(componentNames(replay, 1)).not.toContain('Added after the boundary');
    expect(componentNames(replay, 2)).toContain('Added after the boundary');
    expect(replay.frames[1]?.time).toBe(replay.frames[0]!.time + 5_000);
    const figures = replay.frames[2]?.figures ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const flow of figures) {
      expect(flow.p99Ms).toBeGreaterThan(0);
      expect(flow.p99Ms).toBeGreaterThanOrEqual(flow.p50Ms ?? 0);
      expect(flow.availabilityPercent).toBeGreaterThan(0);
      expect(flow.availabilityPercent).toBeLessThanOrEqual(100);
    }
    expect(replay.updates).toBeGreaterThanOrEqual(2);
    expect(replay.issues).toEqual([]);
    expect(await readFinalFigures(relay.recordings.store, session.boardId)).toMatchObject({ phase: 2, phaseTitle: 'High-level design', figures });
  });

  it('takes a frame when edits have gone 30 s without one, by the relay clock', async () => {
    const session = await newSession(relay.url);
    const { timer, board } = await joinSession(session);
    timer.updateTimer((state) => startTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 1, 'the frame at the start');
    board.addComponent({ kind: 'stateless-service', name: 'Within 30 s', x: 0, y: 0 });
    await until(() => relay.relay.readRoom(session.boardId, (doc) => new Board(doc).snapshot().components.length), (count) => count === 1, 'the relay holds the edit');
    await relay.recordings.recorder.settle();
    expect((await replayOf(relay.url, session)).frames).toHaveLength(1);
    clock.now += 31_000;
    board.addComponent({ kind: 'stateless-service', name: 'After 31 s', x: 200, y: 0 });
    const replay = await until(() => replayOf(relay.url, session), (value) => value.frames.length === 2, 'the interval frame');
    expect(replay.frames[1]).toMatchObject({ reason: 'interval', phase: 0 });
    expect(componentNames(replay, 1).sort()).toEqual(['After 31 s', 'Within 30 s']);
  });

  it('serves the recording to the interviewer only, and tells every link of the session that it is recorded', async () => {
    const session = await newSession(relay.url);
    const { timer } = await joinSession(session);
    timer.updateTimer((state) => startTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 1, 'the frame at the start');
    for (const role of ['candidate', 'observer'] as const) {
      const response = await fetch(recordingUrl(relay.url, session.boardId), asLink(session.tokens[role]));
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(new RegExp(`a ${role} link cannot open the session's recording`));
      expect((await fetch(recordingUrl(relay.url, session.boardId), asLink(session.tokens[role], 'DELETE'))).status).toBe(403);
      const status = await fetch(recordingUrl(relay.url, session.boardId, '/status'), asLink(session.tokens[role]));
      expect(await status.json()).toEqual({ recording: true });
    }
    expect((await fetch(recordingUrl(relay.url, session.boardId))).status).toBe(401);
    expect((await fetch(recordingUrl(relay.url, 'not a board id'), asLink(session.tokens.interviewer))).status).toBe(400);
  });

  it('deletes a recording for the interviewer and records that session no more', async () => {
    const session = await newSession(relay.url);
    const { timer, board } = await joinSession(session);
    timer.updateTimer((state) => startTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 1, 'the frame at the start');
    const deleted = await fetch(recordingUrl(relay.url, session.boardId), asLink(session.tokens.interviewer, 'DELETE'));
    expect(deleted.status).toBe(200);
    clock.now += 1_000;
    timer.updateTimer((state) => advanceTimer(state, clock.now));
    board.addComponent({ kind: 'stateless-service', name: 'Unrecorded', x: 0, y: 0 });
    await until(() => relay.relay.readRoom(session.boardId, (doc) => new Board(doc).snapshot().components.length), (count) => count === 1, 'the relay holds the edit');
    await relay.recordings.recorder.settle();
    expect((await fetch(recordingUrl(relay.url, session.boardId), asLink(session.tokens.interviewer))).status).toBe(404);
    expect(await (await fetch(recordingUrl(relay.url, session.boardId, '/status'), asLink(session.tokens.candidate))).json()).toEqual({ recording: false });
    await expect(readFile(join(relay.dataDir, 'recordings', `${session.boardId}.ndjson`))).rejects.toThrow(/ENOENT/);
  });

  it('keeps what it can read of a damaged recording file and says which lines it skipped', async () => {
    const session = await newSession(relay.url);
    const { timer } = await joinSession(session);
    timer.updateTimer((state) => startTimer(state, clock.now));
    await until(() => replayOf(relay.url, session), (replay) => replay.frames.length === 1, 'the frame at the start');
    const path = join(relay.dataDir, 'recordings', `${session.boardId}.ndjson`);
    await appendFile(path, '{"kind":"frame","n":1,"t":\u0000\u0000 torn\n');
    clock.now += 1_000;
    timer.updateTimer((state) => advanceTimer(state, clock.now));
    const replay = await until(() => replayOf(relay.url, session), (value) => value.frames.length === 2, 'the frame after the damage');
    expect(replay.issues).toHaveLength(1);
    expect(replay.issues[0]).toMatch(/^line \d+: not JSON$/);
    expect(replay.frames.map((frame) => frame.phase)).toEqual([0, 1]);
    // A file that is nothing but garbage: an answer with the reason, and the relay goes on.
    await writeFile(path, '\u0000'.repeat(64));
    const garbage = await replayOf(relay.url, session);
    expect(garbage.frames).toEqual([]);
    expect(garbage.issues).toEqual(['line 1: not JSON']);
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200);
  });

  it('deletes recordings past the retention periodically and at start', async () => {
    const old = await newSession(relay.url);
    await joinSession(old).then(({ timer }) => timer.updateTimer((state) => startTimer(state, clock.now)));
    await until(() => replayOf(relay.url, old), (replay) => replay.frames.length === 1, 'the old session recorded');
    clock.now += 2 * DAY;
    const recent = await newSession(relay.url);
    await joinSession(recent).then(({ timer }) => timer.updateTimer((state) => startTimer(state, clock.now)));
    await until(() => replayOf(relay.url, recent), (replay) => replay.frames.length === 1, 'the recent session recorded');
    await relay.recordings.sweep();
    expect((await fetch(recordingUrl(relay.url, old.boardId), asLink(old.tokens.interviewer))).status).toBe(404);
    expect((await fetch(recordingUrl(relay.url, recent.boardId), asLink(recent.tokens.interviewer))).status).toBe(200);

    // Recordings opened two days later (a relay starting) lose the recent one before anyone can ask.
    await relay.recordings.recorder.settle();
    const later = await startSessionRecordings({ dataDir: relay.dataDir, logger: createSilentLogger(), readRoom: async () => null, now: () => clock.now + 2 * DAY, retentionDays: 1 });
    try {
      expect(later.store.isRecording(recent.boardId)).toBe(false);
      expect(later.store.wasDeleted(recent.boardId)).toBe(true);
    } finally {
      await later.close();
    }
  });
});
