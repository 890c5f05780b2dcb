// Seeded random boards for the engine-vs-oracle property test: a request path through a load balancer,
// a choice of application zones, services, a cache and a store, using the issue 14 features a board is
// given (featuresOf: alternatives with failover, spread over zones, a zone or a component down, k of n,
// shedding behind a rate limiter, a saturated tier that does not shed, retries under timeouts, optional
// calls) and always fan-out, parallel
// groups, a cache and an asynchronous call, with the details (shares, failover, placements, fractions,
// fan-out, timeouts, latencies, availabilities at 90–99 %) drawn from the seed. Every
// parameter is set on the board, so neither side applies a default. Capacities are sized last, from
// the load the oracle measures, so each tier sits where the board wants it (k of n needs k, sheds at ρ > 1).
import type { BoardFile, BoardFileCall, BoardFileComponent, BoardFileZone } from '@napkin/fields';
import type { Random } from '@napkin/testkit';
import { seededRandom } from '@napkin/testkit';
import { simulate } from '../src/index';

/**
 * Which features a board must use (each one present when true); what is random within them (shares,
 * failover, which components spread, fractions, fan-out, timeouts...) comes from the seed.
 */
export interface Features {
  readonly alternatives: boolean;
  readonly spread: boolean;
  readonly zoneDown: boolean;
  readonly kOfN: boolean;
  readonly shedding: boolean;
  /** An optional call into a tier past its capacity that does not shed: those requests never answer. */
  readonly saturation: boolean;
  readonly retries: boolean;
  readonly optional: boolean;
  readonly componentDown: boolean;
  /** The cache calls two services on a miss. */
  readonly cacheCallees: boolean;
}

export const ALL_FEATURES: Features = { alternatives: true, spread: true, zoneDown: true, kOfN: true, shedding: true, saturation: true, retries: true, optional: true, componentDown: true, cacheCallees: true };

/**
 * The features of the b-th board of a suite: every one on at least two of any eight consecutive boards,
 * and off on some, so each is checked both ways whatever the seed.
 */
export function featuresOf(b: number): Features {
  return { alternatives: true, spread: true, zoneDown: b % 2 === 0, kOfN: b % 4 !== 1, shedding: b % 4 !== 2, saturation: b % 4 === 2, retries: b % 4 !== 3, optional: b % 2 === 1, componentDown: b % 4 === 1, cacheCallees: b % 3 !== 0 };
}

export interface RandomBoard {
  readonly board: BoardFile;
  /** Which features this board ended up using, for the suite's coverage check. */
  readonly uses: ReadonlySet<string>;
}

const between = (random: Random, low: number, high: number) => low + random.next() * (high - low);
const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/** Where each tier should sit: instances the load needs (k) and how far into the k-th instance. */
interface Sizing {
  readonly id: string;
  readonly needed: number;
  /** Load / capacity past saturation, for a tier the board overloads (one that sheds, or one that does not). */
  readonly overload?: number;
}

interface Draft {
  readonly components: BoardFileComponent[];
  readonly calls: BoardFileCall[];
  readonly zones: BoardFileZone[];
  readonly sizing: Sizing[];
  readonly uses: Set<string>;
}

function server(random: Random, id: string, kind: string, instances: number, placement: Partial<BoardFileComponent>, latency: [number, number]): BoardFileComponent {
  const p50 = round(between(random, latency[0], latency[1]), 3);
  return {
    id,
    kind,
    instances,
    ...placement,
    params: {
      // Sized later from the measured load; a placeholder large enough that nothing queues meanwhile.
      capacityRps: 1e9,
      p50Ms: p50,
      p99Ms: round(p50 * between(random, 2, 5), 3),
      availability: round(between(random, 0.9, 0.99)),
      shedsLoad: false,
      ...(kind === 'in-memory-cache' ? { hitRatio: round(between(random, 0.5, 0.9), 2), ttlSeconds: 300 } : {}),
      ...(kind === 'in-memory-cache' || kind === 'rate-limiter' ? { readReplicas: 0, replicationFactor: 1 } : {}),
    },
  };
}

function call(id: string, from: string, to: string, extra: Partial<BoardFileCall> = {}): BoardFileCall {
  return { id, from, to, mode: 'sync', callsPerRequest: 1, fraction: 1, traffic: 'all', retries: 0, backoff: false, optional: false, ...extra };
}

/** Zones eu-a, eu-b, eu-c inside region eu; a spread or a single frame for a component. */
function zonesAndPlacement(random: Random, features: Features, uses: Set<string>) {
  const zones: BoardFileZone[] = [
    { id: 'eu', level: 'region', availability: round(between(random, 0.998, 0.9999)), continent: 'europe', down: false },
    ...['eu-a', 'eu-b', 'eu-c'].map((id): BoardFileZone => ({ id, level: 'availability-zone', parent: 'eu', availability: round(between(random, 0.95, 0.99)), down: false })),
  ];
  const place = (instances: number, home: string): Partial<BoardFileComponent> => {
    if (features.spread && instances > 1 && random.next() < 0.6) {
      uses.add('spread');
      const counted = random.next() < 0.4;
      const other = home === 'eu-c' ? 'eu-a' : home === 'eu-a' ? 'eu-c' : random.oneOf(['eu-a', 'eu-c']);
      const spread = counted ? `${home}:${instances - 1} ${other}:1` : `${home} ${other}`;
      return { spread };
    }
    return { zone: home };
  };
  return { zones, place };
}

function draft(random: Random, features: Features): Draft {
  const uses = new Set<string>();
  const { zones, place } = zonesAndPlacement(random, features, uses);
  const components: BoardFileComponent[] = [
    { id: 'users', kind: 'web-client', entry: { rps: 1000, readFraction: round(between(random, 0.5, 0.95), 2), p99BudgetMs: 200, availabilityObjective: 0.999, payloadBytes: 0 } },
  ];
  const calls: BoardFileCall[] = [];
  const sizing: Sizing[] = [];
  const add = (component: BoardFileComponent, needed = 1, overload?: number) => {
    components.push(component);
    sizing.push({ id: component.id, needed, ...(overload === undefined ? {} : { overload }) });
  };
  add(server(random, 'lb', 'load-balancer-l7', 2, place(2, 'eu-a'), [0.2, 1]));
  calls.push(call('enter', 'users', 'lb'));

  // The application tier: one app, or a choice of apps in different zones. The first app's zone, eu-c,
  // is the one a what-if may take down, and no shared dependency lives only there.
  const homes = ['eu-c', 'eu-b', 'eu-a'];
  const appCount = features.alternatives ? 2 + random.int(2) : 1;
  const apps = homes.slice(0, appCount).map((home, i) => {
    const instances = 1 + random.int(2);
    add(server(random, `app-${i}`, 'stateless-service', instances, place(instances, home), [2, 10]));
    return `app-${i}`;
  });
  if (apps.length === 1) calls.push(call('route', 'lb', 'app-0'));
  else {
    uses.add('alternatives');
    const style = random.int(3);
    if (features.saturation) {
    uses.add('saturation');
    add(server(random, 'report', 'stateless-service', 1, place(1, 'eu-a'), [2, 8]), 1, round(between(random, 1.1, 1.5), 2));
  }
    apps.forEach((app, i) => {
      // active-active (equal, failover), weighted without failover, active-passive (primary 1, standby 0)
      const share = style === 0 ? round(1 / apps.length, 4) : style === 1 ? round(between(random, 0.2, 0.8), 2) : i === 0 ? 1 : 0;
      const failover = style === 1 ? random.next() < 0.3 : true;
      if (failover) uses.add('failover');
      calls.push(call(`route-${i}`, 'lb', app, { alternative: 'zones', share, failover }));
    });
  }

  // Shared dependencies of every app: two services, a cache before a store, an audit log taken asynchronously.
  add(server(random, 'profile', 'stateless-service', 2, place(2, 'eu-b'), [2, 12]));
  add(server(random, 'pricing', 'stateless-service', 1, place(1, 'eu-a'), [1, 8]));
  const kOfN = features.kOfN;
  if (kOfN) uses.add('k of n');
  add(server(random, 'store', 'stateless-service', 3, place(3, 'eu-a'), [1, 6]), kOfN ? 2 : 1);
  add(server(random, 'cache', 'in-memory-cache', 1, place(1, 'eu-b'), [0.2, 1]));
  add(server(random, 'audit', 'stateless-service', 1, place(1, 'eu-b'), [1, 5]));
  const shedding = features.shedding;
  if (shedding) {
    uses.add('shedding');
    add(server(random, 'limiter', 'rate-limiter', 1, place(1, 'eu-a'), [0.2, 1]));
    // Behind the limiter, over its capacity: it serves 1/ρ and rejects the rest.
    add(server(random, 'search', 'stateless-service', 2, place(2, 'eu-b'), [2, 8]), 2, round(between(random, 1.1, 1.5), 2));
  }

  apps.forEach((app, i) => {
    const parallel = random.next() < 0.7 ? 'fetch' : undefined;
    const fanOut = 2 + random.int(3);
    // The first app always retries when the board does; the others at random.
    const retries = features.retries && (i === 0 || random.next() < 0.7) ? 1 + random.int(2) : 0;
    calls.push(
      call(`${app}-profile`, app, 'profile', { parallelGroup: parallel, fraction: round(between(random, 0.6, 1), 2) }),
      // Fan-out to a leaf under a timeout: late attempts are retried.
      call(`${app}-pricing`, app, 'pricing', { parallelGroup: parallel, callsPerRequest: fanOut, timeoutMs: 0, retries }),
      call(`${app}-cache`, app, 'cache', { traffic: 'read' }),
      call(`${app}-write`, app, 'store', { traffic: 'write' }),
      call(`${app}-audit`, app, 'audit', { mode: 'async', fraction: round(between(random, 0.3, 1), 2) }),
    );
    if (shedding) calls.push(call(`${app}-search`, app, 'limiter', { fraction: round(between(random, 0.2, 0.6), 2), optional: random.next() < 0.5 }));
    // Optional, so the requests that make it still succeed or fail elsewhere, but never answer: 5–30 %
    // of the requests, well past 1 %, so the p99 is unbounded (a share near 1 % would sit on the edge).
    if (features.saturation) calls.push(call(`${app}-report`, app, 'report', { fraction: round(between(random, 0.05, 0.3), 2), optional: true }));
  });
  calls.push(call('miss', 'cache', 'store'));
  if (features.cacheCallees) {
    // A second call on the cache's miss path: one hit or miss per visit decides both.
    add(server(random, 'origin', 'stateless-service', 1, place(1, 'eu-b'), [1, 6]));
    calls.push(call('miss-origin', 'cache', 'origin', { fraction: round(between(random, 0.5, 1), 2) }));
    uses.add('cache with two callees');
  }
  // profile also reads the store: a diamond the engine must condition on.
  calls.push(call('profile-store', 'profile', 'store', { fraction: round(between(random, 0.2, 0.8), 2), optional: features.optional || random.next() < 0.3 }));
  if (shedding) {
    // Into the shedding tier: a fan-out (each copy an arrival of its own) and, from profile, a second
    // path, so a request may arrive there several times and needs each arrival admitted.
    const fanOut = 1 + random.int(3);
    calls.push(call('limit', 'limiter', 'search', { callsPerRequest: fanOut }));
    if (fanOut > 1) uses.add('shedding fan-out');
    if (random.next() < 0.6) {
      calls.push(call('profile-search', 'profile', 'limiter', { fraction: round(between(random, 0.2, 0.6), 2) }));
      uses.add('shedding second visit');
    }
  }
  uses.add('fan-out').add('parallel groups').add('caches').add('async').add('timeouts');
  if (calls.some((c) => c.optional === true)) uses.add('optional');
  if (calls.some((c) => (c.retries ?? 0) > 0)) uses.add('retries');
  return { components, calls, zones, sizing, uses };
}

/** Timeouts near the callee's tail (its own p99 × 0.8–1.5 plus the round trip): late now and then. */
function setTimeouts(random: Random, d: Draft): void {
  for (const c of d.calls) {
    if (c.timeoutMs !== 0) continue;
    const callee = d.components.find((component) => component.id === c.to);
    c.timeoutMs = round((callee?.params?.p99Ms ?? 10) * between(random, 0.8, 1.5) + 1, 3);
  }
}

/**
 * The what-if: the first app's zone (eu-c, where no shared dependency lives only) marked down, or a
 * second app marked down, so a choice's share fails over to the survivors or is lost.
 */
function setWhatIfs(d: Draft, features: Features): void {
  if (!d.uses.has('alternatives')) return;
  if (features.zoneDown) {
    const zone = d.zones.find((z) => z.id === 'eu-c');
    if (zone) zone.down = true;
    d.uses.add('zone down');
  }
  if (features.componentDown) {
    const app = d.components.find((c) => c.id === 'app-1');
    if (app) app.whatIf = { down: true, slowFactor: 1 };
    d.uses.add('component down');
  }
}

export function randomBoard(seed: number, features: Features = ALL_FEATURES): RandomBoard {
  const random = seededRandom(seed);
  const d = draft(random, features);
  setTimeouts(random, d);
  setWhatIfs(d, features);
  const board: BoardFile = { format: 'napkin-board', version: 1, components: d.components, calls: d.calls, zones: d.zones };
  // Size capacities from the load the requests make (measured with nothing queueing).
  const measured = simulate(board, { seed, requests: 1, loadRounds: 1, loadRequests: 20_000 });
  for (const size of d.sizing) {
    const component = d.components.find((c) => c.id === size.id);
    const load = measured.components.find((c) => c.id === size.id)?.loadRps ?? 0;
    if (!component?.params || !(load > 0)) continue;
    const instances = component.instances ?? 1;
    // Load / capacity inside (k − 1, k), away from both ends, so k stays k when retries move the load a little.
    const perInstance = size.overload !== undefined ? instances * size.overload : size.needed - 1 + between(random, 0.3, 0.7);
    component.params.capacityRps = round(load / perInstance, 3);
  }
  return { board, uses: d.uses };
}
