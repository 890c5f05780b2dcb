// The capability stores the contract suite runs against: on disk, in memory and in a real Redis. A store
// "reopened" reads what the previous one wrote (the same directory, the same Redis), as a restarted relay
// or another instance would.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { BoardId } from '../../src/board-id.js';
import { createSilentLogger } from '../../src/logger.js';
import { FileCapabilityStore } from '../../src/access/file-capability-store.js';
import { CachedCapabilityStore } from '../../src/access/cached-capability-store.js';
import { MemoryCapabilityStore } from '../../src/access/capability-store.js';
import type { CapabilityStore } from '../../src/access/capability-store.js';
import { linksKey, RedisCapabilityStore } from '../../src/access/redis-capability-store.js';
import { RedisLink } from '../../src/redis/redis-link.js';
import { makeTempDir, waitFor } from '../harness.js';
import type { ContractContext } from './factories.js';

export interface StoreSite {
  /** A store over this site; several may be open at once (two instances, or before and after a restart). */
  open(): Promise<CapabilityStore>;
  /** Writes raw values as the board's stored records, as someone editing the files or Redis by hand would. */
  damage(boardId: string, values: readonly unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

export interface CapabilityFactory {
  readonly name: string;
  site(context: ContractContext): Promise<StoreSite>;
}

async function damageRedis(url: string, boardId: string, values: readonly unknown[]): Promise<void> {
  const client = new Redis(url);
  const fields = values.flatMap((value, i) => [`damaged-${i}`, typeof value === 'string' ? value : JSON.stringify(value)]);
  await client.hset(linksKey(boardId as BoardId), ...fields);
  await client.quit();
}

/** A site on the test's Redis: each `open` is a new link (another relay instance), wrapped by `storeOf`. */
function redisSite(storeOf: (link: RedisLink) => CapabilityStore): (context: ContractContext) => Promise<StoreSite> {
  return async (context) => {
    const links: RedisLink[] = [];
    return {
      open: async () => {
        const link = new RedisLink({ url: context.redis().url, logger: createSilentLogger() });
        await waitFor(() => link.up, 'redis link ready');
        links.push(link);
        return storeOf(link);
      },
      damage: (boardId, values) => damageRedis(context.redis().url, boardId, values),
      dispose: async () => {
        await Promise.all(links.map((link) => link.close()));
      },
    };
  };
}

export const capabilityFactories: readonly CapabilityFactory[] = [
  {
    name: 'file (embedded)',
    site: async () => {
      const dir = await makeTempDir();
      const opened: CapabilityStore[] = [];
      return {
        open: async () => {
          const store = new FileCapabilityStore({ dataDir: dir.path, logger: createSilentLogger() });
          opened.push(store);
          return store;
        },
        damage: async (boardId, values) => {
          await mkdir(join(dir.path, 'access'), { recursive: true });
          await writeFile(join(dir.path, 'access', `${boardId}.json`), JSON.stringify(values));
        },
        dispose: async () => {
          await Promise.all(opened.map((store) => store.close()));
          await dir.remove();
        },
      };
    },
  },
  {
    name: 'memory',
    site: async () => {
      const store = new MemoryCapabilityStore();
      // Memory holds typed records only: there is nothing on the side to damage.
      return { open: async () => store, damage: async () => undefined, dispose: async () => undefined };
    },
  },
  {
    name: 'redis, through the memory copy the relay uses',
    site: redisSite((link) => new CachedCapabilityStore(new RedisCapabilityStore(link), createSilentLogger())),
  },
  { name: 'redis', site: redisSite((link) => new RedisCapabilityStore(link)) },
];
