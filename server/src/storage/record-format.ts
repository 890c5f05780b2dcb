// On-disk record framing shared by the log and the snapshot file:
//   [u32 LE payload length][u32 LE CRC32 of payload][payload bytes]
// The length lets a reader find the next record; the checksum tells a complete record from a torn or
// bit-rotted one, so recovery can keep exactly the records that were fully written.
import { crc32 } from 'node:zlib';

export const RECORD_HEADER_BYTES = 8;
/** A single Yjs update above this is refused on read as corruption (the relay's frame limit is far lower). */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

export function encodeRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.byteLength);
  record.writeUInt32LE(payload.byteLength, 0);
  record.writeUInt32LE(crc32(payload), 4);
  record.set(payload, RECORD_HEADER_BYTES);
  return record;
}

/** Frames many payloads into one buffer so a group commit is a single write. */
export function encodeRecords(payloads: readonly Uint8Array[]): Buffer {
  return Buffer.concat(payloads.map(encodeRecord));
}

export interface DecodedRecords {
  readonly payloads: Uint8Array[];
  /** Bytes covered by complete, checksummed records; anything after is torn or corrupt. */
  readonly validBytes: number;
}

/** Reads records until the end or the first incomplete / mismatching one. */
export function decodeRecords(bytes: Uint8Array): DecodedRecords {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const payloads: Uint8Array[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= view.byteLength) {
    const length = view.readUInt32LE(offset);
    const checksum = view.readUInt32LE(offset + 4);
    const end = offset + RECORD_HEADER_BYTES + length;
    if (length > MAX_RECORD_BYTES || end > view.byteLength) break;
    const payload = view.subarray(offset + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    payloads.push(new Uint8Array(payload));
    offset = end;
  }
  return { payloads, validBytes: offset };
}
