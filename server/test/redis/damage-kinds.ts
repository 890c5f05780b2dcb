// The ways a board's data in Redis can be damaged, each returning which edits were only in the damaged
// data (the edits a storage cannot be blamed for losing). Everything else, and every edit made after the
// damage, must survive. The raw board is read with plain commands, not through the storage under test.
import type { Redis } from 'ioredis';
import type { BoardId } from '../../src/board-id.js';
import { boardKeys, fieldOf } from '../../src/redis/stream-id.js';
import type { Random } from '@napkin/testkit';
import { chance, keysIn } from './damage-edits.js';
import type { TestRedis } from './redis-server.js';

export interface DamageContext {
  readonly admin: Redis;
  readonly redis: TestRedis;
  readonly random: Random;
  /** The damage strikes between a compaction's read and its write, while that compaction holds the lock. */
  readonly duringCompaction: boolean;
}

interface RawBoard {
  readonly snapshotKeys: Set<string>;
  readonly entries: ReadonlyArray<{ readonly id: string; readonly keys: readonly string[] }>;
}

async function readRaw(admin: Redis, boardId: BoardId): Promise<RawBoard> {
  const keys = boardKeys(boardId);
  const data = await admin.hgetBuffer(keys.snapshot, 'data');
  const entries = await admin.xrangeBuffer(keys.log, '-', '+');
  return {
    snapshotKeys: new Set(data === null ? [] : keysIn(data)),
    entries: entries.map(([id, fields]) => {
      const update = fieldOf(fields, 'u');
      return { id: id.toString(), keys: update === undefined ? [] : keysIn(update) };
    }),
  };
}

/** Keys in `lost` that no surviving part (`kept`) still holds. */
function onlyIn(lost: Iterable<string>, ...kept: Array<Iterable<string>>): Set<string> {
  const survivors = new Set<string>();
  for (const part of kept) for (const key of part) survivors.add(key);
  return new Set([...lost].filter((key) => !survivors.has(key)));
}

const entryKeys = (entries: RawBoard['entries']): string[] => entries.flatMap((entry) => entry.keys);

export interface BoardDamage {
  readonly name: string;
  /** Storage can tell from what is left that something is missing, so every loss must be reported. */
  readonly detectable: boolean;
  readonly scope: 'board';
  damageBoard(context: DamageContext, boardId: BoardId): Promise<Set<string>>;
}

export interface RedisDamage {
  readonly name: string;
  readonly detectable: false;
  readonly scope: 'redis';
  damageRedis(context: DamageContext, boardIds: readonly BoardId[]): Promise<Map<BoardId, Set<string>>>;
}

export type Damage = BoardDamage | RedisDamage;

const trimmedPastSnapshot: BoardDamage = {
  name: 'stream trimmed past the snapshot',
  detectable: true,
  scope: 'board',
  async damageBoard({ admin, random }, boardId) {
    const raw = await readRaw(admin, boardId);
    const log = boardKeys(boardId).log;
    // MAXLEN 0, or MINID at one of the entries after the snapshot (every entry left is past it).
    const cut = raw.entries.length < 2 || chance(random, 0.3) ? raw.entries.length : 1 + random.int(raw.entries.length - 1);
    const cutAt = raw.entries[cut];
    if (cutAt === undefined) await admin.xtrim(log, 'MAXLEN', 0);
    else await admin.xtrim(log, 'MINID', cutAt.id);
    return onlyIn(entryKeys(raw.entries.slice(0, cut)), raw.snapshotKeys, entryKeys(raw.entries.slice(cut)));
  },
};

const snapshotDeleted: BoardDamage = {
  name: 'snapshot hash deleted',
  detectable: true,
  scope: 'board',
  async damageBoard({ admin }, boardId) {
    const raw = await readRaw(admin, boardId);
    await admin.del(boardKeys(boardId).snapshot);
    return onlyIn(raw.snapshotKeys, entryKeys(raw.entries));
  },
};

const snapshotCorrupted: BoardDamage = {
  name: 'snapshot data corrupted',
  detectable: true,
  scope: 'board',
  async damageBoard({ admin, random }, boardId) {
    const raw = await readRaw(admin, boardId);
    const key = boardKeys(boardId).snapshot;
    const data = await admin.hgetBuffer(key, 'data');
    if (data === null) return new Set();
    const damaged = Buffer.from(data);
    const how = random.int(3);
    if (how === 0) {
      await admin.hset(key, 'data', damaged.subarray(0, random.int(damaged.byteLength)));
    } else {
      // A few flipped bytes (how === 1) or a run of garbage over a random stretch (how === 2).
      const flips = how === 1 ? 1 + random.int(3) : 8 + random.int(24);
      const start = random.int(damaged.byteLength);
      for (let i = 0; i < flips; i++) {
        const at = how === 1 ? random.int(damaged.byteLength) : (start + i) % damaged.byteLength;
        damaged[at] = (damaged[at] ?? 0) ^ (1 + random.int(255));
      }
      await admin.hset(key, 'data', damaged);
    }
    return onlyIn(raw.snapshotKeys, entryKeys(raw.entries));
  },
};

const boardKeysDeleted: BoardDamage = {
  name: 'all of the board keys deleted',
  detectable: false,
  scope: 'board',
  async damageBoard({ admin, random, duringCompaction }, boardId) {
    const raw = await readRaw(admin, boardId);
    const [, found] = await admin.scan('0', 'MATCH', `napkin:{${boardId}}:*`, 'COUNT', 1_000);
    // A running compaction's lock goes too in half the runs (FLUSHALL); in the others only the data does.
    const keepLock = duringCompaction && chance(random, 0.5);
    const doomed = found.filter((key) => !(keepLock && key === boardKeys(boardId).lock));
    if (doomed.length > 0) await admin.del(...doomed);
    return onlyIn([...raw.snapshotKeys, ...entryKeys(raw.entries)]);
  },
};

const streamDeleted: BoardDamage = {
  name: 'stream key deleted, snapshot kept',
  detectable: true,
  scope: 'board',
  async damageBoard({ admin }, boardId) {
    const raw = await readRaw(admin, boardId);
    await admin.del(boardKeys(boardId).log);
    return onlyIn(entryKeys(raw.entries), raw.snapshotKeys);
  },
};

const redisRestartedEmpty: RedisDamage = {
  name: 'redis restarted without persistence',
  detectable: false,
  scope: 'redis',
  async damageRedis({ admin, redis }, boardIds) {
    const damaged = new Map<BoardId, Set<string>>();
    for (const boardId of boardIds) {
      const raw = await readRaw(admin, boardId);
      damaged.set(boardId, onlyIn([...raw.snapshotKeys, ...entryKeys(raw.entries)]));
    }
    await redis.kill();
    await redis.start();
    return damaged;
  },
};

export const DAMAGES: readonly Damage[] = [trimmedPastSnapshot, snapshotDeleted, snapshotCorrupted, boardKeysDeleted, streamDeleted, redisRestartedEmpty];
