// Seeded random boards for the benchmark: clients, services, caches and stores in zones, 1.5 calls
// per component, each call going "downstream" (to a later component) so the graph is a DAG with diamonds.
import { seededRandom } from '@napkin/testkit';
import type { BoardCall, BoardComponent, BoardFile, BoardZone } from '../src/format/schema';

const SERVER_KINDS = [
  'stateless-service',
  'stateless-service',
  'in-memory-cache',
  'key-value-store',
  'relational-primary',
  'api-gateway',
  'third-party-api',
];

export function benchBoard(size: number, seed: number): BoardFile {
  const random = seededRandom(seed);
  const regions = 3;
  const zones: BoardZone[] = [];
  for (let r = 0; r < regions; r++) {
    zones.push({ id: `r${r}`, level: 'region' });
    for (let z = 0; z < 3; z++) zones.push({ id: `r${r}z${z}`, level: 'availability-zone', parent: `r${r}` });
  }
  const clients = Math.max(1, Math.round(size / 25));
  const components: BoardComponent[] = [];
  for (let i = 0; i < size; i++) {
    if (i < clients) {
      components.push({
        id: `n${i}`,
        kind: 'web-client',
        entry: { rps: 50 + Math.floor(random.next() * 500), readFraction: 0.8 },
      });
      continue;
    }
    components.push({
      id: `n${i}`,
      kind: random.oneOf(SERVER_KINDS),
      instances: 1 + Math.floor(random.next() * 4),
      zone: `r${Math.floor(random.next() * regions)}z${Math.floor(random.next() * 3)}`,
    });
  }
  const calls: BoardCall[] = [];
  const total = Math.round(size * 1.5);
  for (let k = 0; k < total; k++) {
    const from = Math.floor(random.next() * (size - 1));
    // Mostly short hops downstream, so chains are realistic rather than one giant fan-in.
    const to = Math.min(size - 1, Math.max(clients, from + 1 + Math.floor(random.next() * 20)));
    if (to <= from) continue;
    calls.push({
      id: `e${k}`,
      from: `n${from}`,
      to: `n${to}`,
      mode: random.next() < 0.1 ? 'async' : 'sync',
      timeoutMs: 500,
      ...(random.next() < 0.3 ? { fraction: 0.5 } : {}),
      ...(random.next() < 0.2 ? { parallelGroup: 'p' } : {}),
      ...(random.next() < 0.1 ? { traffic: random.oneOf(['read', 'write'] as const) } : {}),
    });
  }
  return { format: 'napkin-board', version: 1, title: `bench ${size}`, components, calls, zones };
}

/**
 * The floor: the least any analysis must do — index the components, order the graph topologically
 * (Kahn) and push load along every call once.
 */
export function topologicalPass(board: BoardFile): number {
  const index = new Map(board.components.map((component, i) => [component.id, i]));
  const n = board.components.length;
  const indegree = new Int32Array(n);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const weight: number[][] = Array.from({ length: n }, () => []);
  for (const call of board.calls) {
    const from = index.get(call.from);
    const to = index.get(call.to);
    if (from === undefined || to === undefined) continue;
    outgoing[from]?.push(to);
    weight[from]?.push((call.callsPerRequest ?? 1) * (call.fraction ?? 1));
    indegree[to] = (indegree[to] ?? 0) + 1;
  }
  const load = new Float64Array(n);
  board.components.forEach((component, i) => (load[i] = component.entry?.rps ?? 0));
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  let total = 0;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? 0;
    total += load[node] ?? 0;
    const targets = outgoing[node] ?? [];
    const weights = weight[node] ?? [];
    targets.forEach((to, k) => {
      load[to] = (load[to] ?? 0) + (load[node] ?? 0) * (weights[k] ?? 1);
      indegree[to] = (indegree[to] ?? 0) - 1;
      if (indegree[to] === 0) queue.push(to);
    });
  }
  return total;
}
