// One append = one Lua script: XADD the update, remember its id, and publish the entry itself (with the
// id of the entry before it and the stream's incarnation) on the board's channel — atomically, so
// messages come out in stream order. A follower whose cursor equals the message's `prev` in the same
// stream applies the payload directly (no read round trip); any mismatch (a lost message, a reconnect,
// a fresh follower, a stream made again) falls back to reading the stream.
import type { ChainableCommander } from 'ioredis';
import type { BoardId } from '../board-id.js';
import { boardKeys } from './stream-id.js';
import type { StreamId } from './stream-id.js';

// KEYS: log, last-id, incarnation. The append that creates the stream (or finds it without an
// incarnation, as streams made before incarnations are) gives it a new one, named by Redis's clock to the
// microsecond (two creations of one board's stream cannot share it). The first entry of a new stream
// announces no predecessor: ids start over there, whatever the old last-id says.
const APPEND = `
local created = redis.call('EXISTS', KEYS[1]) == 0
local prev = created and '0-0' or (redis.call('GET', KEYS[2]) or '0-0')
local incarnation = redis.call('GET', KEYS[3])
if created or not incarnation then
  local now = redis.call('TIME')
  incarnation = now[1] .. '.' .. now[2]
  redis.call('SET', KEYS[3], incarnation)
end
local id = redis.call('XADD', KEYS[1], '*', 'o', ARGV[1], 'u', ARGV[2])
redis.call('SET', KEYS[2], id)
redis.call('PUBLISH', ARGV[3], prev .. ' ' .. id .. '@' .. incarnation .. ' ' .. ARGV[1] .. ' ' .. ARGV[2])
return id`;

/** Queues one append on a pipeline (the caller executes it). */
export function queueAppend(pipeline: ChainableCommander, boardId: BoardId, instanceId: string, update: Uint8Array): ChainableCommander {
  const keys = boardKeys(boardId);
  const payload = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
  return pipeline.eval(APPEND, 3, keys.log, keys.last, keys.incarnation, instanceId, payload, keys.updates);
}

export interface AppendedEntry {
  readonly prev: StreamId;
  readonly id: StreamId;
  readonly origin: string;
  /** The incarnation of the stream the entry is in (stream-id.ts `boardKeys`). */
  readonly incarnation: string;
  readonly update: Uint8Array;
}

/**
 * Parses `<prev> <id>@<incarnation> <origin> <update bytes>`; null for anything else (never trusted
 * blindly). The incarnation rides on the id so that an instance from before incarnations finds the id
 * malformed and reads the stream, rather than taking the incarnation for the start of the update.
 */
export function parseAppendedEntry(message: Buffer): AppendedEntry | null {
  const fields: string[] = [];
  let start = 0;
  for (let field = 0; field < 3; field++) {
    const space = message.indexOf(0x20, start);
    if (space < 0) return null;
    fields.push(message.subarray(start, space).toString('latin1'));
    start = space + 1;
  }
  const [prev, tagged, origin] = fields;
  const [id, incarnation] = tagged?.split('@') ?? [];
  if (prev === undefined || id === undefined || origin === undefined || !incarnation || !/^\d+-\d+$/.test(prev) || !/^\d+-\d+$/.test(id)) return null;
  return { prev: prev as StreamId, id: id as StreamId, origin, incarnation, update: message.subarray(start) };
}
