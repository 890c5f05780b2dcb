// Availability by brute force, written apart from the engine's algorithms: enumerate every state of
// every zone and component, and in each world follow the request. It reads from the engine's result
// only each component's load (utilisation × running instances × capacity), so the k-of-n rule, the
// spread, zones marked down and the routing of alternatives are all checked, not assumed.
import type { BoardCall, BoardComponent, BoardFile } from '../src/format/schema';
import type { AnalysisResult } from '../src/result';
import { zoneChain } from './harness';

type Cls = 'read' | 'write';
/** 0 down (fails its health check), 1 up but not serving (saturated survivors), 2 serving. */
type State = 0 | 1 | 2;

const carries = (call: BoardCall, cls: Cls) => (call.traffic ?? 'all') === 'all' || call.traffic === cls;

/** The instances per zone of a spread: "z0 z1" splits `instances` evenly (remainder first), "z0:2 z1:1" as set. */
function spreadParts(component: BoardComponent, board: BoardFile): Array<{ zones: string[]; instances: number }> {
  const n = component.instances ?? 1;
  if (component.spread === undefined) return [{ zones: zoneChain(board, component.zone), instances: n }];
  const tokens = component.spread.split(/[\s,]+/).filter((token) => token !== '');
  const parts = tokens.map((token) => {
    const [zone = '', count] = token.split(':');
    return { zone, count: count === undefined ? undefined : Number(count) };
  });
  const counted = parts.reduce((sum, part) => sum + (part.count ?? 0), 0);
  const uncounted = parts.filter((part) => part.count === undefined).length;
  const left = Math.max(0, n - counted);
  return parts.map((part, i) => {
    const rank = parts.slice(0, i).filter((other) => other.count === undefined).length;
    const even = uncounted > 0 ? Math.floor(left / uncounted) + (rank < left % uncounted ? 1 : 0) : 0;
    return { zones: zoneChain(board, part.zone), instances: part.count ?? even };
  });
}

function binomial(n: number, k: number): number {
  let choose = 1;
  for (let i = 0; i < k; i++) choose = (choose * (n - i)) / (i + 1);
  return choose;
}

/** P(serving) and P(healthy) of m running instances, each up with a, carrying `load` (capacity units). */
function instanceStates(m: number, a: number, load: number, capacity: number, sheds: boolean) {
  let serve = 0;
  for (let u = 0; u <= m; u++) {
    let choose = 1;
    for (let i = 0; i < u; i++) choose = (choose * (m - i)) / (i + 1);
    const p = choose * a ** u * (1 - a) ** (m - u);
    const fits = u * capacity > load;
    serve += p * (fits ? 1 : sheds && load > 0 ? (u * capacity) / load : 0);
  }
  return { serve: m === 0 ? 0 : serve, health: m === 0 ? 0 : 1 - (1 - a) ** m };
}

/** Branch shares once the healthy set is known: own weight, plus failed-over weight in proportion; lost shares apart. */
function route(weights: number[], failover: boolean[], healthy: boolean[]) {
  const survivors = healthy.filter(Boolean).length;
  const survivingWeight = weights.reduce((sum, w, j) => sum + (healthy[j] ? w : 0), 0);
  const moving = weights.reduce((sum, w, j) => sum + (!healthy[j] && failover[j] && survivors > 0 ? w : 0), 0);
  return weights.map((w, j) =>
    !healthy[j] ? 0 : w + (survivingWeight > 0 ? (moving * w) / survivingWeight : moving / survivors),
  );
}

/** What to take as never failing: a component (it serves whenever one of its instances runs) or a zone (always up). */
export interface Perfect {
  readonly component?: string;
  readonly zone?: string;
}

export function bruteForceAvailability(board: BoardFile, result: AnalysisResult, perfect: Perfect = {}): number {
  const entry = board.components.find((component) => component.entry !== undefined);
  if (!entry) return 1;
  const components = board.components.filter((component) => component.entry === undefined);
  const zoneDown = new Set(board.zones.filter((zone) => zone.down === true).map((zone) => zone.id));
  const targets = new Set(board.calls.filter((call) => call.alternative !== undefined).map((call) => call.to));
  const model = new Map(
    components.map((component) => {
      const parts = spreadParts(component, board);
      const down = (zones: string[]) => zones.some((zone) => zoneChain(board, zone).some((z) => zoneDown.has(z)));
      const running = parts.reduce((sum, part) => sum + (down(part.zones) ? 0 : part.instances), 0);
      const figures = result.components.find((c) => c.id === component.id);
      const capacity = component.params?.capacityRps ?? 1;
      const configured = parts.reduce((sum, part) => sum + part.instances, 0);
      // The engine's utilisation divides by the instances that run (all of them when none does).
      const load = (figures?.traffic.utilisation.value ?? 0) * (running > 0 ? running : configured) * capacity;
      const a = component.whatIf?.down === true ? 0 : (component.params?.availability ?? 1);
      return [component.id, { parts, a, load, capacity, sheds: component.params?.shedsLoad === true }];
    }),
  );
  const zones = board.zones;
  const readFraction = entry.entry?.readFraction ?? 0.9;
  let total = 0;
  const enumerate = (k: number, probability: number, zoneUp: Map<string, boolean>, state: Map<string, State>, admission: Map<string, number>) => {
    if (probability === 0) return;
    if (k < zones.length) {
      const zone = zones[k];
      if (!zone) return;
      const q = perfect.zone === zone.id ? 1 : zone.down === true ? 0 : (zone.availability ?? 1);
      enumerate(k + 1, probability * q, new Map(zoneUp).set(zone.id, true), state, admission);
      enumerate(k + 1, probability * (1 - q), new Map(zoneUp).set(zone.id, false), state, admission);
      return;
    }
    const c = k - zones.length;
    if (c < components.length) {
      const component = components[c] as BoardComponent;
      const m = model.get(component.id);
      if (!m) return;
      const running = m.parts.reduce((sum, part) => sum + (part.zones.every((z) => zoneUp.get(z) !== false) ? part.instances : 0), 0);
      const next = (s: State, p: number, admit = 1) =>
        enumerate(k + 1, probability * p, zoneUp, new Map(state).set(component.id, s), new Map(admission).set(component.id, admit));
      if (m.sheds && perfect.component !== component.id) {
        // Per count of instances up: each arrival is admitted with u × capacity / load (1 when they fit).
        for (let u = 0; u <= running; u++) {
          const p = binomial(running, u) * m.a ** u * (1 - m.a) ** (running - u);
          const admit = u * m.capacity > m.load ? 1 : m.load > 0 ? (u * m.capacity) / m.load : 1;
          if (u > 0 && admit > 0) next(2, p, admit);
          else next(u > 0 && targets.has(component.id) ? 1 : 0, p);
        }
        return;
      }
      const { serve, health } =
        perfect.component === component.id
          ? { serve: running > 0 ? 1 : 0, health: running > 0 ? 1 : 0 }
          : instanceStates(running, m.a, m.load, m.capacity, false);
      next(2, serve);
      if (targets.has(component.id)) {
        next(1, health - serve);
        next(0, 1 - health);
      } else next(0, 1 - serve);
      return;
    }
    // A shedding callee admits each arrival apart: a fan-out of c needs c admissions (a fractional one: its whole part and a coin).
    const admitted = (call: BoardCall) => {
      const alpha = admission.get(call.to) ?? 1;
      const c = call.callsPerRequest ?? 1;
      const whole = Math.floor(c);
      return alpha ** whole * (c > whole ? 1 - (c - whole) + (c - whole) * alpha : 1);
    };
    const success = (id: string, cls: Cls): number => {
      if (id !== entry.id && state.get(id) !== 2) return 0;
      let s = 1;
      const groups = new Map<string, BoardCall[]>();
      for (const call of board.calls) {
        if (call.from !== id || !carries(call, cls)) continue;
        if (call.alternative !== undefined) {
          groups.set(call.alternative, [...(groups.get(call.alternative) ?? []), call]);
          continue;
        }
        if (call.optional === true) continue;
        const f = call.fraction ?? 1;
        const callee = (call.mode === 'sync' ? success(call.to, cls) : state.get(call.to) === 2 ? 1 : 0) * admitted(call);
        s *= 1 - f + f * callee;
      }
      for (const [name, carrying] of groups) {
        if (carrying.every((call) => call.optional === true)) continue;
        const all = board.calls.filter((call) => call.from === id && call.alternative === name);
        const set = all.reduce((sum, call) => sum + (call.share ?? 0), 0);
        const unset = all.filter((call) => call.share === undefined).length;
        const raw = new Map(all.map((call) => [call, call.share ?? Math.max(0, 1 - set) / unset]));
        const sum = carrying.reduce((acc, call) => acc + (raw.get(call) ?? 0), 0);
        const weights = carrying.map((call) => (sum > 0 ? (raw.get(call) ?? 0) / sum : 1 / carrying.length));
        const healthy = carrying.map((call) => (state.get(call.to) ?? 0) > 0);
        const shares = route(weights, carrying.map((call) => call.failover !== false), healthy);
        let chosen = 0;
        carrying.forEach((call, j) => {
          if (healthy[j]) {
            const reached = call.optional === true ? 1 : call.mode === 'sync' ? success(call.to, cls) * admitted(call) : state.get(call.to) === 2 ? 1 : 0;
            chosen += (shares[j] ?? 0) * reached;
          } else if (call.optional === true && !(call.failover !== false && healthy.some(Boolean))) chosen += weights[j] ?? 0;
        });
        const f = all[0]?.fraction ?? 1;
        s *= 1 - f + f * chosen;
      }
      return s;
    };
    total += probability * (readFraction * success(entry.id, 'read') + (1 - readFraction) * success(entry.id, 'write'));
  };
  enumerate(0, 1, new Map(), new Map(), new Map());
  return total;
}
