// The y-websocket wire protocol as a tagged union, decoded once at the boundary. Decoding validates fully
// (a Yjs update is parsed with Y.decodeUpdate, an awareness update down to its JSON) so a malformed frame is
// refused before it can reach storage or the document. Type 100 ("saved") is ours, not y-websocket's: a
// client asks with it, and only a client that asked is ever answered with it (see README "Protocol").
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Top-level message types (first varuint of a frame). */
export const MessageType = {
  SYNC: 0,
  AWARENESS: 1,
  AUTH: 2,
  QUERY_AWARENESS: 3,
  /**
   * Client → relay `[100][requestId]`: "tell me once every update I sent on this socket before this is
   * durable". Relay → client `[100][requestId]`: they are; it also answers every earlier id of that socket.
   */
  SAVED: 100,
} as const;
/** Sync sub-types (second varuint of a SYNC frame), as in y-protocols/sync. */
export const SyncType = { STEP_1: 0, STEP_2: 1, UPDATE: 2 } as const;

export type ClientMessage =
  | { readonly kind: 'sync-step-1'; readonly stateVector: Uint8Array }
  /** Step 2 and update both carry a Yjs update; `frame` is the original bytes, forwarded as-is when possible. */
  | { readonly kind: 'sync-step-2'; readonly update: Uint8Array }
  /** `content`: the update decoded once here, checked against the board without decoding it again. */
  | { readonly kind: 'update'; readonly update: Uint8Array; readonly frame: Uint8Array; readonly content: DecodedUpdate }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'query-awareness' }
  | { readonly kind: 'saved-request'; readonly requestId: number };

export type DecodeResult = { readonly ok: true; readonly message: ClientMessage } | { readonly ok: false; readonly reason: string };

const fail = (reason: string): DecodeResult => ({ ok: false, reason });

function readPayloadToEnd(decoder: decoding.Decoder): Uint8Array {
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after payload');
  return payload;
}

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Parses an awareness update the way y-protocols will, without touching any Awareness instance. */
function validateAwarenessUpdate(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder); // client id
    decoding.readVarUint(decoder); // clock
    JSON.parse(decoding.readVarString(decoder));
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
}

export function decodeClientMessage(frame: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.SYNC: {
        const syncType = decoding.readVarUint(decoder);
        const payload = readPayloadToEnd(decoder);
        if (syncType === SyncType.STEP_1) {
          Y.decodeStateVector(payload);
          return { ok: true, message: { kind: 'sync-step-1', stateVector: payload } };
        }
        if (syncType === SyncType.STEP_2 || syncType === SyncType.UPDATE) {
          const content = Y.decodeUpdate(payload);
          return syncType === SyncType.STEP_2
            ? { ok: true, message: { kind: 'sync-step-2', update: payload } }
            : { ok: true, message: { kind: 'update', update: payload, frame, content } };
        }
        return fail(`unknown sync message type ${syncType}`);
      }
      case MessageType.AWARENESS: {
        const update = readPayloadToEnd(decoder);
        validateAwarenessUpdate(update);
        return { ok: true, message: { kind: 'awareness', update } };
      }
      case MessageType.QUERY_AWARENESS:
        if (decoding.hasContent(decoder)) return fail('trailing bytes after query-awareness');
        return { ok: true, message: { kind: 'query-awareness' } };
      case MessageType.SAVED: {
        const requestId = decoding.readVarUint(decoder);
        // lib0 reads a final byte past 2^53 without complaint; such an id could not be echoed back exactly.
        if (!Number.isSafeInteger(requestId)) return fail('saved request id out of range');
        if (decoding.hasContent(decoder)) return fail('trailing bytes after saved request');
        return { ok: true, message: { kind: 'saved-request', requestId } };
      }
      default:
        return fail(`unknown message type ${type}`);
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** `[SYNC][UPDATE][update]`: the frame every peer receives for a relayed update. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  encoding.writeVarUint(encoder, SyncType.UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  encoding.writeVarUint(encoder, SyncType.STEP_1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  encoding.writeVarUint(encoder, SyncType.STEP_2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** `[SAVED][requestId]`: the answer to a client's saved request (and to every earlier one of its socket). */
export function encodeSavedMessage(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SAVED);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}
