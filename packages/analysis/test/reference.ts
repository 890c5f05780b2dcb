// Plain reference models, written independently of the engine's algorithms (availability by brute
// force is in brute-force.ts).
import type { BoardCall, BoardFile } from '../src/format/schema';

type Cls = 'read' | 'write';

function carries(call: BoardCall, cls: Cls): boolean {
  return (call.traffic ?? 'all') === 'all' || call.traffic === cls;
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
