// One contract, every BoardStorage: embedded file, memory, Redis. What the relay relies on: an appended
// update loads back, boards are separate, compaction and release lose nothing, appends made while a
// compaction runs are kept.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardId } from '../../src/board-id.js';
import type { BoardStorage } from '../../src/storage/board-storage.js';
import { newBoardId } from '../harness.js';
import { startTestRedis } from '../redis/redis-server.js';
import type { TestRedis } from '../redis/redis-server.js';
import { storageFactories } from './factories.js';
import type { Made } from './factories.js';

/** Builds a board from stored updates the way a room does. */
function docFrom(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** `count` edits on a fresh doc, each captured as the update a client would send. */
function edits(count: number, prefix: string): { updates: Uint8Array[]; expected: Record<string, unknown> } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`${prefix}${i}`, { i, text: 'x'.repeat(i % 7) });
  return { updates, expected: doc.getMap('m').toJSON() };
}

describe.each(storageFactories)('BoardStorage contract: $name', (factory) => {
  let redis: TestRedis | null = null;
  let made: Made<BoardStorage> | null = null;
  beforeAll(async () => {
    if (factory.name === 'redis') redis = await startTestRedis();
  });
  afterAll(async () => redis?.dispose());
  afterEach(async () => {
    await made?.dispose();
    made = null;
  });
  const storage = async (): Promise<BoardStorage> => {
    made = await factory.make({
      redis: () => {
        if (redis === null) throw new Error('no redis in this suite');
        return redis;
      },
    });
    return made.subject;
  };
  const board = (): BoardId => newBoardId() as BoardId;

  it('loads an unknown board as empty', async () => {
    const subject = await storage();
    expect((await subject.load(board())).updates).toEqual([]);
  });

  it('loads back every appended update, boards kept apart', async () => {
    const subject = await storage();
    const [first, second] = [board(), board()];
    const a = edits(30, 'a');
    const b = edits(5, 'b');
    await Promise.all([...a.updates.map((u) => subject.append(first, u)), ...b.updates.map((u) => subject.append(second, u))]);
    expect(docFrom((await subject.load(first)).updates).getMap('m').toJSON()).toEqual(a.expected);
    expect(docFrom((await subject.load(second)).updates).getMap('m').toJSON()).toEqual(b.expected);
  });

  it('compaction keeps the board, including appends made while it runs', async () => {
    const subject = await storage();
    const id = board();
    const before = edits(40, 'before');
    for (const update of before.updates) await subject.append(id, update);
    const during = edits(40, 'during');
    await Promise.all([subject.compact(id), ...during.updates.map((u) => subject.append(id, u))]);
    await subject.compact(id);
    const loaded = await subject.load(id);
    expect(docFrom(loaded.updates).getMap('m').toJSON()).toEqual({ ...before.expected, ...during.expected });
  });

  it('a released board loads again in full; flush resolves', async () => {
    const subject = await storage();
    const id = board();
    const all = edits(10, 'k');
    for (const update of all.updates) await subject.append(id, update);
    await subject.release(id);
    await subject.flush();
    expect(docFrom((await subject.load(id)).updates).getMap('m').toJSON()).toEqual(all.expected);
  });
});
