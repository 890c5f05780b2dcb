// Cycles in a directed graph, named so they can be broken: the strongly connected components (Tarjan)
// and, for each, its shortest cycle through its first member. Pure: plain graphs in, plain cycles out.

/** A directed graph: each node and the nodes it points to (nodes only pointed to may be left out). */
export type Graph = ReadonlyMap<string, Iterable<string>>;

export interface Cycle {
  /** Every node of the strongly connected component, sorted: all of them must lose an edge or a node. */
  readonly members: readonly string[];
  /** One shortest cycle through the first member, first node repeated at the end: a → b → a. */
  readonly path: readonly string[];
}

const targets = (graph: Graph, node: string): Iterable<string> => graph.get(node) ?? [];

/** Strongly connected components with more than one node, or one node that imports itself. */
function tangledComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    lowLink.set(node, index.get(node) ?? 0);
    stack.push(node);
    onStack.add(node);
    for (const next of targets(graph, node)) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) lowLink.set(node, Math.min(lowLink.get(node) ?? 0, index.get(next) ?? 0));
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = [...targets(graph, node)].includes(node);
    if (component.length > 1 || selfLoop) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

/** Breadth-first from `start` back to itself, staying inside `members`. */
function shortestCycle(graph: Graph, start: string, members: ReadonlySet<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    for (const next of [...targets(graph, node)].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const chain: string[] = [];
        for (let step: string | undefined = node; step !== undefined && step !== start; step = cameFrom.get(step))
          chain.unshift(step);
        return [start, ...chain, start];
      }
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, node);
      queue.push(next);
    }
  }
  return [start, start];
}

/** Every cycle of `graph`, one per tangle, in a stable order. */
export function findCycles(graph: Graph): Cycle[] {
  return tangledComponents(graph)
    .map((members) => {
      const start = members[0] as string;
      return { members, path: shortestCycle(graph, start, new Set(members)) };
    })
    .sort((a, b) => (a.path[0] as string).localeCompare(b.path[0] as string));
}
