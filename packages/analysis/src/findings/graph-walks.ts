// Walks over the board's graph that the linter's structural findings read: the request path, what any
// entry point reaches at all, and the deepest synchronous chain.
import type { ComponentId, Graph, ResolvedCall } from '../model/graph';
import { topoPositions } from '../model/graph';

/**
 * Components reached from an entry point by synchronous, non-optional calls (the request path), and the
 * brokers a publish on that path waits for: the request fails when the broker cannot acknowledge, but
 * the broker's consumers work after the request, so the path stops at the broker.
 */
export function requiredPath(graph: Graph): Set<ComponentId> {
  const reached = new Set<ComponentId>();
  const acknowledging = new Set<ComponentId>();
  for (const id of graph.topoOrder) {
    const component = graph.byId.get(id);
    if (component?.entry === undefined && !reached.has(id)) continue;
    reached.add(id);
    for (const call of graph.outgoing.get(id) ?? []) {
      if (call.optional) continue;
      if (call.mode === 'sync') reached.add(call.to);
      else if (call.waitsForAck) acknowledging.add(call.to);
    }
  }
  for (const id of acknowledging) reached.add(id);
  return reached;
}

export function reachedAtAll(graph: Graph): Set<ComponentId> {
  const reached = new Set<ComponentId>();
  for (const id of graph.topoOrder) {
    if (graph.byId.get(id)?.entry === undefined && !reached.has(id)) continue;
    reached.add(id);
    for (const call of graph.outgoing.get(id) ?? []) reached.add(call.to);
  }
  return reached;
}

/** Longest synchronous chain (in hops) from any entry point, with the calls along it. */
export function deepestChain(graph: Graph): { depth: number; calls: ResolvedCall[] } {
  // Depth and the first call of the deepest chain below each component, by topological position (no
  // maps of the board's size per analysis); the chain is rebuilt once at the end. A callee comes after
  // its callers in that order, so walking it backwards finds every callee's depth already set.
  const order = graph.topoOrder;
  const position = topoPositions(graph);
  const depth = new Int32Array(order.length);
  const next = new Array<ResolvedCall | undefined>(order.length).fill(undefined);
  const depthOf = (id: ComponentId): number => {
    const at = position.get(id);
    return at === undefined ? 0 : (depth[at] as number);
  };
  for (let at = order.length - 1; at >= 0; at--) {
    let best = 0;
    for (const call of graph.outgoing.get(order[at] as ComponentId) ?? []) {
      if (call.mode !== 'sync') continue;
      const below = depthOf(call.to) + 1;
      if (below > best) {
        best = below;
        next[at] = call;
      }
    }
    depth[at] = best;
  }
  const nextOf = (id: ComponentId): ResolvedCall | undefined => {
    const at = position.get(id);
    return at === undefined ? undefined : next[at];
  };
  let start: ComponentId | null = null;
  for (const component of graph.components) {
    if (component.entry !== undefined && depthOf(component.id) > (start === null ? 0 : depthOf(start))) start = component.id;
  }
  const calls: ResolvedCall[] = [];
  for (let call = start === null ? undefined : nextOf(start); call !== undefined; call = nextOf(call.to)) calls.push(call);
  return { depth: calls.length, calls };
}
