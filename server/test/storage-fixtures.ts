// Test-only helpers shared by the storage tests: Yjs updates with a known final state, replay, and a
// FileBoardStorage in a temp directory that is closed and removed after each test.
import { join } from 'node:path';
import * as Y from 'yjs';
import type { BoardId } from '../src/board-id.js';
import { createMemoryLogger } from '../src/logger.js';
import { makeTempDir } from './harness.js';
import { FileBoardStorage } from '../src/storage/file-storage.js';
import type { FileStorageOptions } from '../src/storage/file-storage.js';

/** N small updates from one doc, each setting key <prefix><i>, plus the doc's final state as JSON. */
export function makeUpdates(count: number, prefix = 'k'): { updates: Uint8Array[]; expected: Record<string, unknown> } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${prefix}${i}`, i);
  return { updates, expected: doc.getMap('m').toJSON() };
}

export function replay(updates: readonly Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getMap('m').toJSON();
}

export const hex = (updates: readonly Uint8Array[]): string[] => updates.map((update) => Buffer.from(update).toString('hex'));

export type StorageTuning = Omit<FileStorageOptions, 'dataDir' | 'logger'>;

/** Opens storages in temp directories; `cleanup` closes them all and removes the directories. */
export function temporaryStorages() {
  const cleanups: Array<() => Promise<void>> = [];
  return {
    async open(tuning: StorageTuning = {}) {
      const dir = await makeTempDir();
      const logger = createMemoryLogger();
      const storage = new FileBoardStorage({ dataDir: dir.path, logger, ...tuning });
      const reopen = (): FileBoardStorage => {
        const next = new FileBoardStorage({ dataDir: dir.path, logger, ...tuning });
        cleanups.push(() => next.close().catch(() => undefined));
        return next;
      };
      cleanups.push(async () => {
        await storage.close().catch(() => undefined);
        await dir.remove();
      });
      const boardDir = (boardId: BoardId): string => join(dir.path, 'boards', boardId);
      return { storage, logger, dataDir: dir.path, walDir: join(dir.path, 'wal'), boardDir, reopen };
    },
    async cleanup(): Promise<void> {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    },
  };
}
