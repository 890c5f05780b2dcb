// Revoking a link over Redis: the owner revokes on one relay instance, and the link's sockets on the other
// instance close with 4410 (through the napkin:links:revoked channel); the link never opens again on either,
// and links made on one instance open on the other (one store for all).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/access/link-client.js';
import { CloseCode } from '../../src/close-codes.js';
import { startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { ownerCall, watchedClient } from './access-client.js';

describe('link revocation across relay instances (Redis)', () => {
  let redis: TestRedis;
  const relays: TestRelay[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => redis.dispose());
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const relay of relays.splice(0)) await relay.dispose();
  });
  const keep = <T extends TestClient>(client: T): T => (clients.push(client), client);

  it('closes the link on the other instance with 4410 and refuses it on both', async () => {
    const [a, b] = [await startTestRelay({ redisUrl: redis.url }), await startTestRelay({ redisUrl: redis.url })];
    relays.push(a, b);
    const board = await createBoard(a.url);
    const made = await ownerCall(a.url, 'POST', `/api/boards/${board.boardId}/links`, board.token, { role: 'viewer' });
    const viewer = made.body as { token: string; link: { id: string } };
    const onB = keep(watchedClient(b.url, board.boardId, viewer.token));
    const ownerOnB = keep(watchedClient(b.url, board.boardId, board.token));
    await waitForSynced(onB);
    await waitForSynced(ownerOnB);

    expect((await ownerCall(a.url, 'DELETE', `/api/boards/${board.boardId}/links/${viewer.link.id}`, board.token)).status).toBe(200);
    await waitFor(() => onB.codes.includes(CloseCode.LINK_REVOKED), 'the viewer on the other instance closed with 4410');
    for (const relay of [a, b]) {
      const again = keep(watchedClient(relay.url, board.boardId, viewer.token));
      await waitFor(() => again.codes.length > 0, 'refused');
      expect(again.codes).toEqual([CloseCode.LINK_REVOKED]);
    }
    expect(ownerOnB.codes).toEqual([]);
  });
});
