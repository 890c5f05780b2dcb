// What a socket with read access may not send. The guard runs on the decoded message (protocol.ts decodes
// every frame fully before anything else looks at it), so the encoding a reader picks (non-canonical
// varints, odd sub-types, which decode fails on) changes nothing: what the room would act on is what is
// judged. Any update message is a write, an empty one included. A sync step 2 is every client's answer to
// the relay's step 1, so it is allowed when it holds nothing the room lacks: no struct past the room's
// state vector and no deletion the room has not made already (a reader's reconnect resends its whole
// delete set, which the room has).
import * as Y from 'yjs';
import type { ClientMessage } from '../protocol.js';

export type ReaderVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const allowed: ReaderVerdict = { ok: true };

/** Whether a reader may send `message` to a room whose document is `doc`. */
export function judgeReaderMessage(message: ClientMessage, doc: Y.Doc): ReaderVerdict {
  switch (message.kind) {
    case 'update':
      return { ok: false, reason: 'read-only link sent an update' };
    case 'sync-step-2':
      return changesDoc(message.update, doc) ? { ok: false, reason: 'read-only link sent content in sync step 2' } : allowed;
    case 'sync-step-1':
    case 'awareness':
    case 'query-awareness':
    case 'saved-request':
      return allowed;
  }
}

/** True when applying `update` could change `doc`: new structs, or deletions `doc` does not hold. */
function changesDoc(update: Uint8Array, doc: Y.Doc): boolean {
  const missing = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  if (missing.structs.length > 0) return true;
  if (missing.ds.clients.size === 0) return false;
  const held = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of missing.ds.clients) {
    const heldRanges = held.clients.get(client) ?? [];
    for (const range of ranges) {
      if (range.len === 0) continue;
      const covered = heldRanges.some((h) => h.clock <= range.clock && range.clock + range.len <= h.clock + h.len);
      if (!covered) return true;
    }
  }
  return false;
}
