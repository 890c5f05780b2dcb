import { describe, expect, it } from 'vitest';
import { decodeRecords, encodeRecord, encodeRecords } from './record-format.js';

describe('record format', () => {
  it('round-trips payloads, including empty ones', () => {
    const payloads = [Uint8Array.of(1, 2, 3), new Uint8Array(0), new Uint8Array(1000).fill(9)];
    const { payloads: decoded, validBytes } = decodeRecords(encodeRecords(payloads));
    expect(decoded).toEqual(payloads);
    expect(validBytes).toBe(3 * 8 + 1003);
  });

  it('stops at every possible truncation point without throwing', () => {
    const bytes = encodeRecords([Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5)]);
    const firstRecord = encodeRecord(Uint8Array.of(1, 2, 3)).byteLength;
    for (let cut = 0; cut < bytes.byteLength; cut++) {
      const { payloads, validBytes } = decodeRecords(bytes.subarray(0, cut));
      expect(validBytes).toBe(cut >= firstRecord ? firstRecord : 0);
      expect(payloads).toHaveLength(cut >= firstRecord ? 1 : 0);
    }
  });

  it('refuses a record whose length field is absurd', () => {
    const bytes = Buffer.alloc(16);
    bytes.writeUInt32LE(0xffffffff, 0);
    expect(decodeRecords(bytes)).toEqual({ payloads: [], validBytes: 0 });
  });
});
