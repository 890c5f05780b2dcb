// Redis stream ids ("<ms>-<seq>"), the key layout of a board in Redis, and the one consistent read of
// a whole board, in one place.
import type { Redis } from 'ioredis';
import type { BoardId } from '../board-id.js';

export type StreamId = string & { readonly __brand: 'StreamId' };

/** Before every real entry: a follower starting here reads the whole stream. */
export const STREAM_START = '0-0' as StreamId;

function parts(id: StreamId): [bigint, bigint] {
  const [ms = '0', seq = '0'] = id.split('-');
  return [BigInt(ms), BigInt(seq)];
}

export function compareStreamIds(a: StreamId, b: StreamId): number {
  const [aMs, aSeq] = parts(a);
  const [bMs, bSeq] = parts(b);
  if (aMs !== bMs) return aMs < bMs ? -1 : 1;
  return aSeq === bSeq ? 0 : aSeq < bSeq ? -1 : 1;
}

/** The smallest id after `id`, for XTRIM MINID (which keeps ids ≥ its argument). */
export function nextStreamId(id: StreamId): StreamId {
  const [ms, seq] = parts(id);
  return `${ms}-${seq + 1n}` as StreamId;
}

/** All keys share the `{boardId}` hash tag so a board's keys live on one Redis Cluster slot. */
export const boardKeys = (boardId: BoardId) =>
  ({
    log: `napkin:{${boardId}}:log`,
    snapshot: `napkin:{${boardId}}:snapshot`,
    lock: `napkin:{${boardId}}:compact-lock`,
    /** The id of the newest entry appended, so each append can name its predecessor. */
    last: `napkin:{${boardId}}:last-id`,
    /**
     * Which stream `log` is: set afresh by the append that creates the stream. A stream deleted and made
     * again (Redis restarted empty, keys deleted) starts its ids over, so ids compare only within one
     * incarnation, and a snapshot or cursor from another one must never be compared with them.
     */
    incarnation: `napkin:{${boardId}}:log-incarnation`,
    updates: `napkin:{${boardId}}:updated`,
    awareness: `napkin:{${boardId}}:awareness`,
  }) as const;

export const presenceKeys = {
  boards: 'napkin:presence:boards',
  instancesOn: (boardId: BoardId): string => `napkin:presence:{${boardId}}:instances`,
  entries: (boardId: BoardId, instanceId: string): string => `napkin:presence:{${boardId}}:${instanceId}`,
} as const;

/** The value of one field in a stream entry's flat [name, value, name, value…] list. */
export function fieldOf(fields: readonly Buffer[], name: string): Buffer | undefined {
  for (let index = 0; index + 1 < fields.length; index += 2) {
    if (fields[index]?.toString() === name) return fields[index + 1];
  }
  return undefined;
}

/** A stream entry as ioredis returns it: [id, [field, value, field, value…]]. */
export type StreamEntry = [Buffer, Buffer[]];

export interface StreamFacts {
  readonly length: number;
  /** Entries ever added to this stream (Redis ≥ 7), trimmed ones included; null if Redis does not say. */
  readonly entriesAdded: number | null;
  /** Every later entry of this stream gets a greater id, whatever was trimmed. */
  readonly lastGeneratedId: StreamId;
}

export interface WholeBoard {
  /** The snapshot hash as stored, null if there is none; snapshot-record.ts says whether it is usable. */
  readonly snapshotHash: Readonly<Record<string, Buffer>> | null;
  readonly entries: StreamEntry[];
  /** The stream's incarnation (see `boardKeys`), null if unset. */
  readonly incarnation: string | null;
  /** Null when the stream does not exist. */
  readonly stream: StreamFacts | null;
}

/** Unwraps one reply of a MULTI; an aborted transaction or a failed command throws. */
export function replyOf(result: [Error | null, unknown] | undefined): unknown {
  if (result === undefined) throw new Error('redis transaction aborted');
  if (result[0] !== null) throw result[0];
  return result[1];
}

/** XINFO STREAM's flat [name, value…] reply; a missing stream is an error reply, read as null. */
function streamFactsOf(result: [Error | null, unknown] | undefined): StreamFacts | null {
  if (result === undefined) throw new Error('redis transaction aborted');
  if (result[0] !== null) {
    if (/no such key/i.test(result[0].message)) return null;
    throw result[0];
  }
  const flat = result[1] as unknown[];
  const field = (name: string): unknown => {
    const at = flat.findIndex((value, index) => index % 2 === 0 && String(value) === name);
    return at < 0 ? undefined : flat[at + 1];
  };
  const entriesAdded = field('entries-added');
  return {
    length: Number(field('length')),
    entriesAdded: entriesAdded === undefined ? null : Number(entriesAdded),
    lastGeneratedId: String(field('last-generated-id') ?? STREAM_START) as StreamId,
  };
}

/** Where a reader that has read `board` whole continues: after every id this stream has handed out. */
export function cursorAfter(board: WholeBoard): StreamId {
  const lastEntry = board.entries.at(-1)?.[0].toString() as StreamId | undefined;
  return board.stream?.lastGeneratedId ?? lastEntry ?? STREAM_START;
}

/**
 * Snapshot + whole stream + what the stream says about itself, in one MULTI. Compaction writes the
 * snapshot and trims the stream atomically, so this read never sees a gap between the two (nor an entry
 * in both that matters: Yjs is idempotent).
 */
export async function readWholeBoard(client: Redis, boardId: BoardId): Promise<WholeBoard> {
  const keys = boardKeys(boardId);
  const replies = await client.multi().hgetallBuffer(keys.snapshot).xrangeBuffer(keys.log, '-', '+').get(keys.incarnation).xinfo('STREAM', keys.log).exec();
  const hash = replyOf(replies?.[0]) as Record<string, Buffer>;
  return {
    snapshotHash: Object.keys(hash).length === 0 ? null : hash,
    entries: replyOf(replies?.[1]) as StreamEntry[],
    incarnation: (replyOf(replies?.[2]) as string | null) || null,
    stream: streamFactsOf(replies?.[3]),
  };
}
