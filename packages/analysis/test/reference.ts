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
