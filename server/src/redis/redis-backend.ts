// Everything a relay needs to run over Redis, built from one URL: storage, presence, fan-out, health.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { RedisFanout } from './board-fanout.js';
import { RedisLink } from './redis-link.js';
import { RedisPresenceRegistry } from './redis-presence.js';
import { RedisBoardStorage } from './redis-storage.js';
import { SpillQueue } from './spill-queue.js';

export interface RedisBackendOptions {
  readonly url: string;
  /** Local directory for appends made while Redis is away; one per instance (not shared). */
  readonly spillDir: string;
  readonly logger: Logger;
  /** Unique per running process; a random one by default. */
  readonly instanceId?: string;
  readonly presenceTtlMs?: number;
  readonly compactAfterEntries?: number;
}

export interface RedisBackendHealth {
  readonly instanceId: string;
  readonly redis: 'up' | 'down';
  readonly reason?: string;
  readonly spilledAppends: number;
  readonly remoteUpdatesApplied: number;
  readonly snapshotsReapplied: number;
}

export interface RedisBackend {
  readonly instanceId: string;
  readonly storage: RedisBoardStorage;
  readonly presence: RedisPresenceRegistry;
  readonly fanout: RedisFanout;
  /** The connections themselves, for what else the relay shares through Redis (links, revocations). */
  readonly link: RedisLink;
  health(): RedisBackendHealth;
  close(): Promise<void>;
}

export const INSTANCE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Starts connecting and returns at once: a relay started while Redis is down runs degraded, not dead. */
export async function startRedisBackend(options: RedisBackendOptions): Promise<RedisBackend> {
  const instanceId = options.instanceId ?? randomUUID();
  // It is a field of every announcement (space-separated) and part of presence keys.
  if (!INSTANCE_ID_PATTERN.test(instanceId)) throw new Error(`instance id must match ${INSTANCE_ID_PATTERN.source}, got "${instanceId.slice(0, 80)}"`);
  const { logger } = options;
  const spill = await SpillQueue.open(options.spillDir);
  if (spill.size > 0) logger.warn('found appends spilled by a previous run; replaying when redis is ready', { count: spill.size });
  const link = new RedisLink({ url: options.url, logger });
  const storage = new RedisBoardStorage({ link, spill, instanceId, logger, compactAfterEntries: options.compactAfterEntries });
  const presence = new RedisPresenceRegistry({ link, instanceId, logger, ttlMs: options.presenceTtlMs });
  const fanout = new RedisFanout({ link, storage, instanceId, logger });
  return {
    instanceId,
    storage,
    presence,
    fanout,
    link,
    health: () => {
      const state = link.health();
      return {
        instanceId,
        redis: state.up ? 'up' : 'down',
        ...(state.up ? {} : { reason: state.reason }),
        spilledAppends: spill.size,
        ...fanout.stats(),
      };
    },
    close: async () => {
      await fanout.close();
      await presence.close();
      await storage.close();
      await link.close();
      await spill.close();
    },
  };
}
