// `/healthz` on the single-process relay (embedded file storage, no REDIS_URL): 200, JSON, never cached,
// and the documented body `{ status, rooms, connections }` (the HealthReport of src/http-handler.ts),
// `status` "ok" with no `reason` and none of the Redis-mode details (asked with the admin token; the public
// sees `{ status }` only: test/access/web-security.test.ts). Both in-process (`startServer`) and
// as the CLI that `pnpm start` runs.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnRelay } from './child-relay.js';
import type { ChildRelay } from './child-relay.js';
import { ADMIN_HEADERS, connectClient, makeTempDir, newBoardId, startTestRelay, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

interface Health {
  readonly status: number;
  readonly contentType: string | null;
  readonly cacheControl: string | null;
  readonly body: Record<string, unknown>;
}

async function fetchHealth(url: string): Promise<Health> {
  const response = await fetch(`${url}/healthz`, { headers: ADMIN_HEADERS });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

const REDIS_ONLY_FIELDS = ['reason', 'instanceId', 'remoteUpdatesApplied', 'snapshotsReapplied', 'spilledAppends'];

describe('/healthz on the single-process relay', () => {
  const clients: TestClient[] = [];
  let relay: TestRelay | null = null;
  let child: ChildRelay | null = null;
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay?.dispose();
    relay = null;
    if (child !== null && child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
    await child?.exited;
    child = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const client = (url: string, boardId: string): TestClient => {
    const created = connectClient(url, boardId);
    clients.push(created);
    return created;
  };

  it('answers ok with rooms and connections, following clients in and out', async () => {
    relay = await startTestRelay({ gracePeriodMs: 100 });
    const idle = await fetchHealth(relay.url);
    expect(idle.status).toBe(200);
    expect(idle.contentType).toMatch(/^application\/json/);
    expect(idle.cacheControl).toBe('no-store');
    expect(idle.body).toEqual({ status: 'ok', rooms: 0, connections: 0 });
    for (const field of REDIS_ONLY_FIELDS) expect(idle.body).not.toHaveProperty(field);

    const boardId = newBoardId();
    const a = client(relay.url, boardId);
    const b = client(relay.url, boardId);
    const c = client(relay.url, newBoardId());
    await Promise.all([a, b, c].map(waitForSynced));
    expect((await fetchHealth(relay.url)).body).toEqual({ status: 'ok', rooms: 2, connections: 3 });

    a.destroy();
    await waitFor(() => relay!.relay.stats().connections === 2, 'the relay saw a leave');
    expect((await fetchHealth(relay.url)).body).toEqual({ status: 'ok', rooms: 2, connections: 2 });
    b.destroy();
    c.destroy();
    await waitFor(() => relay!.relay.stats().rooms === 0, 'rooms evicted after the grace period');
    expect((await fetchHealth(relay.url)).body).toEqual({ status: 'ok', rooms: 0, connections: 0 });
  });

  it('answers HEAD and a request with a query string the same way', async () => {
    relay = await startTestRelay();
    const withQuery = await fetch(`${relay.url}/healthz?probe=1`, { headers: ADMIN_HEADERS });
    expect(withQuery.status).toBe(200);
    expect(await withQuery.json()).toEqual({ status: 'ok', rooms: 0, connections: 0 });
    const head = await fetch(`${relay.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('the CLI relay (pnpm start, file storage in NAPKIN_DATA_DIR) answers the same shape', async () => {
    const dir = await makeTempDir();
    cleanups.push(dir.remove);
    child = await spawnRelay(dir.path);
    expect(child.output()).toContain(dir.path);
    const idle = await fetchHealth(child.url);
    expect(idle.status).toBe(200);
    expect(idle.contentType).toMatch(/^application\/json/);
    expect(idle.body).toEqual({ status: 'ok', rooms: 0, connections: 0 });

    const a = client(child.url, newBoardId());
    await waitForSynced(a);
    expect((await fetchHealth(child.url)).body).toEqual({ status: 'ok', rooms: 1, connections: 1 });
  });
});
