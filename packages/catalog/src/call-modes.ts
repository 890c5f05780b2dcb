// The mode a call takes when the board does not say: what people mean when they draw an arrow.
// An arrow into a broker (queue, stream, pub/sub topic) is a publish: the caller waits for the
// acknowledgement, and the consumers' work is lag, not request latency. An arrow from a store into
// its replica (a replica kind of it, or another box of the same store) is replication: the replica is
// a copy of the store, not a step of the request. Anything else is a synchronous call. The board's
// explicit mode always wins; this only chooses the starting value (the web app when an arrow is drawn,
// the Mermaid reader, the engine for a file that leaves `mode` out).
import { playbook, term } from './sourcing';
import type { KindSpec, Source } from './types';

export type DefaultCallMode = 'sync' | 'async' | 'replication';

export interface CallModeDefault {
  readonly mode: DefaultCallMode;
  /** Why: the trait or section the mode rests on; null for the plain synchronous call. */
  readonly source: Source | null;
}

/** Two boxes of the same store kind wired together: the second one copies the first. */
export const SAME_KIND_REPLICATION: Source = playbook('replication', {
  fact: term('Primary-Replica', 'one writer copying its data to readers'),
  note: 'A store wired to another box of its own kind is taken as its replica: a copy, not a request call.',
});

/** A store that holds data and can be copied: stateful, of the data family, not a cache. */
function isStore(kind: KindSpec): boolean {
  return (
    kind.family === 'data' &&
    kind.traits.stateful === true &&
    kind.traits.hitRatio === undefined
  );
}

/** The kind a replica kind copies, or the kind itself: what "the same store" means for replication. */
function storeOf(kind: KindSpec): string {
  return kind.traits.replicaOf?.value ?? kind.id;
}

/** The mode a call from `from` into `to` takes when nothing says otherwise, and why. */
export function defaultCallMode(from: KindSpec | undefined, to: KindSpec | undefined): CallModeDefault {
  if (to?.traits.asyncByDefault?.value === true) return { mode: 'async', source: to.traits.asyncByDefault.source };
  if (from && to && isStore(from) && isStore(to) && storeOf(from) === storeOf(to) && to.traits.replicaOf)
    return { mode: 'replication', source: to.traits.replicaOf.source };
  if (from && to && isStore(from) && isStore(to) && from.id === to.id) return { mode: 'replication', source: SAME_KIND_REPLICATION };
  return { mode: 'sync', source: null };
}
