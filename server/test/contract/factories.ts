// The implementations the contract suites run against: embedded (file, memory, in-process) and Redis
// (a real redis-server per suite). Each factory makes a fresh instance; `dispose` releases everything.
import { randomUUID } from 'node:crypto';
import { createSilentLogger } from '../../src/logger.js';
import { InProcessPresenceRegistry } from '../../src/presence/presence-registry.js';
import type { PresenceRegistry } from '../../src/presence/presence-registry.js';
import { RedisLink } from '../../src/redis/redis-link.js';
import { RedisPresenceRegistry } from '../../src/redis/redis-presence.js';
import { RedisBoardStorage } from '../../src/redis/redis-storage.js';
import { SpillQueue } from '../../src/redis/spill-queue.js';
import type { BoardStorage } from '../../src/storage/board-storage.js';
import { FileBoardStorage } from '../../src/storage/file-storage.js';
import { MemoryBoardStorage } from '../../src/storage/memory-storage.js';
import { makeTempDir, waitFor } from '../harness.js';
import type { TestRedis } from '../redis/redis-server.js';

export interface Made<T> {
  readonly subject: T;
  dispose(): Promise<void>;
}

/** Suite-wide resources a factory may need (a redis-server started once per suite). */
export interface ContractContext {
  readonly redis: () => TestRedis;
}

export interface Factory<T> {
  readonly name: string;
  make(context: ContractContext): Promise<Made<T>>;
}

async function connectedLink(url: string): Promise<RedisLink> {
  const link = new RedisLink({ url, logger: createSilentLogger() });
  await waitFor(() => link.up, 'redis link ready');
  return link;
}

export const storageFactories: ReadonlyArray<Factory<BoardStorage>> = [
  {
    name: 'file (embedded)',
    make: async () => {
      const dir = await makeTempDir();
      const storage = new FileBoardStorage({ dataDir: dir.path, logger: createSilentLogger(), compactAfterBytes: 4096 });
      return { subject: storage, dispose: async () => (await storage.close(), await dir.remove()) };
    },
  },
  {
    name: 'memory',
    make: async () => ({ subject: new MemoryBoardStorage(), dispose: async () => undefined }),
  },
  {
    name: 'redis',
    make: async (context) => {
      const dir = await makeTempDir();
      const link = await connectedLink(context.redis().url);
      const spill = await SpillQueue.open(dir.path);
      const storage = new RedisBoardStorage({ link, spill, instanceId: randomUUID(), logger: createSilentLogger(), compactAfterEntries: 25 });
      return {
        subject: storage,
        dispose: async () => {
          await storage.close();
          await link.close();
          await spill.close();
          await dir.remove();
        },
      };
    },
  },
];

export const presenceFactories: ReadonlyArray<Factory<PresenceRegistry>> = [
  {
    name: 'in-process',
    make: async () => ({ subject: new InProcessPresenceRegistry(), dispose: async () => undefined }),
  },
  {
    name: 'redis',
    make: async (context) => {
      const link = await connectedLink(context.redis().url);
      const registry = new RedisPresenceRegistry({ link, instanceId: randomUUID(), logger: createSilentLogger(), ttlMs: 5_000 });
      return { subject: registry, dispose: async () => (await registry.close(), await link.close()) };
    },
  },
];
