// `GET /api/presence?boards=<id>:<token>,…` as the home page calls it, on the embedded relay and on one over
// Redis: real y-websocket clients publish awareness, the endpoint reports counts and names from the relay's
// PresenceRegistry, for boards the caller holds a link to; bad ids, missing or wrong tokens are skipped,
// never an error.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../src/config.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { connectClient, newBoardId, startTestRelay, tokenFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

interface Summary {
  readonly count: number;
  readonly names: readonly string[];
}

async function fetchPresence(url: string, boards: string): Promise<Record<string, Summary>> {
  const response = await fetch(`${url}/api/presence?boards=${encodeURIComponent(boards)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, Summary>;
}

describe.each([{ backend: 'embedded' }, { backend: 'redis' }])('GET /api/presence ($backend)', ({ backend }) => {
  const clients: TestClient[] = [];
  let relay: TestRelay | null = null;
  let redis: TestRedis | null = null;
  beforeAll(async () => {
    if (backend === 'redis') redis = await startTestRedis();
  });
  afterAll(async () => redis?.dispose());
  const options = (): ServerOptions => (redis === null ? {} : { redisUrl: redis.url });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay?.dispose();
    relay = null;
  });

  it('counts the people on each requested board and names them', async () => {
    relay = await startTestRelay(options());
    const busy = newBoardId();
    const empty = newBoardId();
    for (const name of ['Ada', 'Grace']) {
      const client = connectClient(relay.url, busy);
      clients.push(client);
      await waitForSynced(client);
      client.provider.awareness.setLocalStateField('user', { name, color: '#336699' });
    }
    const url = relay.url;
    let summary: Record<string, Summary> = {};
    // Presence is fed asynchronously from awareness: poll until both are in (or give up after 10 s).
    for (let attempt = 0; attempt < 200 && summary[busy]?.count !== 2; attempt++) {
      summary = await fetchPresence(url, `${busy}:${await tokenFor(url, busy, 'viewer')},${empty}:${await tokenFor(url, empty)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(summary[busy]).toEqual({ count: 2, names: expect.arrayContaining(['Ada', 'Grace']) as unknown });
    expect(summary[empty]).toEqual({ count: 0, names: [] });
  });

  it('skips malformed ids and answers an empty query with an empty object', async () => {
    relay = await startTestRelay(options());
    const valid = newBoardId();
    const token = await tokenFor(relay.url, valid);
    expect(await fetchPresence(relay.url, `../etc,${valid}:${token},x,${'a'.repeat(200)}`)).toEqual({ [valid]: { count: 0, names: [] } });
    const response = await fetch(`${relay.url}/api/presence`);
    expect(await response.json()).toEqual({});
  });

  it('names nobody on a board without a link to it: no token, a wrong one, or another board\'s', async () => {
    relay = await startTestRelay(options());
    const board = newBoardId();
    const other = newBoardId();
    const client = connectClient(relay.url, board);
    clients.push(client);
    await waitForSynced(client);
    client.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#336699' });
    const otherToken = await tokenFor(relay.url, other);
    const wrong = 'A'.repeat(32);
    expect(await fetchPresence(relay.url, `${board},${board}:${wrong},${board}:${otherToken}`)).toEqual({});
  });
});
