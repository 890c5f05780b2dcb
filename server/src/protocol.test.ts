// The "saved" message (type 100): a client's request decodes to its id, the relay's answer has the same
// shape, and anything else under type 100 is malformed (the room then closes the socket with 4400).
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { decodeClientMessage, encodeSavedMessage, MessageType } from './protocol.js';

function savedRequest(requestId: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SAVED);
  encoding.writeVarUint(encoder, requestId);
  return encoding.toUint8Array(encoder);
}

describe('saved message (type 100)', () => {
  it('is the one-byte type 100, not a y-websocket type', () => {
    expect(MessageType.SAVED).toBe(100);
    expect(Object.values(MessageType).filter((type) => type === 100)).toHaveLength(1);
  });

  it('decodes a request to its id, one-byte and multi-byte ids alike', () => {
    for (const requestId of [0, 1, 127, 128, 300, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
      expect(decodeClientMessage(savedRequest(requestId))).toEqual({ ok: true, message: { kind: 'saved-request', requestId } });
    }
  });

  it('encodes the answer as [100][varuint id], the bytes a request for that id has', () => {
    expect([...encodeSavedMessage(5)]).toEqual([100, 5]);
    expect([...encodeSavedMessage(300)]).toEqual([100, 0xac, 0x02]);
    for (const requestId of [0, 42, 1_000_000]) expect(encodeSavedMessage(requestId)).toEqual(savedRequest(requestId));
  });

  it.each([
    ['no id', Uint8Array.of(100)],
    ['an unterminated id', Uint8Array.of(100, 0x80, 0x80)],
    ['trailing bytes after the id', Uint8Array.of(100, 7, 0)],
    ['an id past 2^53', Uint8Array.of(100, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  ])('refuses a request with %s', (_name, frame) => {
    const decoded = decodeClientMessage(frame);
    expect(decoded.ok).toBe(false);
  });
});
