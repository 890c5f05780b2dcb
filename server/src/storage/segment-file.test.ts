// A segment file holds exactly the bytes appended to it, followed by zeros, whether it is written with
// direct I/O (whole aligned blocks, the partial tail block rewritten) or buffered; after a reopen from
// what is on disk the appends carry on where the data ended.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/harness.js';
import { SegmentFile } from './segment-file.js';

const EMPTY = { end: 0, size: 0, tail: new Uint8Array(0) };

/** Deterministic, never-zero bytes, so a lost or shifted byte cannot hide among zeros. */
function record(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => ((seed * 31 + i * 7) % 255) + 1);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}

async function appendAll(file: SegmentFile, parts: readonly Uint8Array[]): Promise<void> {
  for (const part of parts) {
    await file.reserve(part.byteLength);
    file.appendSync(part);
  }
}

describe.each([
  { mode: 'direct', preferDirect: true },
  { mode: 'buffered', preferDirect: false },
])('segment file ($mode)', ({ preferDirect }) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function freshPath(): Promise<string> {
    const dir = await makeTempDir();
    cleanups.push(() => dir.remove());
    return join(dir.path, 'segment.wal');
  }

  it('holds the appended bytes in order, across block boundaries, then zeros', async () => {
    const path = await freshPath();
    const file = await SegmentFile.open(path, EMPTY, preferDirect);
    // Sizes that straddle 4 KiB blocks, fill one exactly, and span several.
    const parts = [100, 3996, 4096, 1, 9000, 77, 4095].map((length, seed) => record(length, seed));
    await appendAll(file, parts);
    await file.close();
    const expected = concat(parts);
    const onDisk = await readFile(path);
    expect(file.bytes).toBe(expected.byteLength);
    expect(onDisk.subarray(0, expected.byteLength).equals(expected)).toBe(true);
    expect(onDisk.subarray(expected.byteLength).every((byte) => byte === 0)).toBe(true);
    expect(onDisk.byteLength).toBeGreaterThan(expected.byteLength); // zero-filled ahead
  });

  it('reopened from what is on disk, carries on after the data without disturbing it', async () => {
    const path = await freshPath();
    const first = [record(5000, 1), record(123, 2)];
    const file = await SegmentFile.open(path, EMPTY, preferDirect);
    await appendAll(file, first);
    await file.close();

    const onDisk = await readFile(path);
    const end = 5123;
    const reopened = await SegmentFile.open(path, { end, size: onDisk.byteLength, tail: onDisk.subarray(end - (end % 4096), end) }, preferDirect);
    const second = [record(4000, 3), record(1_500_000, 4), record(300, 5)]; // a huge one (own staging, more zero-filled space), then a small one after it
    await appendAll(reopened, second);
    await reopened.close();

    const expected = concat([...first, ...second]);
    const after = await readFile(path);
    expect(after.subarray(0, expected.byteLength).equals(expected)).toBe(true);
    expect(after.subarray(expected.byteLength).every((byte) => byte === 0)).toBe(true);
  });
});
