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

/** Writes the frame header for a payload of `length` bytes at `at`; returns where the payload goes. */
function writeHeader(target: Buffer, at: number, length: number): number {
  const offset = headerLength(length);
  target[at] = OPCODE_BINARY_FIN;
  if (offset === 2) target[at + 1] = length;
  else if (offset === 4) {
    target[at + 1] = 126;
    target.writeUInt16BE(length, at + 2);
  } else {
    target[at + 1] = 127;
    target.writeBigUInt64BE(BigInt(length), at + 2);
  }
  return at + offset;
}

/** The whole frame for `payload`, header first, in one allocation. */
export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(headerLength(payload.byteLength) + payload.byteLength);
  frame.set(payload, writeHeader(frame, 0, payload.byteLength));
  return frame;
}

/** The header alone, for a payload written after it as it is (a large payload is then never copied). */
export function encodeBinaryFrameHeader(payloadLength: number): Buffer {
  const header = Buffer.allocUnsafe(headerLength(payloadLength));
  writeHeader(header, 0, payloadLength);
  return header;
}

/**
 * One frame per payload, back to back in one buffer: several messages reach a peer with one write, and
 * its WebSocket reads them as separate messages, in order.
 */
export function encodeBinaryFrames(payloads: readonly Uint8Array[]): Buffer {
  let total = 0;
  for (const payload of payloads) total += headerLength(payload.byteLength) + payload.byteLength;
  const frames = Buffer.allocUnsafe(total);
  let at = 0;
  for (const payload of payloads) {
    const payloadAt = writeHeader(frames, at, payload.byteLength);
    frames.set(payload, payloadAt);
    at = payloadAt + payload.byteLength;
  }
  return frames;
}

/**
 * Remembers the frames of the last message (or list of messages) framed, so a broadcast (the same message
 * sent to every peer in one loop) frames it once. Keyed by identity: messages are never changed once
 * handed to a socket. Frames larger than `maxKeptBytes` (a big board's sync reply, sent to one socket) are
 * returned and not kept.
 */
export class LastFrameCache {
  private message: Uint8Array | readonly Uint8Array[] | null = null;
  private frame: Buffer | null = null;

  constructor(private readonly maxKeptBytes: number) {}

  frameOf(message: Uint8Array): Buffer {
    if (message === this.message && this.frame !== null) return this.frame;
    return this.remember(message, encodeBinaryFrame(message));
  }

  framesOf(messages: readonly Uint8Array[]): Buffer {
    if (messages === this.message && this.frame !== null) return this.frame;
    return this.remember(messages, encodeBinaryFrames(messages));
  }

  private remember(message: Uint8Array | readonly Uint8Array[], frame: Buffer): Buffer {
    if (frame.byteLength > this.maxKeptBytes) return frame; // the kept frame, if any, stays
    this.message = message;
    this.frame = frame;
    return frame;
  }
}
