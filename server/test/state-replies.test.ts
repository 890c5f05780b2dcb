// Sync replies built once per version of the board (src/limits/state-replies.ts): every request for the
// whole board gets the same bytes until the board changes, a request padded with clients the board lacks
// asks for the same bytes, and a reconnecting client still gets only what it lacks.
import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { StateReplies } from '../src/limits/state-replies.js';

/** The update inside a sync step 2 message. */
function updateIn(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 1]);
  return decoding.readVarUint8Array(decoder);
}

function boardWith(entries: number): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < entries; i++) doc.getMap('m').set(`k${i}`, 'x'.repeat(100));
  return doc;
}

/** An encoded state vector (the y-protocols format: count, then client and clock pairs). */
function stateVector(entries: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const [client, clock] of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

describe('StateReplies', () => {
  it('answers every whole-board request with the same bytes, padded ones included, until the board changes', () => {
    const board = boardWith(50);
    const replies = new StateReplies(() => board);
    const empty = Y.encodeStateVector(new Y.Doc());
    const first = replies.reply(empty);
    expect(replies.reply(empty)).toBe(first);
    expect(replies.reply(stateVector([[7, 1], [8, 5], [board.clientID, 0]]))).toBe(first);
    expect(updateIn(first)).toEqual(Y.encodeStateAsUpdate(board));
    expect(replies.wholeStateBytes()).toBe(Y.encodeStateAsUpdate(board).byteLength);

    board.getMap('m').set('late', 'y');
    const after = replies.reply(empty);
    expect(after).not.toBe(first);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, updateIn(after));
    expect(copy.getMap('m').get('late')).toBe('y');
  });

  it('gives a reconnecting client only what it lacks, and keeps a bounded number of replies', () => {
    const board = boardWith(20);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
    board.getMap('m').set('new', 'z');
    const replies = new StateReplies(() => board);
    const diff = updateIn(replies.reply(Y.encodeStateVector(client)));
    expect(diff.byteLength).toBeLessThan(Y.encodeStateAsUpdate(board).byteLength / 10);
    Y.applyUpdate(client, diff);
    expect(client.getMap('m').toJSON()).toEqual(board.getMap('m').toJSON());
    // Clients at many different points of the board's history: only the last few replies stay.
    const clock = Y.getState(board.store, board.clientID);
    for (let known = 1; known <= 10; known++) replies.reply(stateVector([[board.clientID, Math.floor((clock * known) / 11)]]));
    expect(replies.kept).toBeLessThanOrEqual(4);
  });
});
