// One append = one Lua script: XADD the update, remember its id, and publish the entry itself (with the
// id of the entry before it) on the board's channel — atomically, so messages come out in stream order.
// A follower whose cursor equals the message's `prev` applies the payload directly (no read round trip);
// any mismatch (a lost message, a reconnect, a fresh follower) falls back to reading the stream.
import type { ChainableCommander } from 'ioredis';
import type { BoardId } from '../board-id.js';
import { boardKeys } from './stream-id.js';
import type { StreamId } from './stream-id.js';

const APPEND = `
local prev = redis.call('GET', KEYS[2]) or '0-0'
local id = redis.call('XADD', KEYS[1], '*', 'o', ARGV[1], 'u', ARGV[2])
redis.call('SET', KEYS[2], id)
redis.call('PUBLISH', ARGV[3], prev .. ' ' .. id .. ' ' .. ARGV[1] .. ' ' .. ARGV[2])
return id`;

/** Queues one append on a pipeline (the caller executes it). */
export function queueAppend(pipeline: ChainableCommander, boardId: BoardId, instanceId: string, update: Uint8Array): ChainableCommander {
  const keys = boardKeys(boardId);
  const payload = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  return pipeline.eval(APPEND, 2, keys.log, keys.last, instanceId, payload, keys.updates);
}

export interface AppendedEntry {
  readonly prev: StreamId;
  readonly id: StreamId;
  readonly origin: string;
  readonly update: Uint8Array;
}

/** Parses `<prev> <id> <origin> <update bytes>`; null for anything else (never trusted blindly). */
export function parseAppendedEntry(message: Buffer): AppendedEntry | null {
  const fields: string[] = [];
  let start = 0;
  for (let field = 0; field < 3; field++) {
    const space = message.indexOf(0x20, start);
    if (space < 0) return null;
    fields.push(message.subarray(start, space).toString('latin1'));
    start = space + 1;
  }
  const [prev, id, origin] = fields;
  if (prev === undefined || id === undefined || origin === undefined || !/^\d+-\d+$/.test(prev) || !/^\d+-\d+$/.test(id)) return null;
  return { prev: prev as StreamId, id: id as StreamId, origin, update: message.subarray(start) };
}
