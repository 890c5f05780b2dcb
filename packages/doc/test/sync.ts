// Test harness: peers whose Y.Docs exchange updates directly, the way the relay would forward them.
import * as Y from 'yjs';

const REMOTE = Symbol('remote');

/** Sends each doc's updates to the other as they happen; returns a function that cuts the link. */
export function linkDocs(a: Y.Doc, b: Y.Doc): () => void {
  exchangeUpdates(a, b);
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(to, update, REMOTE);
  };
  const toB = forward(b);
  const toA = forward(a);
  a.on('update', toB);
  b.on('update', toA);
  return () => {
    a.off('update', toB);
    b.off('update', toA);
  };
}

/** One round of the sync protocol: each side sends what the other is missing. */
export function exchangeUpdates(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB, REMOTE);
  Y.applyUpdate(a, forA, REMOTE);
}

export function encodedSize(doc: Y.Doc): number {
  return Y.encodeStateAsUpdate(doc).byteLength;
}
