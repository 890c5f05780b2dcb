// The selected components in the order they were selected, so "connect the two selected" draws the call
// from the first one picked to the second, as the person meant it. Kept in a ref: reading it never
// re-renders, and it is brought up to date on every render the selection may have changed in.
import type { Node } from '@xyflow/react';
import type { RefObject } from 'react';
import { useRef } from 'react';

export function useSelectionOrder(nodes: readonly Node[]): RefObject<readonly string[]> {
  const order = useRef<readonly string[]>([]);
  order.current = nextOrder(order.current, nodes);
  return order;
}

/** `previous` without what is no longer selected, then what was newly selected (in the nodes' order). */
export function nextOrder(previous: readonly string[], nodes: readonly Pick<Node, 'id' | 'type' | 'selected'>[]): readonly string[] {
  const selected = nodes.filter((node) => node.selected === true && node.type === 'component').map((node) => node.id);
  const now = new Set(selected);
  const kept = previous.filter((id) => now.has(id));
  const known = new Set(kept);
  const added = selected.filter((id) => !known.has(id));
  return added.length === 0 && kept.length === previous.length ? previous : [...kept, ...added];
}
