// Relay instances as the damage suite needs them: a real Redis backend (storage, fan-out, presence) with
// rooms reduced to what matters here, a Y.Doc per open board that loads like a room, applies its own
// durable edits and the other instances' entries, and hands its whole state over for a re-seed.
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import type { BoardLink, FanoutSink } from '../../src/fanout.js';
import { createMemoryLogger } from '../../src/logger.js';
import { startRedisBackend } from '../../src/redis/redis-backend.js';
import type { RedisBackend } from '../../src/redis/redis-backend.js';
import { makeTempDir, waitFor } from '../harness.js';
import { loadDoc } from './damage-edits.js';
import type { Edit } from './damage-edits.js';

/** What went wrong without failing the run at once; the suite sums these. */
export interface Troubles {
  /** Stored updates that threw when a room applied them (a crash in the relay). */
  failedApplies: number;
  /** Compactions that threw (a board that can never compact grows without bound). */
  failedCompactions: number;
}

export interface TestInstance {
  readonly backend: RedisBackend;
  readonly rooms: ReadonlyMap<BoardId, Y.Doc>;
  readonly logLines: readonly string[];
  /** Loads the board like a room and follows it; returns the number of storage issues reported. */
  open(boardId: BoardId): Promise<number>;
  /** Appends (durable) and then applies to the room, if open, as the relay does. */
  edit(boardId: BoardId, edit: Edit): Promise<void>;
  compact(boardId: BoardId): Promise<void>;
  /** A one-off load, as a freshly started relay would do it: the keys it holds and the issues reported. */
  load(boardId: BoardId): Promise<{ doc: Y.Doc; issues: number }>;
  waitUntilUp(): Promise<void>;
  close(): Promise<void>;
}

export async function startInstance(url: string, troubles: Troubles, compactAfterEntries: number): Promise<TestInstance> {
  const spillDir = await makeTempDir('napkin-damage-spill-');
  const logger = createMemoryLogger();
  const backend = await startRedisBackend({ url, spillDir: spillDir.path, logger, compactAfterEntries });
  const rooms = new Map<BoardId, Y.Doc>();
  const links = new Map<BoardId, BoardLink>();

  const applyAll = (doc: Y.Doc, updates: readonly Uint8Array[]): void => {
    for (const update of updates) {
      try {
        Y.applyUpdate(doc, update);
      } catch {
        troubles.failedApplies++;
      }
    }
  };
  const load = async (boardId: BoardId): Promise<{ doc: Y.Doc; issues: number }> => {
    const loaded = await backend.storage.load(boardId);
    const { doc, failedUpdates } = loadDoc(loaded.updates);
    troubles.failedApplies += failedUpdates;
    return { doc, issues: loaded.issues.length };
  };
  const instance: TestInstance = {
    backend,
    rooms,
    logLines: logger.lines,
    load,
    async open(boardId) {
      const { doc, issues } = await load(boardId);
      const sink: FanoutSink = {
        applyRemoteUpdates: (updates) => applyAll(doc, updates),
        applyRemoteAwareness: () => undefined,
        localAwareness: () => null,
        fullState: () => Y.encodeStateAsUpdate(doc),
      };
      rooms.set(boardId, doc);
      links.set(boardId, backend.fanout.open(boardId, sink));
      return issues;
    },
    async edit(boardId, edit) {
      await backend.storage.append(boardId, edit.update);
      const doc = rooms.get(boardId);
      if (doc !== undefined) applyAll(doc, [edit.update]);
    },
    async compact(boardId) {
      await backend.storage.compact(boardId).catch(() => troubles.failedCompactions++);
    },
    waitUntilUp: () => waitFor(() => backend.health().redis === 'up', 'redis backend up'),
    async close() {
      for (const [boardId, link] of links) {
        link.close();
        await backend.storage.release(boardId);
      }
      await backend.close();
      for (const doc of rooms.values()) doc.destroy();
      await spillDir.remove();
    },
  };
  await instance.waitUntilUp();
  return instance;
}
