// Links over Redis must survive what boards survive: Redis away (the relay keeps serving the sockets it can
// check) and Redis restarted empty (boards are re-seeded from open rooms; links from here). This wrapper
// keeps every board's links it has seen in memory and merges them with the shared store on each read: a
// record either side lacks is added to the other, a revocation either side has wins (revoking is
// permanent). While the shared store fails, reads answer from memory and writes wait in memory until the
// next successful read of that board writes them through.
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { LinkId, LinkRecord } from './capabilities.js';
import type { CapabilityStore } from './capability-store.js';

/** Boards kept in memory; the oldest is dropped past this (it is read from the shared store again). */
const MAX_CACHED_BOARDS = 10_000;

export class CachedCapabilityStore implements CapabilityStore {
  private readonly boards = new Map<BoardId, Map<string, LinkRecord>>();

  constructor(private readonly shared: CapabilityStore, private readonly logger: Logger) {}

  async add(record: LinkRecord): Promise<boolean> {
    const known = this.cached(record.boardId);
    if (known.has(record.id)) return false;
    try {
      if (!(await this.shared.add(record))) return false;
    } catch (error) {
      this.logger.warn('link kept in memory until the shared store is back', { boardId: record.boardId, error });
    }
    known.set(record.id, record);
    return true;
  }

  async list(boardId: BoardId): Promise<LinkRecord[]> {
    const known = this.cached(boardId);
    let remote: LinkRecord[];
    try {
      remote = await this.shared.list(boardId);
    } catch (error) {
      if (known.size === 0) throw error;
      return sorted(known);
    }
    for (const record of remote) known.set(record.id, merge(known.get(record.id), record));
    const remoteById = new Map(remote.map((record) => [record.id, record]));
    for (const record of known.values()) void this.writeThrough(record, remoteById.get(record.id));
    return sorted(known);
  }

  async revoke(boardId: BoardId, linkId: LinkId, at: number): Promise<LinkRecord | null> {
    const known = this.cached(boardId);
    let revoked: LinkRecord | null = null;
    try {
      revoked = await this.shared.revoke(boardId, linkId, at);
    } catch (error) {
      this.logger.warn('revocation kept in memory until the shared store is back', { boardId, linkId, error });
    }
    const local = known.get(linkId);
    if (revoked === null && local === undefined) return null;
    const result = merge(local, revoked ?? { ...(local as LinkRecord), revokedAt: local?.revokedAt ?? at });
    known.set(linkId, result);
    return result;
  }

  /** A revocation heard from another instance: cached records follow at once. */
  noteRevoked(boardId: BoardId, linkId: string, at: number): void {
    const record = this.boards.get(boardId)?.get(linkId);
    if (record !== undefined && record.revokedAt === null) this.boards.get(boardId)?.set(linkId, { ...record, revokedAt: at });
  }

  close(): Promise<void> {
    return this.shared.close();
  }

  private cached(boardId: BoardId): Map<string, LinkRecord> {
    let known = this.boards.get(boardId);
    if (known === undefined) {
      known = new Map();
      this.boards.set(boardId, known);
      if (this.boards.size > MAX_CACHED_BOARDS) {
        const oldest = this.boards.keys().next().value;
        if (oldest !== undefined) this.boards.delete(oldest);
      }
    }
    return known;
  }

  /** Gives the shared store what it lacks of `record` (the record itself, or its revocation). */
  private async writeThrough(record: LinkRecord, remote: LinkRecord | undefined): Promise<void> {
    try {
      if (remote === undefined) await this.shared.add(record);
      if (record.revokedAt !== null && remote?.revokedAt == null) await this.shared.revoke(record.boardId, record.id as LinkId, record.revokedAt);
    } catch (error) {
      this.logger.warn('writing a link back to the shared store failed; retried on the next read', { boardId: record.boardId, error });
    }
  }
}

/** The same link as two stores hold it: revoked if either says so (the earliest time). */
function merge(a: LinkRecord | undefined, b: LinkRecord): LinkRecord {
  if (a === undefined) return b;
  const times = [a.revokedAt, b.revokedAt].filter((time): time is number => time !== null);
  return { ...b, revokedAt: times.length === 0 ? null : Math.min(...times) };
}

const sorted = (known: Map<string, LinkRecord>): LinkRecord[] => [...known.values()].sort((a, b) => a.createdAt - b.createdAt);
