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

/** The header of an unmasked, final binary frame carrying `length` bytes. */
function frameHeader(length: number): Buffer {
  if (length < SHORT_LIMIT) return Buffer.from([OPCODE_BINARY_FIN, length]);
  if (length < MEDIUM_LIMIT) {
    const header = Buffer.allocUnsafe(4);
    header[0] = OPCODE_BINARY_FIN;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = OPCODE_BINARY_FIN;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/** The whole frame for `payload`, header first. */
export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const header = frameHeader(payload.byteLength);
  const frame = Buffer.allocUnsafe(header.byteLength + payload.byteLength);
  frame.set(header, 0);
  frame.set(payload, header.byteLength);
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
