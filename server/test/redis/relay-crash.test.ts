// A relay instance dies (SIGKILL) while its users are on a board shared with another instance: they
// leave the roster within the presence TTL counted from the kill, the other instance's clients keep editing, and a client of
// the dead relay that reconnects to the live one loses nothing (not even edits made while cut off).
// One stopped cleanly (SIGTERM) removes its users from the roster straight away.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.js';
import { DEFAULT_PRESENCE_TTL_MS } from '../../src/redis/redis-presence.js';
import { connectClient, newBoardId, stateOf, waitFor, waitForSynced } from '../harness.js';
import { relayProcesses } from './relay-processes.js';
import type { ChildRelay } from '../child-relay.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { pollUntil, rosterOf } from './roster.js';

/** The presence TTL the relays of this file run with (NAPKIN_PRESENCE_TTL_MS). */
const TEST_TTL_MS = 3_000;
/** The refresh period the README documents ("a heartbeat (TTL/3) refreshes"), allowed as slack. */
const HEARTBEAT_MS = Math.floor(TEST_TTL_MS / 3);

/** Polls a roster from now on; resolves (never rejects) once `gone` holds or the deadline has passed. */
async function watchRoster(
  url: string,
  boardId: string,
  gone: (names: string[]) => boolean,
  since: number,
  deadlineMs: number,
): Promise<{ ok: boolean; answeredAfterMs: number; names: string[] }> {
  let names: string[] = [];
  for (;;) {
    names = await rosterOf(url, boardId).catch(() => names); // a failed read is not a verdict
    const answeredAfterMs = Date.now() - since;
    if (gone(names)) return { ok: true, answeredAfterMs, names };
    if (answeredAfterMs > deadlineMs) return { ok: false, answeredAfterMs, names };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a relay instance going away', () => {
  const processes = relayProcesses();
  let redis: TestRedis | null = null;
  afterEach(async () => {
    await processes.dispose();
    await redis?.dispose();
    redis = null;
  });
  const start = (url: string, ttlMs = TEST_TTL_MS): Promise<ChildRelay> => processes.start(url, { NAPKIN_PRESENCE_TTL_MS: String(ttlMs) });
  const client = processes.client;

  it('the production presence TTL is at most 30 s', () => {
    expect(DEFAULTS.presenceTtlMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_PRESENCE_TTL_MS).toBeLessThanOrEqual(30_000);
  });

  it('drops its users from the roster within the TTL of the kill; the survivors edit on; a reconnect loses nothing', async () => {
    redis = await startTestRedis();
    const [doomed, survivor] = await Promise.all([start(redis.url), start(redis.url)]);
    const boardId = newBoardId();
    const ada = client(doomed.url, boardId, 'Ada');
    const alan = client(doomed.url, boardId, 'Alan');
    const grace = client(survivor.url, boardId, 'Grace');
    await Promise.all([ada, alan, grace].map(waitForSynced));
    await pollUntil(async () => (await rosterOf(survivor.url, boardId)).join() === 'Ada,Alan,Grace', 'all three on the roster');

    for (let i = 0; i < 10; i++) ada.map.set(`ada${i}`, i);
    await waitFor(() => grace.map.size === 10, 'grace saw ada’s edits');
    // The clock starts at the kill: the roster is watched from here while the rest of the test runs.
    const killedAt = Date.now();
    doomed.process.kill('SIGKILL');
    const left = watchRoster(
      survivor.url,
      boardId,
      (names) => !names.includes('Ada') && !names.includes('Alan') && names.includes('Grace'),
      killedAt,
      TEST_TTL_MS + HEARTBEAT_MS,
    );
    expect(await doomed.exited).toBe('SIGKILL');

    // Ada keeps typing while cut off; her provider keeps retrying the dead relay.
    for (let i = 0; i < 5; i++) ada.map.set(`offline${i}`, i);
    for (let i = 0; i < 10; i++) grace.map.set(`grace${i}`, i);
    const linus = client(survivor.url, boardId, 'Linus');
    await waitForSynced(linus);
    await waitFor(() => linus.map.has('grace9') && linus.map.has('ada9'), 'a new client on the survivor sees both');

    // Within the TTL (plus one heartbeat period of slack) of the kill, the dead instance's users are gone.
    const exit = await left;
    expect(exit, `roster ${exit.answeredAfterMs} ms after the kill: ${exit.names.join()}`).toMatchObject({ ok: true });
    expect(exit.answeredAfterMs).toBeLessThanOrEqual(TEST_TTL_MS + HEARTBEAT_MS);
    await pollUntil(async () => (await rosterOf(survivor.url, boardId)).join() === 'Grace,Linus', 'only the survivor’s users');

    // Ada reconnects through the surviving instance with her own doc: everything merges, nothing lost.
    ada.provider.destroy();
    const back = processes.adopt(connectClient(survivor.url, boardId, ada.doc));
    await waitForSynced(back);
    await waitFor(() => grace.map.has('offline4') && back.map.has('grace9'), 'both directions merged');
    expect(stateOf(back.doc)).toEqual(stateOf(grace.doc));
    expect(back.map.size).toBe(25);
  });

  it('a relay stopped with SIGTERM takes its users off the roster at once, not after the TTL', async () => {
    redis = await startTestRedis();
    const leaving = await start(redis.url, 30_000);
    const staying = await start(redis.url, 30_000);
    const boardId = newBoardId();
    const ada = client(leaving.url, boardId, 'Ada');
    const grace = client(staying.url, boardId, 'Grace');
    await Promise.all([waitForSynced(ada), waitForSynced(grace)]);
    await pollUntil(async () => (await rosterOf(staying.url, boardId)).length === 2, 'both on the roster');
    leaving.process.kill('SIGTERM');
    expect(await leaving.exited).toBe(0);
    await pollUntil(async () => (await rosterOf(staying.url, boardId)).join() === 'Grace', 'ada gone well before the 30 s TTL', 3_000);
  });
});
