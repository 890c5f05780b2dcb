// The weakest link of a flow: of every component and every zone its requests need, the one whose
// perfection would gain the most, A(it never fails) − A, over the flow's traffic classes. A zone is a
// candidate like a component (it takes everything inside it down at once), and a component shared by
// several paths counts once with every path it is on (the exact evaluation conditions on it).
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { ComponentId, Graph, ZoneId } from '../model/graph';
import type { FlowAvailabilityResult } from './exact';

export interface WeakestLink {
  /** A component, or a zone (every instance inside it fails with it). */
  readonly kind: 'component' | 'zone';
  /** The component's or the zone's id. */
  readonly component: ComponentId | ZoneId;
  readonly name: string;
  readonly gain: Explained;
}

export interface ClassResult {
  readonly weight: number;
  readonly result: FlowAvailabilityResult;
}

/** Gains below this are rounding, not a link worth naming. */
const NEGLIGIBLE_GAIN = 1e-15;

export function weakestLink(graph: Graph, perClass: readonly ClassResult[]): WeakestLink | null {
  const components = new Map<ComponentId, number>();
  const zones = new Map<ZoneId, number>();
  for (const part of perClass) {
    for (const [id, gain] of part.result.gainIfPerfect) components.set(id, (components.get(id) ?? 0) + part.weight * gain);
    for (const [id, gain] of part.result.zoneGainIfPerfect) zones.set(id, (zones.get(id) ?? 0) + part.weight * gain);
  }
  let best: { kind: 'component' | 'zone'; id: ComponentId | ZoneId; gain: number } | null = null;
  for (const [id, gain] of components)
    if (gain > NEGLIGIBLE_GAIN && (best === null || gain > best.gain)) best = { kind: 'component', id, gain };
  // Board order among zones too; a component wins a tie (it is the smaller fix).
  for (const [id, gain] of zones) if (gain > NEGLIGIBLE_GAIN && (best === null || gain > best.gain)) best = { kind: 'zone', id, gain };
  if (best === null) return null;
  const name =
    best.kind === 'component'
      ? (graph.byId.get(best.id as ComponentId)?.name ?? best.id)
      : (graph.zones.get(best.id as ZoneId)?.name ?? best.id);
  const formula =
    best.kind === 'component'
      ? 'A(component perfect) − A = (1 − p) × ∂A/∂p'
      : 'A(zone never down) − A = (1 − q) × ∂A/∂q: every instance inside it fails with it';
  return {
    kind: best.kind,
    component: best.id,
    name,
    gain: explained(best.gain * 100, 'percentage points', formula, { [best.kind]: name }),
  };
}

/** Exact only when every class is; an estimate when any is (failover breaks the lower bound), else a lower bound. */
export function flowMethod(perClass: readonly ClassResult[]): 'exact' | 'lower-bound' | 'estimate' {
  if (perClass.every((part) => part.result.method === 'exact')) return 'exact';
  return perClass.some((part) => part.result.method === 'estimate') ? 'estimate' : 'lower-bound';
}
