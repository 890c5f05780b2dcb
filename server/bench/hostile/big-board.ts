// The amplification scenario's target: a board of about 5 MB, written by an ordinary y-websocket client
// as five 1 MB strings (five updates, each within NAPKIN_MAX_UPDATE_BYTES, the whole within the board cap
// and the socket's byte burst). The writer stays connected, as the board's owner would be, so the board
// stays in the relay's memory through the measurement and the attack does not pay for loading it.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { tokenParams } from '../../src/access/link-client.js';
import { sleep } from './hostile-relays.js';

const PIECE_CHARS = 1_000_000;

export interface BigBoard {
  /** The board's content in bytes, as a joiner received it. */
  readonly bytes: number;
  close(): void;
}

function connect(url: string, boardId: string, token: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(`${url.replace('http', 'ws')}/ws`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: tokenParams(token),
  });
}

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const contentBytes = (doc: Y.Doc): number => [...doc.getMap<string>('pieces').values()].reduce((sum, piece) => sum + piece.length, 0);

/** Writes about `bytes` into `boardId` and returns once a fresh joiner receives all of it from the relay. */
export async function buildBigBoard(url: string, boardId: string, token: string, bytes: number): Promise<BigBoard> {
  const doc = new Y.Doc();
  const writer = connect(url, boardId, token, doc);
  await until(() => writer.synced, 'the writer to sync');
  const pieces = doc.getMap<string>('pieces');
  for (let index = 0; index * PIECE_CHARS < bytes; index++) {
    // A different character per piece, so no two pieces are alike (nothing in the path compresses, but
    // the board should not look degenerate to anyone reading a dump of it).
    pieces.set(`piece-${index}`, String.fromCharCode(97 + (index % 26)).repeat(PIECE_CHARS));
  }
  const written = contentBytes(doc);
  // A joiner gets the relay's durable state, then every update made durable after its sync: once it holds
  // everything, so does the relay's copy of the board.
  const joinerDoc = new Y.Doc();
  const joiner = connect(url, boardId, token, joinerDoc);
  try {
    await until(() => joiner.synced && contentBytes(joinerDoc) === written, 'a joiner to receive the whole board');
  } finally {
    joiner.destroy();
    joinerDoc.destroy();
  }
  return {
    bytes: written,
    close: () => {
      writer.destroy();
      doc.destroy();
    },
  };
}
