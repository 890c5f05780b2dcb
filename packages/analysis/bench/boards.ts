// Seeded random boards for the benchmark: clients, services, caches and stores in zones, 1.5 calls
// per component, each call going "downstream" (to a later component) so the graph is a DAG with diamonds.
// The calls into the last third of the board (about a third of them, near the leaves) retry once, with
// backoff, on a 50, 100 or 200 ms timeout, so the load ↔ latency fixed point runs (2 rounds on the 100
// board; 1 on the 1,000 board, where no retrying call is measurably late). Gentle on purpose: a
// retry re-sends its callee's whole subtree whenever anything in it fails or a tier below saturates, so
// retries over deep subtrees of a 1,000-component board doubled them (215 saturated tiers, 119 retry
// storms); here the retries add none (the 96 tiers the 1,000 board saturates without any retry stay).
// The timeouts come from a second generator, so the graph itself is the one earlier runs measured.
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
  const policy = seededRandom(seed + 7919);
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
    const retries = to >= (size * 2) / 3 ? 1 : 0;
    calls.push({
      id: `e${k}`,
      from: `n${from}`,
      to: `n${to}`,
      mode: random.next() < 0.1 ? 'async' : 'sync',
      timeoutMs: retries > 0 ? policy.oneOf([50, 100, 200]) : 500,
      ...(retries > 0 ? { retries, backoff: true } : {}),
      ...(random.next() < 0.3 ? { fraction: 0.5 } : {}),
      ...(random.next() < 0.2 ? { parallelGroup: 'p' } : {}),
      ...(random.next() < 0.1 ? { traffic: random.oneOf(['read', 'write'] as const) } : {}),
    });
  }
  withIssue14Features(random, components, calls);
  return { format: 'napkin-board', version: 1, title: `bench ${size}`, components, calls, zones };
}

/**
 * Issue 14's features, drawn after everything else: about one server in seven spreads its instances
 * over two zones of its region, and about a third of the callers with two synchronous calls of the same
 * fraction make them one alternative group (0.5 / 0.5, failing over), as a load balancer across zones.
 */
function withIssue14Features(random: ReturnType<typeof seededRandom>, components: BoardComponent[], calls: BoardCall[]): void {
  components.forEach((component, i) => {
    if (component.entry !== undefined || component.zone === undefined || random.next() >= 0.15) return;
    const region = component.zone.slice(0, component.zone.indexOf('z'));
    const first = Math.floor(random.next() * 3);
    const second = (first + 1 + Math.floor(random.next() * 2)) % 3;
    components[i] = { ...component, instances: Math.max(2, component.instances ?? 1), spread: `${region}z${first} ${region}z${second}` };
  });
  const byCaller = new Map<string, number[]>();
  calls.forEach((call, k) => {
    if (call.mode === 'sync') byCaller.set(call.from, [...(byCaller.get(call.from) ?? []), k]);
  });
  for (const indices of byCaller.values()) {
    const [a, b] = indices;
    if (a === undefined || b === undefined || random.next() >= 0.33) continue;
    const first = calls[a] as BoardCall;
    const second = calls[b] as BoardCall;
    if (first.fraction !== second.fraction || first.to === second.to) continue;
    calls[a] = { ...first, alternative: 'lb', share: 0.5 };
    calls[b] = { ...second, alternative: 'lb', share: 0.5 };
  }
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
