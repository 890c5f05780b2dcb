// Two relay OS processes over one Redis, real y-websocket clients on each: the presence roster
// (GET /api/presence, names and count) is identical on both instances within 1 s of the last client's
// connection syncing; documents converge both ways, each instance applying the other's appends exactly
// once; awareness crosses instances; a late joiner on another instance catches up from the stream.
import { afterEach, describe, expect, it } from 'vitest';
import { newBoardId, stateOf, tokenFor, waitFor, waitForSynced } from '../harness.js';
import { relayProcesses, syncedAt } from './relay-processes.js';
import { startTestRedis } from './redis-server.js';
import type { TestRedis } from './redis-server.js';
import { entryOrigins, healthOf } from './roster.js';

/** The bound: the roster is the same on both instances within 1 s. */
const ROSTER_DEADLINE_MS = 1_000;

interface Summary {
  readonly count: number;
  readonly names: readonly string[];
}

async function summaryOf(url: string, boardId: string): Promise<Summary | undefined> {
  const response = await fetch(`${url}/api/presence?boards=${boardId}:${await tokenFor(url, boardId, 'viewer')}`);
  return ((await response.json()) as Record<string, Summary | undefined>)[boardId];
}

describe('two relay processes over one Redis', () => {
  const processes = relayProcesses();
  let redis: TestRedis | null = null;
  afterEach(async () => {
    await processes.dispose();
    await redis?.dispose();
    redis = null;
  });

  it('both rosters agree within 1 s of the last sync; documents converge, applied exactly once', async () => {
    redis = await startTestRedis();
    const [first, second] = await Promise.all([processes.start(redis.url), processes.start(redis.url)]);
    const boardId = newBoardId();
    const ada = processes.client(first.url, boardId, 'Ada');
    const grace = processes.client(first.url, boardId, 'Grace');
    const linus = processes.client(second.url, boardId, 'Linus');
    const everyone = [ada, grace, linus];
    const lastSynced = Math.max(...(await Promise.all(everyone.map(syncedAt))));

    // Poll both instances together; the moment counted is when both answers are back.
    const expected = { count: 3, names: ['Ada', 'Grace', 'Linus'] };
    let seen: Array<Summary | undefined> = [];
    for (;;) {
      seen = await Promise.all([summaryOf(first.url, boardId), summaryOf(second.url, boardId)]);
      const answeredAt = Date.now();
      const [onFirst, onSecond] = seen;
      const agreed = onFirst !== undefined && JSON.stringify(onFirst) === JSON.stringify(onSecond);
      if (agreed && onFirst.count === 3 && [...onFirst.names].sort().join() === expected.names.join()) break;
      if (answeredAt - lastSynced > ROSTER_DEADLINE_MS) {
        throw new Error(`rosters not identical ${answeredAt - lastSynced} ms after the last sync: ${JSON.stringify(seen)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(seen[0]).toEqual(seen[1]);
    expect({ count: seen[0]?.count, names: [...(seen[0]?.names ?? [])].sort() }).toEqual(expected);

    // Cursors cross instances.
    await waitFor(() => linus.provider.awareness.getStates().get(ada.doc.clientID) !== undefined, 'linus sees ada’s awareness');
    await waitFor(() => ada.provider.awareness.getStates().get(linus.doc.clientID) !== undefined, 'ada sees linus’s awareness');

    for (let i = 0; i < 20; i++) {
      ada.map.set(`ada${i}`, i);
      grace.map.set(`grace${i}`, i);
      linus.map.set(`linus${i}`, i);
    }
    await waitFor(() => everyone.every((client) => client.map.size === 60), 'everyone saw all 60 edits');
    for (const client of everyone) expect(stateOf(client.doc)).toEqual(stateOf(linus.doc));

    // Exactly once: each instance applied precisely the stream entries the other one appended.
    const [firstHealth, secondHealth] = await Promise.all([healthOf(first.url), healthOf(second.url)]);
    const entries = await entryOrigins(redis.url, boardId);
    const appendedBy = (instance: unknown): number => entries.filter((origin) => origin === instance).length;
    expect(appendedBy(firstHealth.instanceId) + appendedBy(secondHealth.instanceId)).toBe(entries.length);
    expect(appendedBy(secondHealth.instanceId)).toBeGreaterThanOrEqual(20);
    expect(appendedBy(firstHealth.instanceId)).toBeGreaterThan(0);
    expect(firstHealth.remoteUpdatesApplied).toBe(appendedBy(secondHealth.instanceId));
    expect(secondHealth.remoteUpdatesApplied).toBe(appendedBy(firstHealth.instanceId));
  });

  it('a late joiner on another instance catches up from the shared stream', async () => {
    redis = await startTestRedis();
    const first = await processes.start(redis.url);
    const boardId = newBoardId();
    const a = processes.client(first.url, boardId);
    await waitForSynced(a);
    for (let i = 0; i < 50; i++) a.map.set(`k${i}`, 'x'.repeat(i));
    // The first relay relays only what Redis acknowledged, so a second client there seeing every edit
    // proves they are all in the shared stream before the other instance opens the board.
    const witness = processes.client(first.url, boardId);
    await waitFor(() => witness.map.size === 50, 'witness on the first instance saw every edit');
    const second = await processes.start(redis.url);
    const late = processes.client(second.url, boardId);
    await waitForSynced(late);
    expect(stateOf(late.doc)).toEqual(stateOf(a.doc));
    a.map.set('after', true);
    await waitFor(() => late.map.get('after') === true, 'late joiner follows live edits');
  });
});
