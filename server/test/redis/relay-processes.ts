// Relay OS processes over one Redis (the CLI, as `pnpm start` runs it with REDIS_URL), each with its own
// data dir (its spill file), and the y-websocket clients on them, all torn down by `dispose()`.
import { spawnRelay } from '../child-relay.js';
import type { ChildRelay } from '../child-relay.js';
import { connectClient, makeTempDir } from '../harness.js';
import type { TestClient } from '../harness.js';

export interface RelayProcesses {
  /** Spawns one relay on port 0 with REDIS_URL set; `env` adds or overrides variables. */
  start(redisUrl: string, env?: Record<string, string>): Promise<ChildRelay>;
  /** A client on `url`, with a presence name (set before it connects, so its first frames carry it). */
  client(url: string, boardId: string, name?: string): TestClient;
  /** Keeps a client made elsewhere (e.g. reconnected with an existing doc) for teardown. */
  adopt(client: TestClient): TestClient;
  /** Destroys the clients, SIGKILLs relays still running, waits for them to exit, removes data dirs. */
  dispose(): Promise<void>;
}

export function relayProcesses(): RelayProcesses {
  const clients: TestClient[] = [];
  const relays: ChildRelay[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  return {
    async start(redisUrl, env = {}) {
      const dir = await makeTempDir();
      cleanups.push(dir.remove);
      const relay = await spawnRelay(dir.path, { REDIS_URL: redisUrl, ...env });
      relays.push(relay);
      return relay;
    },
    client(url, boardId, name) {
      const created = connectClient(url, boardId);
      if (name !== undefined) created.provider.awareness.setLocalStateField('user', { name, color: '#224466' });
      clients.push(created);
      return created;
    },
    adopt(client) {
      clients.push(client);
      return client;
    },
    async dispose() {
      for (const client of clients.splice(0)) client.destroy();
      for (const relay of relays.splice(0)) {
        if (relay.process.exitCode === null && relay.process.signalCode === null) relay.process.kill('SIGKILL');
        await relay.exited;
      }
      for (const cleanup of cleanups.splice(0)) await cleanup();
    },
  };
}

/** Resolves with the `Date.now()` at which the client's connection first reported synced. */
export function syncedAt(client: TestClient): Promise<number> {
  if (client.provider.synced) return Promise.resolve(Date.now());
  return new Promise((resolve) => {
    const onSync = (synced: boolean): void => {
      if (!synced) return;
      client.provider.off('sync', onSync);
      resolve(Date.now());
    };
    client.provider.on('sync', onSync);
  });
}
