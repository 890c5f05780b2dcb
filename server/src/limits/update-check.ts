// Checks a decoded Yjs update against what the board already has, without applying it: is it a no-op
// (nothing new to store or relay), does it depend on edits the board lacks (missing predecessors: Yjs
// would keep it pending forever and send it to every joiner), or is it a delete of nothing (a zero-length
// delete range, which decodes fine but makes every peer's Yjs throw)? The board's knowledge is a state
// vector kept up to date with every accepted update, so a check costs a walk over the decoded structs.
import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type UpdateVerdict =
  | { readonly kind: 'new' }
  | { readonly kind: 'no-op' }
  | { readonly kind: 'missing-predecessors' }
  | { readonly kind: 'malformed'; readonly reason: string };

type Struct = DecodedUpdate['structs'][number];

/** The next clock the board expects from each client: its state vector, advanced by accepted updates. */
export class KnownClocks {
  private readonly clocks = new Map<number, number>();

  next(client: number): number {
    return this.clocks.get(client) ?? 0;
  }

  /** Takes in a state vector (after load, or the doc's when remote updates may have moved it). */
  merge(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) if (clock > this.next(client)) this.clocks.set(client, clock);
  }

  /** Records an accepted update: each client's clock moves to the end of its structs. */
  accept(update: DecodedUpdate): void {
    for (const struct of update.structs) {
      const end = struct.id.clock + struct.length;
      if (struct.constructor !== Y.Skip && end > this.next(struct.id.client)) this.clocks.set(struct.id.client, end);
    }
  }
}

/** `id` is known to the board or comes earlier in this update (`ends`: each client's end within it). */
function isAvailable(id: Y.ID | null, known: KnownClocks, ends: Map<number, number>): boolean {
  if (id === null) return true;
  return id.clock < Math.max(known.next(id.client), ends.get(id.client) ?? 0);
}

export function checkUpdate(update: DecodedUpdate, known: KnownClocks): UpdateVerdict {
  // Each client's structs come as one run in clock order; the run must start at or before what the board
  // has, and a Skip (a hole in a merged update) must cover clocks the board has already.
  const ends = new Map<number, number>();
  let anythingNew = false;
  for (const struct of update.structs as Struct[]) {
    const { client, clock } = struct.id;
    const reached = ends.get(client) ?? known.next(client);
    if (clock > reached) return { kind: 'missing-predecessors' };
    if (struct.constructor === Y.Skip) {
      if (clock + struct.length > known.next(client)) return { kind: 'missing-predecessors' };
      continue;
    }
    ends.set(client, Math.max(reached, clock + struct.length));
    if (clock + struct.length > known.next(client)) anythingNew = true;
  }
  for (const struct of update.structs as Struct[]) {
    if (!(struct instanceof Y.Item)) continue;
    const parent = struct.parent instanceof Y.ID ? struct.parent : null;
    if (!isAvailable(struct.origin, known, ends) || !isAvailable(struct.rightOrigin, known, ends) || !isAvailable(parent, known, ends)) {
      return { kind: 'missing-predecessors' };
    }
  }
  for (const [client, deletes] of update.ds.clients) {
    for (const range of deletes) {
      if (range.len <= 0) return { kind: 'malformed', reason: 'empty delete range' };
      // Deleting what the board does not have yet would wait in Yjs's pending delete set forever.
      if (range.clock + range.len > Math.max(known.next(client), ends.get(client) ?? 0)) return { kind: 'missing-predecessors' };
      anythingNew = true;
    }
  }
  return anythingNew ? { kind: 'new' } : { kind: 'no-op' };
}
