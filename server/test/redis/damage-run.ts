// One seeded run of the Redis damage suite: two relay instances over one redis-server, three boards (open
// on both instances, on one, on none), tens of edits each with random compactions, then one damage (at
// rest, or between a compaction's read and its write), a load right after it, more edits, a compaction,
// and a restart. Counts what was lost and whether the storage said so.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { BoardId } from '../../src/board-id.js';
import { compactBoard } from '../../src/redis/compaction.js';
import { boardKeys } from '../../src/redis/stream-id.js';
import { newBoardId, waitFor } from '../harness.js';
import { seededRandom } from '@napkin/testkit';
import { chance, createEditMaker, keysOf, pickOne } from './damage-edits.js';
import type { DamageContext, Damage } from './damage-kinds.js';
import { startInstance } from './damage-instances.js';
import type { TestInstance, Troubles } from './damage-instances.js';
import type { TestRedis } from './redis-server.js';

export interface RunFigures {
  edits: number;
  postDamageEdits: number;
  /** Edits that were only in the damaged data. */
  damaged: number;
  /** Damaged edits present after the restart anyway (re-seeded by an open room, or folded by a compaction). */
  recovered: number;
  lostUnexcused: number;
  postDamageLost: number;
  /** Post-damage edits an open room had not received when the run stopped waiting. */
  liveMissed: number;
  /** Boards that lost damaged edits for good while the load right after the damage reported nothing. */
  silentLosses: number;
  issuesReported: number;
  failedApplies: number;
  failedCompactions: number;
}

export const emptyFigures = (): RunFigures => ({
  edits: 0, postDamageEdits: 0, damaged: 0, recovered: 0, lostUnexcused: 0, postDamageLost: 0,
  liveMissed: 0, silentLosses: 0, issuesReported: 0, failedApplies: 0, failedCompactions: 0,
});

/** The client with its first `eval` (a compaction's write script) preceded by `beforeWrite`. */
export function withHookBeforeFirstEval(client: Redis, beforeWrite: () => Promise<void>): Redis {
  let fired = false;
  return new Proxy(client, {
    get(target, property) {
      if (property === 'eval' && !fired) {
        fired = true;
        return async (...args: Parameters<Redis['eval']>) => (await beforeWrite(), target.eval(...args));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** How long a live room may take to receive an edit another instance made (announced at once, polled 1 s). */
const LIVE_WAIT_MS = 3_000;

export async function runDamage(seed: number, damage: Damage, redis: TestRedis, admin: Redis): Promise<RunFigures> {
  const random = seededRandom(seed);
  const makeEdit = createEditMaker(seed);
  const troubles: Troubles = { failedApplies: 0, failedCompactions: 0 };
  const compactAfter = 5 + random.int(11);
  const a = await startInstance(redis.url, troubles, compactAfter);
  const b = await startInstance(redis.url, troubles, compactAfter);
  const probe = await startInstance(redis.url, troubles, 1_000_000);
  const boards = [0, 1, 2].map(() => newBoardId() as BoardId);
  const openOn: TestInstance[][] = [[a, b], [a], []];
  const ledger = boards.map(() => ({ pre: [] as string[], post: [] as string[] }));
  const issues = boards.map(() => 0);
  for (const [index, boardId] of boards.entries()) for (const instance of openOn[index] ?? []) await instance.open(boardId);

  const editOnce = async (index: number, phase: 'pre' | 'post', writer?: TestInstance): Promise<void> => {
    const edit = makeEdit(`b${index}`);
    const writers = openOn[index]?.length ? (openOn[index] ?? []) : [a, b];
    await (writer ?? pickOne(random, writers)).edit(boards[index] as BoardId, edit);
    ledger[index]?.[phase].push(edit.key);
  };
  const editRandomly = async (count: number, phase: 'pre' | 'post'): Promise<void> => {
    for (let i = 0; i < count; i++) {
      await editOnce(random.int(boards.length), phase);
      if (chance(random, 0.08)) await pickOne(random, [a, b]).compact(pickOne(random, boards));
    }
  };

  // Half the runs: the stream was made on a Redis whose clock ran 10 minutes ahead, so a stream made
  // after the damage gets lower ids than the old one (and than the old snapshot's id).
  if (chance(random, 0.5)) {
    for (const [index, boardId] of boards.entries()) {
      await editOnce(index, 'pre');
      await admin.xsetid(boardKeys(boardId).log, `${Date.now() + 600_000}-0`);
    }
  }
  await editRandomly(60 + random.int(60), 'pre');
  await Promise.all([a.backend.storage.flush(), b.backend.storage.flush()]);
  for (const [index, boardId] of boards.entries()) {
    // Every board has a snapshot and entries past it when the damage strikes.
    if ((await admin.exists(boardKeys(boardId).snapshot)) === 0) await a.compact(boardId);
    for (let i = 0, extra = 3 + random.int(8); i < extra; i++) await editOnce(index, 'pre');
  }
  // Background compactions finish first, so whether one overlaps the damage is the seed's choice alone.
  await Promise.all([a.backend.storage.flush(), b.backend.storage.flush()]);

  const damaged = new Map<BoardId, Set<string>>();
  const context = (duringCompaction: boolean): DamageContext => ({ admin, redis, random, duringCompaction });
  if (damage.scope === 'redis') {
    for (const [boardId, keys] of await damage.damageRedis(context(false), boards)) damaged.set(boardId, keys);
    await Promise.all([a, b, probe].map((instance) => instance.waitUntilUp()));
  } else {
    for (const [index, boardId] of boards.entries()) {
      if (!chance(random, 0.5)) {
        damaged.set(boardId, await damage.damageBoard(context(false), boardId));
        continue;
      }
      const hooked = withHookBeforeFirstEval(admin, async () => {
        damaged.set(boardId, await damage.damageBoard(context(true), boardId));
        for (let i = 0, count = 1 + random.int(4); i < count; i++) await editOnce(index, 'post');
      });
      await compactBoard(hooked, boardId, randomUUID()).catch(() => troubles.failedCompactions++);
    }
  }
  // The first load after the damage must say what it can tell is missing.
  for (const [index, boardId] of boards.entries()) issues[index] = (await probe.load(boardId)).issues;

  await editRandomly(30 + random.int(30), 'post');
  // The last edit of each open board comes from an instance without the room, so it arrives by fan-out.
  for (const index of boards.keys()) if (openOn[index]?.length) await editOnce(index, 'post', probe);
  let liveMissed = 0;
  for (const [index, boardId] of boards.entries()) {
    for (const instance of openOn[index] ?? []) {
      const doc = instance.rooms.get(boardId);
      const missing = (): number => ledger[index]?.post.filter((key) => !doc?.getMap('m').has(key)).length ?? 0;
      await waitFor(() => missing() === 0, 'post-damage edits reach the open room', LIVE_WAIT_MS).catch(() => undefined);
      liveMissed += missing();
    }
  }
  for (const boardId of boards) await a.compact(boardId);
  for (const instance of [a, b, probe]) await instance.close();

  const restarted = await startInstance(redis.url, troubles, 1_000_000);
  const figures = emptyFigures();
  for (const [index, boardId] of boards.entries()) {
    const present = keysOf((await restarted.load(boardId)).doc);
    const { pre = [], post = [] } = ledger[index] ?? {};
    const damagedHere = damaged.get(boardId) ?? new Set<string>();
    const lostForGood = pre.filter((key) => damagedHere.has(key) && !present.has(key)).length;
    figures.edits += pre.length + post.length;
    figures.postDamageEdits += post.length;
    figures.damaged += damagedHere.size;
    figures.recovered += damagedHere.size - lostForGood;
    figures.lostUnexcused += pre.filter((key) => !damagedHere.has(key) && !present.has(key)).length;
    figures.postDamageLost += post.filter((key) => !present.has(key)).length;
    figures.issuesReported += issues[index] ?? 0;
    if (lostForGood > 0 && issues[index] === 0) figures.silentLosses++;
  }
  await restarted.close();
  return { ...figures, liveMissed, failedApplies: troubles.failedApplies, failedCompactions: troubles.failedCompactions };
}
