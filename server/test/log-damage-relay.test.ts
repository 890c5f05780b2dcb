// The relay on a damaged data directory, with real y-websocket clients: the issue's own reproduction
// (edit until the board compacts, delete the log, edit 50 times, restart: all 50 remain) and what
// /healthz says about damage: degraded with the reason and the issues on the start that finds it, and
// listed (not degraded) on later starts that find the same, already copied-aside bytes.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, connectClient, makeTempDir, newBoardId, startTestRelay, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

interface HealthBody {
  readonly status: string;
  readonly reason?: string;
  readonly storage?: { readonly damaged: boolean; readonly issuesFound: number; readonly issues: readonly string[] };
}

const healthOf = async (relay: TestRelay): Promise<HealthBody> => (await (await fetch(`${relay.url}/healthz`, { headers: ADMIN_HEADERS })).json()) as HealthBody;

describe('the relay on a damaged data directory', () => {
  const clients: TestClient[] = [];
  const relays: TestRelay[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const relay of relays.splice(0)) await relay.dispose().catch(() => undefined);
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  const start = async (dataDir: string): Promise<TestRelay> => {
    const relay = await startTestRelay({ dataDir, gracePeriodMs: 0 });
    relays.push(relay);
    return relay;
  };
  const stop = async (relay: TestRelay): Promise<void> => {
    for (const client of clients.splice(0)) client.destroy();
    relays.splice(relays.indexOf(relay), 1);
    await relay.dispose();
  };
  const synced = async (relay: TestRelay, boardId: string): Promise<TestClient> => {
    const client = connectClient(relay.url, boardId, new Y.Doc());
    clients.push(client);
    await waitForSynced(client);
    return client;
  };
  /** Makes `count` edits on one client and waits until another client has every one of them. */
  const editRelayed = async (relay: TestRelay, boardId: string, prefix: string, count: number): Promise<void> => {
    const [writer, reader] = [await synced(relay, boardId), await synced(relay, boardId)];
    for (let i = 0; i < count; i++) writer.doc.getMap('test').set(`${prefix}${i}`, i);
    await waitFor(() => reader.doc.getMap('test').size >= count, `${count} edits relayed`);
  };
  /**
   * Stops the relay once the board has compacted as its room left memory (grace 0), as it does in
   * service: a relay that is shutting down leaves its boards in the log, unfolded.
   */
  const stopOnceCompacted = async (relay: TestRelay, dataDir: string, boardId: string): Promise<void> => {
    for (const client of clients.splice(0)) client.destroy();
    const compacted = async (): Promise<boolean> =>
      (await readdir(join(dataDir, 'boards', boardId)).catch(() => [] as string[])).some((file) => file.startsWith('compacted-'));
    const deadline = Date.now() + 10_000;
    while (!(await compacted())) {
      if (Date.now() > deadline) throw new Error('timed out waiting for the board to compact');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await stop(relay);
  };
  const keysAfterRestart = async (dataDir: string, boardId: string): Promise<string[]> => {
    const relay = await start(dataDir);
    const client = await synced(relay, boardId);
    const keys = [...client.doc.getMap('test').keys()];
    await stop(relay);
    return keys;
  };

  it('edits made after the log was deleted survive the next restart, and the loss is reported at start', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.remove);
    const boardId = newBoardId();
    const first = await start(temp.path);
    await editRelayed(first, boardId, 'old', 30);
    await stopOnceCompacted(first, temp.path, boardId);
    expect((await readdir(join(temp.path, 'boards', boardId))).some((file) => file.startsWith('compacted-'))).toBe(true);
    await rm(join(temp.path, 'wal'), { recursive: true });

    const second = await start(temp.path);
    const health = await healthOf(second);
    expect(health.status).toBe('degraded');
    expect(health.reason).toContain('storage damage found');
    expect(health.storage?.issues.join('\n')).toMatch(/write-ahead log in .* ends at record 0 but compacted boards cover records up to \d+/);
    await editRelayed(second, boardId, 'new', 50);
    await stop(second);

    const keys = await keysAfterRestart(temp.path, boardId);
    expect(keys.filter((key) => key.startsWith('new'))).toHaveLength(50);
    expect(keys.filter((key) => key.startsWith('old'))).toHaveLength(30);
  });

  it('a corrupt record mid-log degrades /healthz on the start that finds it, and is only listed afterwards', async () => {
    const temp = await makeTempDir();
    cleanups.push(temp.remove);
    const boardId = newBoardId();
    const first = await start(temp.path);
    await editRelayed(first, boardId, 'k', 20);
    await stopOnceCompacted(first, temp.path, boardId);
    // The board compacted, but its records stay in the active segment until it is recycled:
    // flip a byte of one of them (the compacted file still holds every edit).
    const segment = join(temp.path, 'wal', (await readdir(join(temp.path, 'wal'))).filter((file) => file.endsWith('.wal')).sort()[0] ?? '');
    const bytes = await readFile(segment);
    bytes[120] = (bytes[120] ?? 0) ^ 0x5a;
    await writeFile(segment, bytes);

    const second = await start(temp.path);
    const found = await healthOf(second);
    expect(found.status).toBe('degraded');
    expect(found.storage?.issues.join('\n')).toMatch(/damaged write-ahead log: .* unreadable, 1 record\(s\) lost, every record after it kept; copied to /);
    await stop(second);

    const third = await start(temp.path);
    const later = await healthOf(third);
    expect(later.status).toBe('ok');
    expect(later.storage?.issues.join('\n')).toMatch(/copied earlier to /);
    const client = await synced(third, boardId);
    expect(client.doc.getMap('test').size).toBe(20);
  });
});
