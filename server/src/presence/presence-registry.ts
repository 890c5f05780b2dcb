// Who is on which board, fed from awareness updates. Behind an async interface so a Redis implementation
// (a later issue) can share presence across relay processes; the relay never waits on it to relay.
import type { BoardId } from '../board-id.js';

/** The Yjs awareness client id of one browser tab. */
export type AwarenessClientId = number & { readonly __brand: 'AwarenessClientId' };
export type EpochMillis = number & { readonly __brand: 'EpochMillis' };

export interface PresenceEntry {
  readonly clientId: AwarenessClientId;
  readonly name: string;
  readonly color: string;
  readonly lastSeen: EpochMillis;
}

export interface PresenceRegistry {
  /** Records (or refreshes) a peer's presence on a board. */
  upsert(boardId: BoardId, entry: PresenceEntry): Promise<void>;
  /** Removes peers that left (connection closed or awareness state set to null). */
  remove(boardId: BoardId, clientIds: readonly AwarenessClientId[]): Promise<void>;
  /** Everyone on a board, ordered by client id. */
  list(boardId: BoardId): Promise<PresenceEntry[]>;
  /** Number of present peers per board with anyone on it. */
  counts(): Promise<ReadonlyMap<BoardId, number>>;
  close(): Promise<void>;
}

/** The in-process registry: a map per board; enough for one relay process. */
export class InProcessPresenceRegistry implements PresenceRegistry {
  private readonly boards = new Map<BoardId, Map<AwarenessClientId, PresenceEntry>>();

  async upsert(boardId: BoardId, entry: PresenceEntry): Promise<void> {
    let board = this.boards.get(boardId);
    if (board === undefined) {
      board = new Map();
      this.boards.set(boardId, board);
    }
    board.set(entry.clientId, entry);
  }

  async remove(boardId: BoardId, clientIds: readonly AwarenessClientId[]): Promise<void> {
    const board = this.boards.get(boardId);
    if (board === undefined) return;
    for (const clientId of clientIds) board.delete(clientId);
    if (board.size === 0) this.boards.delete(boardId);
  }

  async list(boardId: BoardId): Promise<PresenceEntry[]> {
    return [...(this.boards.get(boardId)?.values() ?? [])].sort((a, b) => a.clientId - b.clientId);
  }

  async counts(): Promise<ReadonlyMap<BoardId, number>> {
    return new Map([...this.boards].map(([boardId, board]) => [boardId, board.size]));
  }

  async close(): Promise<void> {
    this.boards.clear();
  }
}
