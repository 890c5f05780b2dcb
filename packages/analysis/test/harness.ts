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
  return makeBoard(components, calls, zones);
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
