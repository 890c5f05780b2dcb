// "Saved" (type 100) over the Redis backend, where an append is durable once XADD is acknowledged or, with
// Redis away, once the update is fsync'ed to the local spill file: a request is answered in both cases, and
// the update is where the answer says it is (in the board's stream, or counted as spilled by /healthz).
import { afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { BoardId } from '../src/board-id.js';
import { encodeSavedMessage, encodeUpdateMessage } from '../src/protocol.js';
import { boardKeys } from '../src/redis/stream-id.js';
import { ADMIN_HEADERS, newBoardId, startTestRelay, waitFor } from './harness.js';
import type { TestRelay } from './harness.js';
import { joinRaw } from './raw-client.js';
import type { RawClient } from './raw-client.js';
import { startTestRedis } from './redis/redis-server.js';
import type { TestRedis } from './redis/redis-server.js';

function updateMessage(key: string): Uint8Array {
  const doc = new Y.Doc();
  let message: Uint8Array | null = null;
  doc.on('update', (update: Uint8Array) => void (message = encodeUpdateMessage(update)));
  doc.getMap('m').set(key, true);
  if (message === null) throw new Error('no update');
  return message;
}

/**
 * A relay over Redis whose link is up (/healthz "ok"): a board opened before the link is ready cannot load
 * and its socket is closed 4503, which a raw client does not retry (seen once on a busy CI machine).
 */
async function startLinkedRelay(url: string): Promise<TestRelay> {
  const relay = await startTestRelay({ redisUrl: url });
  const health = async (): Promise<string> => ((await (await fetch(`${relay.url}/healthz`, { headers: ADMIN_HEADERS })).json()) as { status: string }).status;
  for (let attempt = 0; attempt < 200 && (await health()) !== 'ok'; attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(await health()).toBe('ok');
  return relay;
}

const spilledAppends = async (relay: TestRelay): Promise<number> =>
  ((await (await fetch(`${relay.url}/healthz`, { headers: ADMIN_HEADERS })).json()) as { spilledAppends?: number }).spilledAppends ?? 0;

describe('saved answers over Redis', () => {
  let redis: TestRedis | null = null;
  let relay: TestRelay | null = null;
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.socket.close();
    await relay?.dispose();
    relay = null;
    await redis?.dispose();
    redis = null;
  });

  it('answers once XADD is acknowledged: the update is in the board stream', async () => {
    redis = await startTestRedis();
    relay = await startLinkedRelay(redis.url);
    const boardId = newBoardId();
    const client = await joinRaw(relay.url, boardId);
    clients.push(client);

    client.send(updateMessage('through-redis'));
    client.send(encodeSavedMessage(1));
    await waitFor(() => client.answers.length > 0, 'saved answer');
    expect(client.answers).toEqual([1]);

    const reader = new Redis(redis.url);
    try {
      expect(await reader.xlen(boardKeys(boardId as BoardId).log)).toBe(1);
    } finally {
      reader.disconnect();
    }
  });

  it('with Redis away, answers once the update is spilled to local disk', async () => {
    redis = await startTestRedis();
    relay = await startLinkedRelay(redis.url);
    const client = await joinRaw(relay.url, newBoardId());
    clients.push(client);
    expect(await spilledAppends(relay)).toBe(0);

    await redis.kill();
    client.send(updateMessage('while-redis-is-away'));
    client.send(encodeSavedMessage(2));
    await waitFor(() => client.answers.length > 0, 'saved answer', 15_000);
    expect(client.answers).toEqual([2]);
    expect(await spilledAppends(relay)).toBe(1);
  });
});
