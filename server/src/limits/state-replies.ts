// Sync step 2 replies, built once per version of the board. A reply to "send me everything" (a joiner, or
// an attacker's four-byte request) is the board's whole state: for a 5 MB board each build made ~15 MB of
// short-lived buffers (the encoder's chunks, the message, its frame), and the relay's memory grew by 30-38
// MB under 100 requests from one socket, though only one reply was ever queued. Here a reply is keyed by
// what it would hold (the request's state vector cut to the board's clients and clocks, so a request
// padded with clients the board lacks asks for the same bytes) and built once until the board changes;
// every requester gets the same bytes, which the transport frames without copying. Any transaction on the
// doc (a fold of durable updates, another instance's update) drops them.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { encodeSyncStep2 } from '../protocol.js';

/** Distinct replies kept per version: the whole state and a few reconnecting clients' differences. */
const KEPT_REPLIES = 4;

export class StateReplies {
  private readonly replies = new Map<string, Uint8Array>();
  private observed: Y.Doc | null = null;

  /** `doc` returns the board with every durable update folded in (it may fold first). */
  constructor(private readonly doc: () => Y.Doc) {}

  /** The sync step 2 message answering a sync step 1 that carried `stateVector`. */
  reply(stateVector: Uint8Array): Uint8Array {
    const doc = this.current();
    const key = replyKey(doc, stateVector);
    let message = this.replies.get(key);
    if (message === undefined) {
      message = encodeSyncStep2(Y.encodeStateAsUpdate(doc, stateVector));
      if (this.replies.size >= KEPT_REPLIES) this.replies.delete(this.replies.keys().next().value as string);
      this.replies.set(key, message);
    }
    return message;
  }

  /** The size of the board's whole state encoded as one update (the board-size cap's exact measure). */
  wholeStateBytes(): number {
    const decoder = decoding.createDecoder(this.reply(EVERYTHING));
    decoding.readVarUint(decoder); // sync
    decoding.readVarUint(decoder); // step 2
    return decoding.readVarUint(decoder);
  }

  /** Replies kept now (tests). */
  get kept(): number {
    return this.replies.size;
  }

  private current(): Y.Doc {
    const doc = this.doc();
    if (doc !== this.observed) {
      this.observed?.off('afterTransaction', this.changed);
      doc.on('afterTransaction', this.changed);
      this.observed = doc;
      this.replies.clear();
    }
    return doc;
  }

  private readonly changed = (): void => {
    this.replies.clear();
  };
}

/** A state vector with no clients: asks for the whole board. */
const EVERYTHING = Y.encodeStateVector(new Y.Doc());

/** What a reply to `stateVector` holds: "" for the whole board, else each of the board's clients the request has part of. */
function replyKey(doc: Y.Doc, stateVector: Uint8Array): string {
  const parts: string[] = [];
  for (const [client, clock] of Y.decodeStateVector(stateVector)) {
    const held = Y.getState(doc.store, client);
    if (clock > 0 && held > 0) parts.push(`${client}:${Math.min(clock, held)}`);
  }
  return parts.sort().join(',');
}
