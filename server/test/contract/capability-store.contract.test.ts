// One contract, every CapabilityStore (file, memory, Redis): what the relay relies on to decide who may
// join a board. A link's token opens its board only, until it is revoked; revoking is permanent and seen
// by a store opened later (a restarted relay, another instance); ids are never overwritten; records
// someone damaged are dropped, not trusted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BoardId } from '../../src/board-id.js';
import { legacyLink, newCapabilityToken, newLink } from '../../src/access/capabilities.js';
import { resolveBareUrl, resolveToken } from '../../src/access/capability-store.js';
import { newBoardId } from '../harness.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { capabilityFactories } from './capability-factories.js';
import type { StoreSite } from './capability-factories.js';

describe.each(capabilityFactories)('CapabilityStore contract: $name', (factory) => {
  let redis: TestRedis | null = null;
  let site: StoreSite | null = null;
  beforeAll(async () => {
    if (factory.name.startsWith('redis')) redis = await startTestRedis();
  });
  afterAll(async () => redis?.dispose());
  afterEach(async () => {
    await site?.dispose();
    site = null;
  });
  const open = async (): Promise<StoreSite> => {
    site = await factory.site({
      redis: () => {
        if (redis === null) throw new Error('no redis in this suite');
        return redis;
      },
    });
    return site;
  };
  const board = (): BoardId => newBoardId() as BoardId;

  it('an unknown board has no links, and no token opens it', async () => {
    const store = await (await open()).open();
    const id = board();
    expect(await store.list(id)).toEqual([]);
    expect(await resolveToken(store, id, newCapabilityToken())).toBeNull();
    expect(await resolveBareUrl(store, id)).toBeUndefined();
  });

  it("a link's token opens its own board with its role, and no other board", async () => {
    const store = await (await open()).open();
    const [mine, other] = [board(), board()];
    const viewer = newLink(mine, 'viewer', 'for the panel', 1_000);
    const editor = newLink(mine, 'editor', '', 2_000);
    expect(await store.add(viewer.record)).toBe(true);
    expect(await store.add(editor.record)).toBe(true);
    expect((await resolveToken(store, mine, viewer.token))?.role).toBe('viewer');
    expect((await resolveToken(store, mine, editor.token))?.id).toBe(editor.record.id);
    expect(await resolveToken(store, other, viewer.token)).toBeNull();
    expect(await resolveToken(store, mine, newCapabilityToken())).toBeNull();
    expect((await store.list(mine)).map((link) => link.id)).toEqual([viewer.record.id, editor.record.id]);
    expect(await store.list(other)).toEqual([]);
  });

  it('never stores the token itself', async () => {
    const store = await (await open()).open();
    const id = board();
    const link = newLink(id, 'owner', '', 1);
    await store.add(link.record);
    expect(JSON.stringify(await store.list(id))).not.toContain(link.token);
  });

  it('refuses a second record under an existing id', async () => {
    const store = await (await open()).open();
    const id = board();
    const first = newLink(id, 'viewer', 'first', 1);
    expect(await store.add(first.record)).toBe(true);
    expect(await store.add({ ...first.record, role: 'owner', label: 'hijack' })).toBe(false);
    expect((await store.list(id)).map((link) => [link.role, link.label])).toEqual([['viewer', 'first']]);
  });

  it('revoking stops the token, keeps the record, and happens once', async () => {
    const store = await (await open()).open();
    const id = board();
    const link = newLink(id, 'editor', '', 1);
    await store.add(link.record);
    const revoked = await store.revoke(id, link.record.id, 50);
    expect(revoked?.revokedAt).toBe(50);
    expect(await resolveToken(store, id, link.token)).toBeNull();
    expect((await store.revoke(id, link.record.id, 99))?.revokedAt).toBe(50);
    expect(await store.revoke(board(), link.record.id, 99)).toBeNull();
    expect((await store.list(id))[0]?.revokedAt).toBe(50);
  });

  it('the legacy link opens the bare URL until it is revoked', async () => {
    const store = await (await open()).open();
    const id = board();
    await store.add(legacyLink(id, 1));
    expect((await resolveBareUrl(store, id))?.role).toBe('editor');
    await store.revoke(id, legacyLink(id, 1).id, 2);
    expect(await resolveBareUrl(store, id)).toBeNull();
  });

  it('a store opened later sees every link and revocation (restart, other instance)', async () => {
    const here = await open();
    const first = await here.open();
    const id = board();
    const kept = newLink(id, 'commenter', '', 1);
    const gone = newLink(id, 'viewer', '', 2);
    await first.add(kept.record);
    await first.add(gone.record);
    await first.revoke(id, gone.record.id, 3);
    const second = await here.open();
    expect((await resolveToken(second, id, kept.token))?.role).toBe('commenter');
    expect(await resolveToken(second, id, gone.token)).toBeNull();
  });

  it('drops damaged records instead of trusting them', async () => {
    const here = await open();
    const store = await here.open();
    const id = board();
    const good = newLink(id, 'viewer', '', 1);
    await store.add(good.record);
    const forged = { ...newLink(id, 'owner', '', 2).record, role: 'superuser' };
    await here.damage(id, [good.record, forged, 42, '{not json']);
    expect((await store.list(id)).map((link) => link.id)).toEqual([good.record.id]);
  });
});
