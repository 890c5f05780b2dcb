// Presence shared through Redis. Each instance owns its entries and writes them per board under its own
// key, napkin:presence:{board}:<instance> (hash clientId → JSON), with a TTL the heartbeat keeps
// refreshing; a sorted set per board names the instances (score = expiry). An instance that crashes
// stops refreshing, so its users vanish from every roster within the TTL (≤ 30 s by default).
// Writes are coalesced per board (cursor moves renew awareness often); reads merge all live instances.
// Redis away: reads answer from this instance's own entries; the next heartbeat rewrites everything.
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import { InProcessPresenceRegistry } from '../presence/presence-registry.js';
import type { AwarenessClientId, EpochMillis, PresenceEntry, PresenceRegistry } from '../presence/presence-registry.js';
import type { RedisLink } from './redis-link.js';
import { presenceKeys } from './stream-id.js';

export interface RedisPresenceOptions {
  readonly link: RedisLink;
  readonly instanceId: string;
  readonly logger: Logger;
  /** How long an instance's entries outlive its last heartbeat. Default 30 s (the upper bound). */
  readonly ttlMs?: number;
  /** Coalescing delay for writes after an upsert/remove. */
  readonly writeDelayMs?: number;
}

export const DEFAULT_PRESENCE_TTL_MS = 30_000;

function parseEntry(raw: string): PresenceEntry | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { clientId, name, color, lastSeen } = value as Record<string, unknown>;
    if (typeof clientId !== 'number' || typeof name !== 'string' || typeof color !== 'string' || typeof lastSeen !== 'number') return null;
    return { clientId: clientId as AwarenessClientId, name, color, lastSeen: lastSeen as EpochMillis };
  } catch {
    return null;
  }
}

export class RedisPresenceRegistry implements PresenceRegistry {
  private readonly own = new InProcessPresenceRegistry();
  /** Boards this instance has written to Redis (so emptied boards get their key deleted). */
  private readonly written = new Set<BoardId>();
  private readonly dirty = new Set<BoardId>();
  private writeTimer: NodeJS.Timeout | null = null;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly ttlMs: number;
  private readonly stopOnReady: () => void;

  constructor(private readonly options: RedisPresenceOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_PRESENCE_TTL_MS;
    this.heartbeat = setInterval(() => void this.writeAll(), Math.max(100, Math.floor(this.ttlMs / 3)));
    this.heartbeat.unref();
    // A Redis that comes back (possibly empty) gets this instance's roster at once, not at the next beat.
    this.stopOnReady = options.link.onReady(() => void this.writeAll());
  }

  async upsert(boardId: BoardId, entry: PresenceEntry): Promise<void> {
    await this.own.upsert(boardId, entry);
    this.markDirty(boardId);
  }

  async remove(boardId: BoardId, clientIds: readonly AwarenessClientId[]): Promise<void> {
    await this.own.remove(boardId, clientIds);
    this.markDirty(boardId);
  }

  async list(boardId: BoardId): Promise<PresenceEntry[]> {
    if (!this.options.link.up) return this.own.list(boardId);
    return this.listShared(boardId).catch(() => this.own.list(boardId));
  }

  private async listShared(boardId: BoardId): Promise<PresenceEntry[]> {
    const redis = this.options.link.commands;
    // This instance's own entries come from memory (read-your-writes, even before the coalesced write).
    const instances = (await redis.zrangebyscore(presenceKeys.instancesOn(boardId), Date.now(), '+inf')).filter((id) => id !== this.options.instanceId);
    const pipeline = redis.pipeline();
    for (const instance of instances) pipeline.hvals(presenceKeys.entries(boardId, instance));
    const results = instances.length === 0 ? [] : ((await pipeline.exec()) ?? []);
    const byClient = new Map<number, PresenceEntry>();
    for (const entry of await this.own.list(boardId)) byClient.set(entry.clientId, entry);
    for (const [error, values] of results) {
      if (error !== null) continue;
      for (const raw of values as string[]) {
        const entry = parseEntry(raw);
        if (entry !== null) byClient.set(entry.clientId, entry);
      }
    }
    return [...byClient.values()].sort((a, b) => a.clientId - b.clientId);
  }

  async counts(): Promise<ReadonlyMap<BoardId, number>> {
    if (!this.options.link.up) return this.own.counts();
    return this.countsShared().catch(() => this.own.counts());
  }

  private async countsShared(): Promise<ReadonlyMap<BoardId, number>> {
    const shared = (await this.options.link.commands.zrangebyscore(presenceKeys.boards, Date.now(), '+inf')) as BoardId[];
    const boards = [...new Set([...shared, ...(await this.own.counts()).keys()])];
    const lists = await Promise.all(boards.map((boardId) => this.list(boardId)));
    return new Map(boards.map((boardId, index) => [boardId, lists[index]?.length ?? 0] as const).filter(([, count]) => count > 0));
  }

  /** Stops the heartbeat and deletes this instance's entries (a clean shutdown leaves no ghosts). */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.stopOnReady();
    if (this.writeTimer !== null) clearTimeout(this.writeTimer);
    for (const [boardId] of await this.own.counts()) this.written.add(boardId);
    await this.own.close();
    await this.write([...this.written]).catch(() => undefined);
  }

  private markDirty(boardId: BoardId): void {
    this.dirty.add(boardId);
    this.writeTimer ??= setTimeout(() => {
      this.writeTimer = null;
      const boards = [...this.dirty];
      this.dirty.clear();
      this.write(boards).catch((error: unknown) => this.options.logger.warn('presence write failed', { error: String(error) }));
    }, this.options.writeDelayMs ?? 20);
  }

  private async writeAll(): Promise<void> {
    const boards = new Set([...this.written, ...(await this.own.counts()).keys()]);
    await this.write([...boards]).catch(() => undefined);
  }

  /** Rewrites this instance's entries for the boards: DEL + HSET + PEXPIRE + ZADD, one pipeline. */
  private async write(boards: readonly BoardId[]): Promise<void> {
    if (boards.length === 0 || !this.options.link.up) return;
    const { instanceId } = this.options;
    const expiresAt = Date.now() + this.ttlMs;
    const pipeline = this.options.link.commands.pipeline();
    const emptied: BoardId[] = [];
    for (const boardId of boards) {
      const key = presenceKeys.entries(boardId, instanceId);
      const entries = await this.own.list(boardId);
      pipeline.del(key);
      pipeline.zremrangebyscore(presenceKeys.instancesOn(boardId), '-inf', Date.now());
      if (entries.length === 0) {
        pipeline.zrem(presenceKeys.instancesOn(boardId), instanceId);
        emptied.push(boardId);
        continue;
      }
      pipeline.hset(key, Object.fromEntries(entries.map((entry) => [String(entry.clientId), JSON.stringify(entry)])));
      pipeline.pexpire(key, this.ttlMs);
      pipeline.zadd(presenceKeys.instancesOn(boardId), expiresAt, instanceId);
      pipeline.pexpire(presenceKeys.instancesOn(boardId), this.ttlMs);
      pipeline.zadd(presenceKeys.boards, expiresAt, boardId);
    }
    pipeline.zremrangebyscore(presenceKeys.boards, '-inf', Date.now());
    await pipeline.exec();
    for (const boardId of boards) this.written.add(boardId);
    for (const boardId of emptied) this.written.delete(boardId);
  }
}
