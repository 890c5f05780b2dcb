// Test harness: compact board builders, seeded random boards, and the plain reference
// models (brute-force availability, Monte Carlo latency) the engine is checked against.
import { getKind } from '@napkin/catalog';
import { seededRandom } from '@napkin/testkit';
import type { BoardCall, BoardComponent, BoardFile, BoardZone } from '../src/format/schema';
import type { CatalogPort } from '../src/model/resolve';
import { createEngine } from '../src/analyze';

/** The real catalog's kinds, but calls cost no network time, so worked examples see only their own numbers. */
export function noNetworkCatalog(): CatalogPort {
  return { getKind, hop: () => ({ tier: 'same-host', rttMs: 0 }) };
}

export const engineWithoutNetwork = () => createEngine({ catalog: noNetworkCatalog() });

export function makeBoard(components: BoardComponent[], calls: BoardCall[] = [], zones: BoardZone[] = []): BoardFile {
  return { format: 'napkin-board', version: 1, components, calls, zones };
}

export function client(id: string, entry: BoardComponent['entry'] = {}): BoardComponent {
  return { id, kind: 'web-client', entry: { rps: 1, readFraction: 1, ...entry } };
}

export function service(
  id: string,
  params: BoardComponent['params'] = {},
  extra: Partial<BoardComponent> = {},
): BoardComponent {
  return { id, kind: 'stateless-service', instances: 1, params: { capacityRps: 1_000_000, ...params }, ...extra };
}

export function sync(from: string, to: string, extra: Partial<BoardCall> = {}): BoardCall {
  return { id: `${from}->${to}`, from, to, mode: 'sync', ...extra };
}

export interface RandomBoardOptions {
  readonly components: number;
  readonly zones: number;
  /** Average outgoing calls per component. */
  readonly callsPerComponent: number;
  readonly allowAsync: boolean;
  readonly rps: number;
  /** Give some calls timeouts and retries (the reference models do not follow them). */
  readonly timeouts?: boolean;
  /**
   * Issue 14's features: alternative groups (shares, failover, optional or async branches), spreads over
   * zones, a zone marked down, load shedding, and capacities tight enough that k of n matters.
   */
  readonly features?: boolean;
}

/** A random acyclic board: one client (index 0) and services calling only higher indices (so diamonds, no cycles). */
export function randomBoard(seed: number, options: RandomBoardOptions): BoardFile {
  const random = seededRandom(seed);
  const zones: BoardZone[] = [];
  for (let z = 0; z < options.zones; z++) {
    const parent = z > 0 && random.next() < 0.4 ? `z${Math.floor(random.next() * z)}` : undefined;
    zones.push({
      id: `z${z}`,
      level: parent ? 'availability-zone' : 'region',
      availability: 0.9 + random.next() * 0.099,
      ...(parent ? { parent } : {}),
    });
  }
  const components: BoardComponent[] = [
    client('c0', { rps: options.rps, readFraction: Math.round(random.next() * 10) / 10 }),
  ];
  for (let i = 1; i < options.components; i++) {
    const p50 = 1 + random.next() * 20;
    components.push({
      id: `c${i}`,
      kind: random.oneOf(['stateless-service', 'key-value-store', 'third-party-api']),
      instances: 1 + Math.floor(random.next() * 3),
      params: {
        availability: 0.9 + random.next() * 0.099,
        capacityRps: 50 + random.next() * 500,
        p50Ms: p50,
        p99Ms: p50 * (1.5 + random.next() * 6),
      },
      ...(zones.length > 0 && random.next() < 0.7 ? { zone: random.oneOf(zones).id } : {}),
    });
  }
  const calls: BoardCall[] = [];
  const total = Math.round(options.components * options.callsPerComponent);
  for (let k = 0; k < total; k++) {
    const from = Math.floor(random.next() * (options.components - 1));
    const to = from + 1 + Math.floor(random.next() * (options.components - 1 - from));
    calls.push({
      id: `k${k}`,
      from: `c${from}`,
      to: `c${to}`,
      mode: options.allowAsync && random.next() < 0.15 ? 'async' : 'sync',
      ...(random.next() < 0.3 ? { fraction: Math.round(random.next() * 100) / 100 } : {}),
      ...(random.next() < 0.2 ? { traffic: random.oneOf(['read', 'write'] as const) } : {}),
      ...(random.next() < 0.15 ? { optional: true } : {}),
      ...(random.next() < 0.3 ? { parallelGroup: `g${Math.floor(random.next() * 2)}` } : {}),
      ...(random.next() < 0.15 ? { callsPerRequest: 2 + Math.floor(random.next() * 3) } : {}),
      ...(options.timeouts === true && random.next() < 0.4
        ? { timeoutMs: 5 + random.next() * 100, retries: Math.floor(random.next() * 3), backoff: true }
        : {}),
    });
  }
  if (options.features === true) addFeatures(random, options, components, calls, zones);
  return makeBoard(components, calls, zones);
}

/** Drawn after everything else, so a board without features is the same as before they existed. */
function addFeatures(
  random: ReturnType<typeof seededRandom>,
  options: RandomBoardOptions,
  components: BoardComponent[],
  calls: BoardCall[],
  zones: BoardZone[],
): void {
  const n = options.components;
  for (let g = 0; g < 1 + Math.floor(random.next() * 2) && n > 3; g++) {
    const from = Math.floor(random.next() * (n - 3));
    const fraction = random.next() < 0.3 ? Math.round(random.next() * 100) / 100 : undefined;
    const branches = 2 + Math.floor(random.next() * 2);
    for (let b = 0; b < branches; b++) {
      const to = from + 1 + Math.floor(random.next() * (n - 1 - from));
      const share = random.next() < 0.7 ? Math.round(random.next() * 10) / 10 : undefined;
      calls.push({
        id: `alt${g}-${b}`,
        from: `c${from}`,
        to: `c${to}`,
        mode: options.allowAsync && random.next() < 0.1 ? 'async' : 'sync',
        alternative: `g${g}`,
        ...(share !== undefined ? { share } : {}),
        ...(random.next() < 0.3 ? { failover: false } : {}),
        ...(random.next() < 0.1 ? { optional: true } : {}),
        ...(random.next() < 0.15 ? { traffic: random.oneOf(['read', 'write'] as const) } : {}),
        ...(fraction !== undefined ? { fraction } : {}),
      });
    }
  }
  components.forEach((component, i) => {
    if (i === 0) return;
    if (zones.length >= 2 && random.next() < 0.35) {
      const first = random.oneOf(zones).id;
      const second = random.oneOf(zones.filter((zone) => zone.id !== first)).id;
      components[i] = {
        ...component,
        instances: 2 + Math.floor(random.next() * 3),
        spread: random.next() < 0.5 ? `${first} ${second}` : `${first}:${1 + Math.floor(random.next() * 2)} ${second}:${Math.floor(random.next() * 3)}`,
      };
    }
    const params = components[i]?.params ?? {};
    if (random.next() < 0.4) params.capacityRps = 20 + random.next() * 100;
    if (random.next() < 0.2) params.shedsLoad = true;
    if (random.next() < 0.05) components[i] = { ...(components[i] as BoardComponent), whatIf: { down: true } };
  });
  if (zones.length > 0 && random.next() < 0.3) {
    const zone = random.oneOf(zones);
    zones[zones.indexOf(zone)] = { ...zone, down: true };
  }
}

/** The zone ids a component fails with: its zone and that zone's ancestors. */
export function zoneChain(board: BoardFile, zone: string | undefined): string[] {
  const chain: string[] = [];
  let current = zone;
  while (current !== undefined && !chain.includes(current)) {
    chain.push(current);
    current = board.zones.find((z) => z.id === current)?.parent;
  }
  return chain;
}
