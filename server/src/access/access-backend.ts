// Builds access control for one relay: the capability store (on disk next to the boards, or in Redis when the
// relay runs over Redis, with a memory copy that rides out outages: cached-capability-store.ts), the revocation bus that reaches every instance, the live-link registry, and
// BoardAccess with its legacy rule fed by storage's `hasContent`.
import type { Logger } from '../logger.js';
import type { RedisLink } from '../redis/redis-link.js';
import type { BoardStorage } from '../storage/board-storage.js';
import { BoardAccess } from './board-access.js';
import { CachedCapabilityStore } from './cached-capability-store.js';
import type { CapabilityStore } from './capability-store.js';
import { FileCapabilityStore } from './file-capability-store.js';
import { LiveLinks } from './live-links.js';
import { RedisCapabilityStore } from './redis-capability-store.js';
import { LocalRevocationBus, RedisRevocationBus } from './revocation-bus.js';

export interface AccessBackendOptions {
  readonly dataDir: string;
  /** Set when the relay runs over Redis: links and revocations are shared by every instance. */
  readonly redisLink?: RedisLink;
  readonly storage: BoardStorage;
  readonly logger: Logger;
  /** Replaces the store the backend would build (tests). */
  readonly store?: CapabilityStore;
}

export interface AccessBackend {
  readonly access: BoardAccess;
  readonly liveLinks: LiveLinks;
  close(): Promise<void>;
}

export function startAccessBackend(options: AccessBackendOptions): AccessBackend {
  const { redisLink, storage, logger } = options;
  const cache = redisLink !== undefined && options.store === undefined ? new CachedCapabilityStore(new RedisCapabilityStore(redisLink), logger) : null;
  const store = options.store ?? cache ?? new FileCapabilityStore({ dataDir: options.dataDir, logger });
  const bus = redisLink !== undefined ? new RedisRevocationBus(redisLink, logger) : new LocalRevocationBus();
  // Heard from another instance: the memory copy must not keep a revoked link open while Redis is away.
  bus.subscribe(({ boardId, linkId }) => cache?.noteRevoked(boardId, linkId, Date.now()));
  const liveLinks = new LiveLinks(bus, logger);
  const hasContent = storage.hasContent?.bind(storage);
  const access = new BoardAccess({ store, ...(hasContent === undefined ? {} : { hasContent }) });
  return {
    access,
    liveLinks,
    close: async () => {
      liveLinks.close();
      await bus.close();
      await store.close();
    },
  };
}
