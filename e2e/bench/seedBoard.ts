// A deterministic large board for the frame-time benchmark: one client and `size − 1` servers of mixed
// kinds in a grid, wired as a tree (each component called by one earlier one), so the engine has real
// flows, utilisation and findings to compute and every node shows live badges.
import type { Board, ComponentId } from '@napkin/doc';
import { seededRandom } from '@napkin/testkit';

const KINDS = [
  'load-balancer-l7',
  'stateless-service',
  'in-memory-cache',
  'relational-primary',
  'message-queue',
  'worker',
  'key-value-store',
  'object-storage',
] as const;

const COLUMNS = 20;
const SPACING = { x: 320, y: 150 } as const;
/** Where the first component (the one the benchmark drags) sits: in view, right of the palette. */
export const ORIGIN = { x: 300, y: 60 } as const;
export const DRAGGED_NAME = 'Drag me';

/** Seeded so every run (and both modes of one run) draws the same board. */
export function seedLargeBoard(board: Board, size: number, seed: number): void {
  const random = seededRandom(seed);
  board.batch(() => {
    const ids: ComponentId[] = [];
    for (let index = 0; index < size; index += 1) {
      const x = ORIGIN.x + (index % COLUMNS) * SPACING.x;
      const y = ORIGIN.y + Math.floor(index / COLUMNS) * SPACING.y;
      const isClient = index === 1;
      const kind = isClient ? 'web-client' : random.pick(KINDS) ?? 'stateless-service';
      const name = index === 0 ? DRAGGED_NAME : `${kind} ${index}`;
      const id = board.addComponent({ kind, name, x, y, instances: 1 + random.int(3) });
      if (isClient) board.updateComponent(id, { entry: { rps: 500 } });
      ids.push(id);
    }
    // Component i (i ≥ 2) is called by a random earlier server or by the client, so everything is reached.
    for (let index = 2; index < size; index += 1) {
      const callerIndex = index < 8 ? 1 : 2 + random.int(index - 2);
      const from = ids[callerIndex];
      const to = ids[index];
      if (from && to) board.addCall({ from, to, mode: random.next() < 0.85 ? 'sync' : 'async' });
    }
    const first = ids[0];
    const client = ids[1];
    if (first && client) board.addCall({ from: client, to: first, mode: 'sync' });
  });
}
