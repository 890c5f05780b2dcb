// Who may set which awareness states. Awareness is keyed by client id, and y-protocols applies a state
// for any id with a newer clock, so without a guard any socket could publish under another user's id (and
// that user's own browser would adopt the forged state) or add thousands of fake users in one frame. A
// socket may set states only for ids it introduced itself, at most `awarenessClientsPerSocket` of them;
// an id someone else holds (another socket here, or another relay instance) is never taken over. States
// it may not set are left out of the frame (logged, the socket stays: a reconnecting tab can find its old
// id still held by its previous, not yet timed-out socket); a frame over `maxAwarenessBytes` is refused.
// What passes has its "viewing" flag set from the socket's access (access/viewing-flag.ts).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { stampViewing } from '../access/viewing-flag.js';

export interface AwarenessEntry {
  readonly clientId: number;
  readonly clock: number;
  readonly json: string;
}

export type AwarenessVerdict =
  | { readonly kind: 'apply'; readonly update: Uint8Array; readonly dropped: readonly number[] }
  | { readonly kind: 'too-large'; readonly reason: string };

export interface AwarenessOwnership {
  /** Ids this socket introduced (and still holds). */
  readonly own: ReadonlySet<number>;
  /** True when some other holder (another socket, another instance) has a state under this id. */
  readonly heldByOthers: (clientId: number) => boolean;
}

/** An awareness update already validated by protocol.ts, as entries. */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), json: decoding.readVarString(decoder) });
  }
  return entries;
}

function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

export function guardAwareness(
  update: Uint8Array,
  ownership: AwarenessOwnership,
  limits: { maxAwarenessBytes: number; awarenessClientsPerSocket: number },
  access: 'read' | 'write' = 'write',
): AwarenessVerdict {
  if (update.byteLength > limits.maxAwarenessBytes) {
    return { kind: 'too-large', reason: `awareness update too large: ${update.byteLength} bytes over the ${limits.maxAwarenessBytes} limit` };
  }
  const entries = readAwarenessEntries(update);
  const allowed: AwarenessEntry[] = [];
  const dropped: number[] = [];
  let introduced = 0;
  for (const entry of entries) {
    if (ownership.own.has(entry.clientId)) {
      allowed.push(entry);
    } else if (!ownership.heldByOthers(entry.clientId) && ownership.own.size + introduced < limits.awarenessClientsPerSocket) {
      introduced++;
      allowed.push(entry);
    } else {
      dropped.push(entry.clientId);
    }
  }
  const stamped = stampViewing(allowed, access);
  const unchanged = dropped.length === 0 && stamped === allowed;
  return { kind: 'apply', update: unchanged ? update : encodeAwarenessEntries(stamped), dropped };
}
