// Cycles and a topological order. The engine never loops over a cycle: it drops the call that closes
// it (the back edge of a depth-first search in board order, so the choice is deterministic) and reports it.
import type { Cycle, ResolvedCall } from './graph';
import type { CallId, ComponentId } from './graph';

export interface Topology {
  readonly order: readonly ComponentId[];
  readonly backEdges: ReadonlySet<CallId>;
  readonly cycles: readonly Cycle[];
}

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

export function topology(nodes: readonly ComponentId[], calls: readonly ResolvedCall[]): Topology {
  const outgoing = new Map<ComponentId, ResolvedCall[]>();
  for (const call of calls) {
    const list = outgoing.get(call.from);
    if (list) list.push(call);
    else outgoing.set(call.from, [call]);
  }
  const colour = new Map<ComponentId, number>();
  const postOrder: ComponentId[] = [];
  const backEdges = new Set<CallId>();
  const cycles: Cycle[] = [];
  // The path of calls from the DFS root, so a back edge can name its whole cycle.
  const pathCalls: ResolvedCall[] = [];

  // Iterative DFS: boards of thousands of components must not overflow the stack.
  for (const root of nodes) {
    if ((colour.get(root) ?? WHITE) !== WHITE) continue;
    const stack: Array<{ node: ComponentId; next: number }> = [{ node: root, next: 0 }];
    colour.set(root, GREY);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const edges = outgoing.get(frame.node) ?? [];
      const call = edges[frame.next];
      if (call === undefined) {
        colour.set(frame.node, BLACK);
        postOrder.push(frame.node);
        stack.pop();
        pathCalls.pop();
        continue;
      }
      frame.next += 1;
      const state = colour.get(call.to) ?? WHITE;
      if (state === WHITE) {
        colour.set(call.to, GREY);
        pathCalls.push(call);
        stack.push({ node: call.to, next: 0 });
      } else if (state === GREY) {
        backEdges.add(call.id);
        cycles.push(describeCycle(pathCalls, call));
      }
    }
  }
  return { order: postOrder.reverse(), backEdges, cycles };
}

function describeCycle(pathCalls: readonly ResolvedCall[], closing: ResolvedCall): Cycle {
  const start = pathCalls.findIndex((call) => call.from === closing.to);
  const around = [...(start < 0 ? [] : pathCalls.slice(start)), closing];
  return {
    calls: around.map((call) => call.id),
    components: around.map((call) => call.from),
    allSync: around.every((call) => call.mode === 'sync'),
  };
}
