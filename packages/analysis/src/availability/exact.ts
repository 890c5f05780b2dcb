// Flow availability with shared dependencies treated exactly. A component or zone reached by more
// than one path is a shared variable: the engine conditions on every shared variable's state
// (enumerating them) and, given those, every other variable appears once, so the rest multiplies out
// exactly. Alternatives (a request takes one branch, chosen among the healthy ones) and spread
// components (what they serve depends on which of their zones are up) are exact the same way. The
// gradient of the same evaluation (reverse mode) gives each component's and zone's weakest-link gain.
import type { Graph, ResolvedCall } from '../model/graph';
import type { ComponentId, TrafficClass, ZoneId } from '../model/graph';
import { healthAt, servedAt } from './component-up';
import type { AvailabilityInputs } from './flow-inputs';
import { enumerateAssignments } from './enumerate';
import { enumerateGeneral } from './enumerate-general';
import type { GainContext } from './gains';
import { generalGains, plainGains } from './gains';
import { generalNetwork, plainNetwork, zoneFactors } from './network';
import type { SpreadModel } from './spread-tables';
import type { Structure } from './structure';
import { structure } from './structure';
import type { NodeParts } from './variables';
import { chooseConditioned } from './variables';

export type { AvailabilityInputs } from './flow-inputs';

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

export interface ExactLimits {
  readonly maxConditioned: number;
  /** Upper bound on assignments × edges for one flow and traffic class. */
  readonly maxWork: number;
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

/** Each node's own parts: P(up), split into health and serving for a group's target (see variables.ts). */
function nodeParts(inputs: AvailabilityInputs, s: Structure, entry: ComponentId): NodeParts[] {
  return s.nodes.map((id, i) => {
    if (id === entry) return { health: 1, serve: 1, spread: false, instanceAvailability: 1 };
    const component = inputs.graph.byId.get(id);
    const model = inputs.model(id);
    const p = inputs.up(id);
    const spread = component?.spread !== undefined && model !== undefined;
    if (s.targets[i] !== 1 || spread) return { health: 1, serve: p, spread, instanceAvailability: model?.a ?? p };
    const health = model ? healthAt(model, model.instances) : p;
    return { health, serve: health > 0 ? Math.min(1, p / health) : 1, spread, instanceAvailability: model?.a ?? p };
  });
}

function spreadModelOf(inputs: AvailabilityInputs, s: Structure) {
  return (node: number): SpreadModel | null => {
    const id = s.nodes[node] as ComponentId;
    const component = inputs.graph.byId.get(id);
    const model = inputs.model(id);
    if (!component?.spread || !model) return null;
    return {
      parts: component.spread,
      zoneUp: (zone) => inputs.graph.zones.get(zone)?.availability ?? 1,
      servedAt: (running) => servedAt(model, running),
      healthAt: (running) => healthAt(model, running),
    };
  };
}

export function flowAvailability(
  inputs: AvailabilityInputs,
  entry: ComponentId,
  cls: TrafficClass,
  limits: ExactLimits = DEFAULT_LIMITS,
): FlowAvailabilityResult {
  const { graph } = inputs;
  const s = structure(inputs, entry, cls);
  const parts = nodeParts(inputs, s, entry);
  const served = s.nodes.map((id) => (id === entry ? 1 : inputs.served(id)));
  const affordable = Math.floor(Math.log2(Math.max(1, limits.maxWork / Math.max(1, s.work))));
  const budget = Math.max(0, Math.min(limits.maxConditioned, affordable));
  const conditioning = chooseConditioned(graph, s, parts, entry, budget);
  const zones = zoneFactors(graph, s, entry, conditioning.zoneBit);
  const ctx: GainContext = { graph, s, entry, parts, served, zones, conditioning };
  const general = s.groups.some((groups) => groups.length > 0) || parts.some((part) => part.spread);
  let total: number;
  let gains;
  if (general) {
    const net = generalNetwork(s, entry, parts, served, zones, conditioning, spreadModelOf(inputs, s));
    const sums = enumerateGeneral(net);
    total = sums.total;
    gains = generalGains(ctx, net, sums);
  } else {
    const sums = enumerateAssignments(plainNetwork(s, entry, parts, served, zones, conditioning));
    total = sums.total;
    gains = plainGains(ctx, sums, sums.conditionedGradient);
  }
  const failover = s.groups.some((groups) => groups.some((group) => group.branches.length > 1 && group.branches.some((b) => b.failover)));
  const clamp = (map: Map<ComponentId, number> | Map<ZoneId, number>) => {
    for (const [key, gain] of map) (map as Map<string, number>).set(key, Math.max(0, gain));
  };
  clamp(gains.components);
  clamp(gains.zones);
  return {
    value: Math.min(1, Math.max(0, total)),
    method: conditioning.exact ? 'exact' : failover ? 'estimate' : 'lower-bound',
    sharedVariables: conditioning.shared,
    conditionedVariables: conditioning.bits,
    gainIfPerfect: gains.components,
    zoneGainIfPerfect: gains.zones,
  };
}
