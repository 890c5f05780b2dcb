// Flow availability with shared dependencies treated exactly. A component or zone reached by more
// than one path is a shared variable: the engine conditions on every shared variable's state
// (enumerating them) and, given those, every other variable appears once, so the rest multiplies out
// exactly. Alternatives (a request takes one branch, chosen among the healthy ones) and spread
// components (what they serve depends on which of their zones are up) are exact the same way. The
// gradient of the same evaluation (reverse mode) gives each component's and zone's weakest-link gain.
import type { ComponentId, TrafficClass, ZoneId } from '../model/graph';
import type { AvailabilityInputs } from './flow-inputs';
import type { ExactLimits } from './evaluation';
import { certainSharedGains, evaluate } from './evaluation';
import { perArrival } from './per-arrival';
import { sheddingPlan } from './shedding-arrivals';
import { isMissNode, structure } from './structure';

export type { AvailabilityInputs } from './flow-inputs';
export type { ExactLimits } from './evaluation';

export interface FlowAvailabilityResult {
  readonly value: number;
  /**
   * 'exact' when every shared variable was conditioned on; else a lower bound (see README), or an
   * estimate when the flow has alternatives that fail over: success can then fall when a target is
   * healthy (its share no longer moves to a sounder branch), so the independence bound does not hold.
   */
  readonly method: 'exact' | 'lower-bound' | 'estimate';
  readonly sharedVariables: number;
  readonly conditionedVariables: number;
  /** A(component perfect) − A for every component the flow needs. */
  readonly gainIfPerfect: ReadonlyMap<ComponentId, number>;
  /** A(zone never down) − A for every zone the flow's components sit in. */
  readonly zoneGainIfPerfect: ReadonlyMap<ZoneId, number>;
}

/**
 * Exact up to 16 shared variables when the board is small; `analyze` splits a whole-board work budget
 * between flows (see `limitsPerFlow`) so a large board stays interactive and says "lower bound" instead.
 */
export const DEFAULT_LIMITS: ExactLimits = { maxConditioned: 16, maxWork: 1 << 18 };

/** Each flow and traffic class gets an equal share of the board's budget, never less than 2^12. */
export function limitsPerFlow(board: ExactLimits, flowClasses: number): ExactLimits {
  return {
    maxConditioned: board.maxConditioned,
    maxWork: Math.max(1 << 12, Math.floor(board.maxWork / Math.max(1, flowClasses))),
  };
}

export function flowAvailability(
  inputs: AvailabilityInputs,
  entry: ComponentId,
  cls: TrafficClass,
  limits: ExactLimits = DEFAULT_LIMITS,
): FlowAvailabilityResult {
  const s = structure(inputs, entry, cls);
  const plan = sheddingPlan(inputs, s, entry, limits.maxWork);
  const first = plan === null ? evaluate(inputs, s, entry, limits, {}) : perArrival(inputs, s, entry, limits, plan);
  if (plan === null) certainSharedGains(inputs, s, entry, limits, first);
  const { gains, conditioning } = first;
  // forEach rather than for-of: no [key, gain] pair per part of every flow's class (deleting and
  // updating the entry being visited is allowed in both).
  const clamp = (map: Map<string, number>) => {
    map.forEach((gain, key) => {
      // A cache's miss node (structure.ts) never fails: it is no component to improve.
      if (isMissNode(key)) map.delete(key);
      else map.set(key, Math.max(0, gain));
    });
  };
  clamp(gains.components);
  clamp(gains.zones);
  return {
    value: Math.min(1, Math.max(0, first.total)),
    // A mean admission in place of the cases is a lower bound too: success is a polynomial in α with
    // non-negative coefficients, so convex, and E[F(α)] ≥ F(E[α]) (Jensen).
    method:
      plan?.unbounded === true ? 'estimate' : conditioning.exact && plan?.estimated !== true ? 'exact' : first.failover ? 'estimate' : 'lower-bound',
    sharedVariables: conditioning.shared,
    conditionedVariables: conditioning.bits,
    gainIfPerfect: gains.components,
    zoneGainIfPerfect: gains.zones,
  };
}
