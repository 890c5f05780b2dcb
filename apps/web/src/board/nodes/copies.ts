// How many copies of a component the node shows: its instances and, for a store that carries the
// catalog's `readReplicas` trait, the read replicas beside them ("×1 +1 replica"). The board's value
// wins; unset, the kind's sourced default applies (0 for a relational primary), as in the engine.
import { getKind } from '@napkin/catalog';
import type { BoardComponent } from '@napkin/doc';

/** The read replicas this component runs with, or undefined when its kind has none to run. */
export function readReplicasOf(component: Pick<BoardComponent, 'kind' | 'params'>): number | undefined {
  const fallback = getKind(component.kind)?.traits.readReplicas?.value;
  if (fallback === undefined) return undefined;
  return component.params.readReplicas ?? fallback;
}

/** "+1 replica", "+3 replicas"; null when there are none to show. */
export function replicasText(replicas: number | undefined): string | null {
  if (replicas === undefined || replicas <= 0) return null;
  return `+${replicas.toLocaleString('en-US')} ${replicas === 1 ? 'replica' : 'replicas'}`;
}
