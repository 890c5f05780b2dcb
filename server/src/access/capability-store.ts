// Where a board's links live: on disk next to the boards (file-capability-store.ts) or in Redis
// (redis-capability-store.ts), behind this one interface and one contract suite
// (test/contract/capability-store.contract.test.ts). Stores keep records; what a token grants is decided
// here, once, for every backend.
import type { BoardId } from '../board-id.js';
import type { CapabilityToken, LinkId, LinkRecord } from './capabilities.js';
import { LEGACY_LINK_ID, tokenMatches } from './capabilities.js';

export interface CapabilityStore {
  /** Adds a link; a record whose id the board already has is refused (false), never overwritten. */
  add(record: LinkRecord): Promise<boolean>;
  /** Every link of the board, revoked ones included, oldest first; an unknown board has none. */
  list(boardId: BoardId): Promise<LinkRecord[]>;
  /** Marks the link revoked (the first time only) and returns it; null when the board has no such link. */
  revoke(boardId: BoardId, linkId: LinkId, at: number): Promise<LinkRecord | null>;
  close(): Promise<void>;
}

/** The working link a token opens on this board, or null (unknown, revoked, another board's). */
export async function resolveToken(store: CapabilityStore, boardId: BoardId, token: CapabilityToken): Promise<LinkRecord | null> {
  const links = await store.list(boardId);
  return links.find((link) => link.revokedAt === null && tokenMatches(link, token)) ?? null;
}

/**
 * What the bare board URL (no token) opens: the legacy link while it is not revoked; `undefined` when the
 * board has no links at all (never made through the API: a board from before links, or no board).
 */
export async function resolveBareUrl(store: CapabilityStore, boardId: BoardId): Promise<LinkRecord | null | undefined> {
  const links = await store.list(boardId);
  if (links.length === 0) return undefined;
  return links.find((link) => link.id === LEGACY_LINK_ID && link.revokedAt === null) ?? null;
}

/** In memory: for relay-core tests and as the smallest example of the contract. */
export class MemoryCapabilityStore implements CapabilityStore {
  private readonly boards = new Map<BoardId, LinkRecord[]>();

  async add(record: LinkRecord): Promise<boolean> {
    const links = this.boards.get(record.boardId) ?? [];
    if (links.some((link) => link.id === record.id)) return false;
    this.boards.set(record.boardId, [...links, record]);
    return true;
  }

  async list(boardId: BoardId): Promise<LinkRecord[]> {
    return [...(this.boards.get(boardId) ?? [])];
  }

  async revoke(boardId: BoardId, linkId: LinkId, at: number): Promise<LinkRecord | null> {
    const links = this.boards.get(boardId) ?? [];
    const index = links.findIndex((link) => link.id === linkId);
    const found = links[index];
    if (found === undefined) return null;
    if (found.revokedAt !== null) return found;
    const revoked = { ...found, revokedAt: at };
    this.boards.set(boardId, links.map((link, i) => (i === index ? revoked : link)));
    return revoked;
  }

  async close(): Promise<void> {}
}
