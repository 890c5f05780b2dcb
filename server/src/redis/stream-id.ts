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

export interface WholeBoard {
  /** The merged update folded from trimmed entries, if any, and the last stream id it holds. */
  readonly snapshot: { readonly data: Buffer; readonly id: StreamId } | null;
  readonly entries: StreamEntry[];
}

/** Unwraps one reply of a MULTI; an aborted transaction or a failed command throws. */
export function replyOf(result: [Error | null, unknown] | undefined): unknown {
  if (result === undefined) throw new Error('redis transaction aborted');
  if (result[0] !== null) throw result[0];
  return result[1];
}

/**
 * Snapshot + whole stream in one MULTI. Compaction writes the snapshot and trims the stream atomically,
 * so this read never sees a gap between the two (nor an entry in both that matters: Yjs is idempotent).
 */
export async function readWholeBoard(client: Redis, boardId: BoardId): Promise<WholeBoard> {
  const keys = boardKeys(boardId);
  const replies = await client.multi().hgetallBuffer(keys.snapshot).xrangeBuffer(keys.log, '-', '+').exec();
  const hash = replyOf(replies?.[0]) as Record<string, Buffer | undefined>;
  const entries = replyOf(replies?.[1]) as StreamEntry[];
  const snapshot = hash.data !== undefined && hash.id !== undefined ? { data: hash.data, id: hash.id.toString() as StreamId } : null;
  return { snapshot, entries };
}
