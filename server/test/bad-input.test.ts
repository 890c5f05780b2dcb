// Bad input closes only the offending socket, with the documented code and a logged reason, and never
// reaches the document or storage; the room's other clients carry on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../src/close-codes.js';
import { createMemoryLogger } from '../src/logger.js';
import { connectClient, newBoardId, roomUrl, startTestRelay, stateOf, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

const MAX_FRAME_BYTES = 4096;

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

const BAD_FRAMES: ReadonlyArray<readonly [string, Uint8Array | string]> = [
  ['unknown message type', Uint8Array.of(7, 1, 2, 3)],
  ['unterminated varint', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)],
  ['empty frame', new Uint8Array(0)],
  ['garbage Yjs update', syncFrame(2, Uint8Array.of(1, 200, 3, 9, 9, 9, 0xff, 0xff, 0x01))],
  ['garbage sync step 2', syncFrame(1, Uint8Array.of(5, 5, 5, 5))],
  ['unknown sync type', syncFrame(9, new Uint8Array(0))],
  ['awareness with bad JSON', Uint8Array.of(1, 6, 1, 42, 1, 2, 123, 120)],
  ['saved request with trailing bytes', Uint8Array.of(100, 1, 0)],
  ['saved request with an unterminated id', Uint8Array.of(100, 0x80)],
  ['saved request without an id', Uint8Array.of(100)],
  ['text frame', 'hello'],
];

/** `withLink` false: no token (for ids no link can be issued to). */
async function sendAndAwaitClose(url: string, boardId: string, frame: Uint8Array | string, withLink = true): Promise<number> {
  const socket = new WebSocket(withLink ? await roomUrl(url, boardId) : `${url.replace('http', 'ws')}/ws/${boardId}`);
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.once('error', () => undefined);
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(frame);
  return closed;
}

describe('bad input', () => {
  let relay: TestRelay;
  const logger = createMemoryLogger();
  const clients: TestClient[] = [];
  beforeEach(async () => {
    logger.lines.length = 0;
    relay = await startTestRelay({ logger, maxFrameBytes: MAX_FRAME_BYTES });
  });
  afterEach(async () => {
    for (const created of clients.splice(0)) created.destroy();
    await relay.dispose();
  });

  it.each(BAD_FRAMES)('%s closes only that socket with 4400 and leaves the board untouched', async (_name, frame) => {
    const boardId = newBoardId();
    const good = connectClient(relay.url, boardId);
    clients.push(good);
    await waitForSynced(good);
    good.map.set('before', 1);

    expect(await sendAndAwaitClose(relay.url, boardId, frame)).toBe(CloseCode.MALFORMED_MESSAGE);
    expect(logger.lines.some((line) => line.includes('malformed') || line.includes('text frames'))).toBe(true);

    // The good client is still connected and its edits still flow to a newcomer.
    good.map.set('after', 2);
    const newcomer = connectClient(relay.url, boardId);
    clients.push(newcomer);
    await waitFor(() => newcomer.map.get('after') === 2, 'newcomer sees edits made after the bad frame');
    expect(good.provider.wsconnected).toBe(true);
    expect(stateOf(newcomer.doc)).toEqual({ before: 1, after: 2 });
  });

  it('an oversized frame closes only that socket with 1009', async () => {
    const boardId = newBoardId();
    const good = connectClient(relay.url, boardId);
    clients.push(good);
    await waitForSynced(good);

    const oversized = syncFrame(2, new Uint8Array(MAX_FRAME_BYTES * 2));
    expect(await sendAndAwaitClose(relay.url, boardId, oversized)).toBe(CloseCode.MESSAGE_TOO_BIG);
    await waitFor(() => logger.lines.some((line) => line.includes('websocket error')), 'reason logged');

    good.map.set('still', 'working');
    const newcomer = connectClient(relay.url, boardId);
    clients.push(newcomer);
    await waitFor(() => newcomer.map.get('still') === 'working', 'room carries on');
    expect(good.provider.wsconnected).toBe(true);
  });

  it('an invalid board id is refused with 4404', async () => {
    expect(await sendAndAwaitClose(relay.url, 'short', Uint8Array.of(0, 0, 1, 0), false)).toBe(CloseCode.INVALID_BOARD_ID);
    expect(await sendAndAwaitClose(relay.url, 'has.dots.and.more.than.16', Uint8Array.of(0), false)).toBe(CloseCode.INVALID_BOARD_ID);
  });
});
