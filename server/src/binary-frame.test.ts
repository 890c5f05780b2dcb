import type { EventEmitter } from 'node:events';
import * as wsModule from 'ws';
import { describe, expect, it } from 'vitest';
import { encodeBinaryFrame, encodeBinaryFrames, LastFrameCache } from './binary-frame.js';

/** `ws`'s own framing and parsing, which it exports but @types/ws does not declare. */
interface FrameOptions { fin: boolean; rsv1: boolean; opcode: number; mask: boolean; readOnly: boolean }
const { Sender, Receiver } = wsModule as unknown as {
  Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] };
  Receiver: new (options: { isServer: boolean }) => EventEmitter & { write(chunk: Buffer): void };
};

// Payload sizes on both sides of each length encoding: 7-bit, 16-bit and 64-bit (RFC 6455 §5.2).
const SIZES = [0, 1, 125, 126, 127, 65535, 65536, 70000];

const payloadOf = (size: number): Uint8Array => Uint8Array.from({ length: size }, (_, index) => (index * 31 + size) % 256);

/** What `ws` itself would put on the wire for the same message from a server. */
function framedByWs(payload: Uint8Array): Buffer {
  const parts = Sender.frame(Buffer.from(payload), { fin: true, rsv1: false, opcode: 2, mask: false, readOnly: false });
  return Buffer.concat(parts);
}

describe('encodeBinaryFrame', () => {
  it.each(SIZES)('frames %i bytes exactly as ws does', (size) => {
    const payload = payloadOf(size);
    expect(encodeBinaryFrame(payload).equals(framedByWs(payload))).toBe(true);
  });

  it('is read back by a ws client receiver as one binary message with the same bytes', async () => {
    const payload = payloadOf(300);
    const receiver = new Receiver({ isServer: false });
    const received = new Promise<{ data: Buffer; isBinary: boolean }>((resolve) =>
      receiver.on('message', (data: Buffer, isBinary: boolean) => resolve({ data, isBinary })),
    );
    receiver.write(encodeBinaryFrame(payload));
    const { data, isBinary } = await received;
    expect(isBinary).toBe(true);
    expect(Uint8Array.from(data)).toEqual(payload);
  });
});

describe('encodeBinaryFrames', () => {
  it('is each payload framed as ws does, back to back', () => {
    const payloads = SIZES.map(payloadOf);
    expect(encodeBinaryFrames(payloads).equals(Buffer.concat(payloads.map(framedByWs)))).toBe(true);
  });

  it('is read back by a ws client receiver as one message per payload, in order', () => {
    const payloads = [payloadOf(3), payloadOf(200), payloadOf(0), payloadOf(70000)];
    const receiver = new Receiver({ isServer: false });
    const received: Uint8Array[] = [];
    receiver.on('message', (data: Buffer) => received.push(Uint8Array.from(data)));
    receiver.write(encodeBinaryFrames(payloads));
    expect(received).toEqual(payloads);
  });
});

describe('LastFrameCache', () => {
  it('frames a message once for consecutive sends and anew for the next message', () => {
    const cache = new LastFrameCache(1024);
    const first = payloadOf(10);
    const second = payloadOf(10);
    const framed = cache.frameOf(first);
    expect(cache.frameOf(first)).toBe(framed);
    const other = cache.frameOf(second);
    expect(other).not.toBe(framed);
    expect(other.equals(framed)).toBe(true); // same bytes, a different message object
  });

  it('frames a list of messages once for consecutive sends of the same list', () => {
    const cache = new LastFrameCache(1024);
    const messages = [payloadOf(4), payloadOf(5)];
    const framed = cache.framesOf(messages);
    expect(cache.framesOf(messages)).toBe(framed);
    expect(framed.equals(encodeBinaryFrames(messages))).toBe(true);
    expect(cache.framesOf([...messages])).not.toBe(framed);
  });

  it('does not keep a frame larger than its limit: the next send frames anew, the same bytes', () => {
    const cache = new LastFrameCache(1024);
    const large = payloadOf(2000);
    const framed = cache.frameOf(large);
    expect(framed.equals(encodeBinaryFrame(large))).toBe(true);
    const again = cache.frameOf(large);
    expect(again).not.toBe(framed);
    expect(again.equals(framed)).toBe(true);
  });
});
