// Plain reference models, written independently of the engine's algorithms.
import type { BoardCall, BoardFile } from '../src/format/schema';
import { zoneChain } from './harness';

type Cls = 'read' | 'write';

function carries(call: BoardCall, cls: Cls): boolean {
  return (call.traffic ?? 'all') === 'all' || call.traffic === cls;
}

/**
 * Availability by enumerating every up/down state of every component and zone (2^(components + zones)
 * worlds). In each world a request succeeds with probability S(entry), S(x) = up(x) × Π over required
 * calls (1 − f + f × S(callee)), an async call needing only the callee to be up.
 */
export function bruteForceAvailability(board: BoardFile, up: ReadonlyMap<string, number>): number {
  const components = board.components.filter((component) => component.entry === undefined);
  const zones = board.zones;
  const variables = components.length + zones.length;
  const entry = board.components.find((component) => component.entry !== undefined);
  if (!entry) return 1;
  const readFraction = entry.entry?.readFraction ?? 0.9;
  let total = 0;
  for (let world = 0; world < 1 << variables; world++) {
    let probability = 1;
    const isUp = new Map<string, boolean>();
    components.forEach((component, i) => {
      const p = up.get(component.id) ?? 1;
      const bit = (world >> i) & 1;
      probability *= bit ? p : 1 - p;
      isUp.set(component.id, bit === 1);
    });
    zones.forEach((zone, j) => {
      const p = zone.availability ?? 1;
      const bit = (world >> (components.length + j)) & 1;
      probability *= bit ? p : 1 - p;
      isUp.set(`zone:${zone.id}`, bit === 1);
    });
    if (probability === 0) continue;
    const alive = (id: string): boolean => {
      const component = board.components.find((c) => c.id === id);
      if (!component || component.entry !== undefined) return true;
      return (isUp.get(id) ?? true) && zoneChain(board, component.zone).every((z) => isUp.get(`zone:${z}`) ?? true);
    };
    const success = (id: string, cls: Cls): number => {
      if (!alive(id)) return 0;
      let s = 1;
      for (const call of board.calls) {
        if (call.from !== id || call.optional === true || !carries(call, cls)) continue;
        const f = call.fraction ?? 1;
        const callee = call.mode === 'sync' ? success(call.to, cls) : alive(call.to) ? 1 : 0;
        s *= 1 - f + f * callee;
      }
      return s;
    };
    total += probability * (readFraction * success(entry.id, 'read') + (1 - readFraction) * success(entry.id, 'write'));
  }
  return total;
}

export interface SamplingModel {
  /** Per component: log-normal parameters and the M/M/c wait (probability, conditional mean). */
  readonly p50: ReadonlyMap<string, number>;
  readonly p99: ReadonlyMap<string, number>;
  readonly wait: ReadonlyMap<string, { probability: number; meanMs: number }>;
}

const Z99 = 2.3263478740408408;

/**
 * Plain Monte Carlo of the same latency model: sample every visit, add sequential calls, take the max
 * of a parallel group and of fan-out copies, skip a call with probability 1 − fraction, ignore async.
 * Returns the sorted samples of the first entry point's flow.
 */
export function monteCarloLatency(
  board: BoardFile,
  model: SamplingModel,
  random: () => number,
  samples: number,
): number[] {
  const entry = board.components.find((component) => component.entry !== undefined);
  if (!entry) return [];
  const readFraction = entry.entry?.readFraction ?? 0.9;
  const gaussian = () => {
    const u = Math.max(random(), 1e-300);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const own = (id: string): number => {
    if (id === entry.id) return 0;
    const p50 = model.p50.get(id) ?? 0;
    const p99 = model.p99.get(id) ?? p50;
    const sigma = p50 > 0 ? Math.log(p99 / p50) / Z99 : 0;
    let value = p50 > 0 ? p50 * Math.exp(sigma * gaussian()) : 0;
    const wait = model.wait.get(id);
    if (wait && random() < wait.probability) value += -wait.meanMs * Math.log(Math.max(random(), 1e-300));
    return value;
  };
  const visit = (id: string, cls: Cls): number => {
    let total = own(id);
    const groups = new Map<string, number>();
    for (const call of board.calls) {
      if (call.from !== id || call.mode !== 'sync' || !carries(call, cls)) continue;
      let value = 0;
      if (random() < (call.fraction ?? 1)) {
        for (let copy = 0; copy < (call.callsPerRequest ?? 1); copy++) value = Math.max(value, visit(call.to, cls));
      }
      const key = call.parallelGroup === undefined ? `call:${call.id}` : `group:${call.parallelGroup}`;
      groups.set(key, Math.max(groups.get(key) ?? 0, value));
    }
    for (const value of groups.values()) total += value;
    return total;
  };
  const out: number[] = [];
  for (let i = 0; i < samples; i++) out.push(visit(entry.id, random() < readFraction ? 'read' : 'write'));
  return out.sort((a, b) => a - b);
}

export function quantile(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}
