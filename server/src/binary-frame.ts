// Server-to-client WebSocket binary frames (RFC 6455 §5.2: FIN, opcode 2, unmasked), built once per
// message. A room sends the same message to every peer; framed by `ws`, each send would build its own
// header and go out through the stream's cork/writev path. Framed here, the header and payload are one
// buffer written to every peer's socket as it is.
//
// Only for sockets whose `ws` sender never holds frames back (no permessage-deflate, no Blob payloads):
// then every `ws` frame (sync replies, pings, the close frame) is written to the socket synchronously, so
// frames written here and there stay whole and in order.

const OPCODE_BINARY_FIN = 0x82;
const SHORT_LIMIT = 126;
const MEDIUM_LIMIT = 65536;

/** Bytes the header of an unmasked frame takes for a payload of `length` bytes. */
const headerLength = (length: number): number => (length < SHORT_LIMIT ? 2 : length < MEDIUM_LIMIT ? 4 : 10);

/** The whole frame for `payload`, header first, in one allocation. */
export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const offset = headerLength(length);
  const frame = Buffer.allocUnsafe(offset + length);
  frame[0] = OPCODE_BINARY_FIN;
  if (offset === 2) frame[1] = length;
  else if (offset === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, offset);
  return frame;
}

/**
 * Remembers the frame of the last message framed, so a broadcast (the same message sent to every peer in
 * one loop) frames it once. Keyed by identity: messages are never changed once handed to a socket.
 */
export class LastFrameCache {
  private message: Uint8Array | null = null;
  private frame: Buffer | null = null;

  frameOf(message: Uint8Array): Buffer {
    if (message === this.message && this.frame !== null) return this.frame;
    const frame = encodeBinaryFrame(message);
    this.message = message;
    this.frame = frame;
    return frame;
  }
}
