// A BoardStorage kept in memory: for tests of the relay core and as the smallest example of the contract.
// `appendDelayMs` lets a test hold appends "in flight" to observe durability-before-relay.
import type { BoardId } from '../board-id.js';
import type { BoardStorage, LoadedBoard } from './board-storage.js';
import * as Y from 'yjs';

export interface MemoryStorageOptions {
  readonly appendDelayMs?: number;
  readonly loadDelayMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class MemoryBoardStorage implements BoardStorage {
  private readonly boards = new Map<BoardId, Uint8Array[]>();
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly options: MemoryStorageOptions = {}) {}

  async load(boardId: BoardId): Promise<LoadedBoard> {
    if (this.options.loadDelayMs !== undefined) await sleep(this.options.loadDelayMs);
    return { updates: [...(this.boards.get(boardId) ?? [])], issues: [] };
  }

  async hasContent(boardId: BoardId): Promise<boolean> {
    return (this.boards.get(boardId)?.length ?? 0) > 0;
  }

  append(boardId: BoardId, update: Uint8Array): Promise<void> {
    // Recorded at once (order is the call order), but "durable" only after the delay.
    const updates = this.boards.get(boardId) ?? [];
    updates.push(update);
    this.boards.set(boardId, updates);
    const durable = this.options.appendDelayMs === undefined ? Promise.resolve() : sleep(this.options.appendDelayMs);
    this.inFlight.add(durable);
    void durable.then(() => this.inFlight.delete(durable));
    return durable;
  }

  async compact(boardId: BoardId): Promise<void> {
    const updates = this.boards.get(boardId);
    if (updates !== undefined && updates.length > 1) this.boards.set(boardId, [Y.mergeUpdates(updates)]);
  }

  async release(): Promise<void> {}

  async flush(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  /** How many updates are stored for a board (for assertions). */
  storedUpdateCount(boardId: BoardId): number {
    return this.boards.get(boardId)?.length ?? 0;
  }
}
