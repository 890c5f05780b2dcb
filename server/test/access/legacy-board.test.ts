// Boards made before links existed, on disk and over Redis: their bare URL keeps working as an editor link
// for whoever holds it; a bare id with nothing stored opens nothing; the owner link comes from the operator
// command (never from being first), which keeps the bare URL as a revocable link the owner can then revoke.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { admitEveryone } from '../../src/auth.js';
import { issueOwner } from '../../src/cli/issue-owner.js';
import { CloseCode } from '../../src/close-codes.js';
import type { ServerOptions } from '../../src/config.js';
import { makeTempDir, newBoardId, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { ownerCall, watchedClient } from './access-client.js';

describe.each([{ backend: 'embedded' }, { backend: 'redis' }])('a board from before links ($backend)', ({ backend }) => {
  let redis: TestRedis | null = null;
  let relay: TestRelay | null = null;
  const clients: TestClient[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    if (backend === 'redis') redis = await startTestRedis();
  });
  afterAll(async () => redis?.dispose());
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay?.dispose();
    relay = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const keep = <T extends TestClient>(client: T): T => (clients.push(client), client);

  /** A data dir holding `boardId` written by a relay from before links (every socket admitted). */
  async function legacyBoard(boardId: string): Promise<ServerOptions & { dataDir: string }> {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    const options = { dataDir: dir.path, ...(redis === null ? {} : { redisUrl: redis.url }) };
    const old = await startTestRelay({ ...options, authenticate: admitEveryone });
    const writer = watchedClient(old.url, boardId, null);
    await waitForSynced(writer);
    writer.map.set('made', 'before links');
    await waitFor(() => old.relay.rooms.get(boardId as never)?.doc.getMap('test').get('made') === 'before links', 'stored');
    writer.destroy();
    await old.close();
    return options;
  }

  it('opens as an editor link by its bare URL; an id with nothing stored opens nothing', async () => {
    const boardId = newBoardId();
    relay = await startTestRelay(await legacyBoard(boardId));
    const bare = keep(watchedClient(relay.url, boardId, null));
    await waitFor(() => bare.map.get('made') === 'before links', 'the bare URL reads the board');
    bare.map.set('after', 'links');
    const other = keep(watchedClient(relay.url, boardId, null));
    await waitFor(() => other.map.get('after') === 'links', 'the bare URL writes the board');
    const nothing = keep(watchedClient(relay.url, newBoardId(), null));
    await waitFor(() => nothing.codes.length > 0, 'an empty id refused');
    expect(nothing.codes).toEqual([CloseCode.UNAUTHORIZED]);
  });

  it('gets its owner from the operator command; the owner can then revoke the bare URL', async () => {
    const boardId = newBoardId();
    const options = await legacyBoard(boardId);
    relay = await startTestRelay(options);
    const bare = keep(watchedClient(relay.url, boardId, null));
    await waitForSynced(bare);
    const env = { NAPKIN_DATA_DIR: options.dataDir, ...(redis === null ? {} : { REDIS_URL: redis.url }) };
    const ownerUrl = await issueOwner(boardId, 'https://napkin.example/', env);
    const match = new RegExp(`^https://napkin\\.example/b/${boardId}#k=([A-Za-z0-9_-]{32,})$`).exec(ownerUrl);
    const ownerToken = match?.[1] ?? '';
    expect(ownerToken).not.toBe('');
    const listed = await ownerCall(relay.url, 'GET', `/api/boards/${boardId}/links`, ownerToken);
    const links = (listed.body as { links: Array<{ id: string; role: string }> }).links;
    expect(links.map((link) => [link.id === 'legacy-board-url', link.role])).toEqual([[true, 'editor'], [false, 'owner']]);
    const stillBare = keep(watchedClient(relay.url, boardId, null));
    await waitForSynced(stillBare);

    expect((await ownerCall(relay.url, 'DELETE', `/api/boards/${boardId}/links/legacy-board-url`, ownerToken)).status).toBe(200);
    await waitFor(() => bare.codes.includes(CloseCode.LINK_REVOKED) && stillBare.codes.includes(CloseCode.LINK_REVOKED), 'bare sockets closed');
    const refused = keep(watchedClient(relay.url, boardId, null));
    await waitFor(() => refused.codes.length > 0, 'the bare URL refused');
    expect(refused.codes).toEqual([CloseCode.UNAUTHORIZED]);
    const owner = keep(watchedClient(relay.url, boardId, ownerToken));
    await waitFor(() => owner.map.get('made') === 'before links', 'the owner reads the board');
  });

  it('the operator command refuses what is not a board id', async () => {
    await expect(issueOwner('../../etc', 'http://x', { NAPKIN_DATA_DIR: '/nonexistent' })).rejects.toThrow(/not a board id/);
  });
});
