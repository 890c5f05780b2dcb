// The mode a call drawn on the board starts with: what the arrow usually means between those two kinds
// (`defaultCallMode` in @napkin/catalog). An arrow into a queue, stream or pub/sub topic is a publish
// (async: the caller waits for the acknowledgement only), one from a store into its replica is
// replication, anything else a synchronous call. The inspector changes it like any other field.
import { defaultCallMode, getKind } from '@napkin/catalog';
import type { CallMode } from '@napkin/doc';

export function newCallMode(components: readonly { readonly id: string; readonly kind: string }[], from: string, to: string): CallMode {
  const kindOf = (id: string) => {
    const kind = components.find((component) => component.id === id)?.kind;
    return kind === undefined ? undefined : getKind(kind);
  };
  return defaultCallMode(kindOf(from), kindOf(to)).mode;
}
