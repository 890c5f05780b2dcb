// Redis stream ids ("<ms>-<seq>") and the key layout of a board in Redis, in one place.
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
