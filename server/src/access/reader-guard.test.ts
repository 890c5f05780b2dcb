import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { judgeReaderMessage } from './reader-guard.js';

/** A room's doc with an item made and deleted, and a reader's copy of it. */
function roomAndReader(): { room: Y.Doc; reader: Y.Doc } {
  const room = new Y.Doc();
  room.getMap('m').set('kept', 1);
  room.getMap('m').set('gone', 2);
  room.getMap('m').delete('gone');
  const reader = new Y.Doc();
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(room));
  return { room, reader };
}

describe('what a reader may send', () => {
  it('may answer sync step 1 with nothing new, or with its whole copy (deletions included) of the room', () => {
    const { room, reader } = roomAndReader();
    expect(judgeReaderMessage({ kind: 'sync-step-2', update: Uint8Array.of(0, 0) }, room).ok).toBe(true);
    expect(judgeReaderMessage({ kind: 'sync-step-2', update: Y.encodeStateAsUpdate(reader) }, room).ok).toBe(true);
  });

  it('may not add content or deletions the room lacks, nor send any update, even an empty one', () => {
    const { room, reader } = roomAndReader();
    const before = Y.encodeStateVector(reader);
    reader.getMap('m').delete('kept');
    const deletion = Y.encodeStateAsUpdate(reader, before);
    expect(judgeReaderMessage({ kind: 'sync-step-2', update: deletion }, room).ok).toBe(false);
    reader.getMap('m').set('new', 3);
    expect(judgeReaderMessage({ kind: 'sync-step-2', update: Y.encodeStateAsUpdate(reader) }, room).ok).toBe(false);
    const empty = Uint8Array.of(0, 0);
    expect(judgeReaderMessage({ kind: 'update', update: empty, frame: empty, content: Y.decodeUpdate(empty) }, room).ok).toBe(false);
  });

  it('may ask for state, publish presence and ask about saves', () => {
    const { room } = roomAndReader();
    expect(judgeReaderMessage({ kind: 'sync-step-1', stateVector: Uint8Array.of(0) }, room).ok).toBe(true);
    expect(judgeReaderMessage({ kind: 'awareness', update: Uint8Array.of(0) }, room).ok).toBe(true);
    expect(judgeReaderMessage({ kind: 'query-awareness' }, room).ok).toBe(true);
    expect(judgeReaderMessage({ kind: 'saved-request', requestId: 1 }, room).ok).toBe(true);
  });
});
