// Flow availability with shared dependencies treated exactly. A component or zone reached by more
// than one path is a shared variable: the engine conditions on every shared variable's state
// (enumerating them) and, given those, every other variable appears once, so the rest multiplies out
// exactly. Alternatives (a request takes one branch, chosen among the healthy ones) and spread
// components (what they serve depends on which of their zones are up) are exact the same way. The
// gradient of the same evaluation (reverse mode) gives each component's and zone's weakest-link gain.
import type { ComponentId, TrafficClass, ZoneId } from '../model/graph';
import { healthAt, servedAt } from './component-up';
import type { AvailabilityInputs } from './flow-inputs';
import { enumerateAssignments } from './enumerate';
import { enumerateGeneral } from './enumerate-general';
import type { GainContext, Gains } from './gains';
import { generalGains, plainGains } from './gains';
import { generalNetwork, plainNetwork, zoneFactors } from './network';
import type { SpreadModel } from './spread-tables';
import type { Structure } from './structure';
import { structure } from './structure';
import type { Conditioning, NodeParts } from './variables';
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

/** What one evaluation takes as never failing: nothing, one node of the structure, or one zone. */
interface Perfect {
  readonly node?: number;
  readonly zone?: ZoneId;
}

/** Each node's own parts: P(up), split into health and serving for a group's target (see variables.ts). */
function nodeParts(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, perfect: Perfect): NodeParts[] {
  return s.nodes.map((id, i) => {
    const component = inputs.graph.byId.get(id);
    const model = inputs.model(id);
    const spread = component?.spread !== undefined && model !== undefined;
    if (id === entry || perfect.node === i) return { health: 1, serve: 1, spread: spread && id !== entry, instanceAvailability: 1 };
    const p = inputs.up(id);
    if (s.targets[i] !== 1 || spread) return { health: 1, serve: p, spread, instanceAvailability: model?.a ?? p };
    const health = model ? healthAt(model, model.instances) : p;
    return { health, serve: health > 0 ? Math.min(1, p / health) : 1, spread, instanceAvailability: model?.a ?? p };
  });
}

function spreadModelOf(inputs: AvailabilityInputs, s: Structure, zoneUp: (zone: ZoneId) => number, perfect: Perfect) {
  return (node: number): SpreadModel | null => {
    const id = s.nodes[node] as ComponentId;
    const component = inputs.graph.byId.get(id);
    const model = inputs.model(id);
    if (!component?.spread || !model) return null;
    // Never failing itself, a spread component serves whenever one of its instances runs.
    const runs = (running: number) => (running > 0 ? 1 : 0);
    return {
      parts: component.spread,
      zoneUp,
      servedAt: perfect.node === node ? runs : (running) => servedAt(model, running),
      healthAt: perfect.node === node ? runs : (running) => healthAt(model, running),
    };
  };
}

interface Evaluation {
  readonly total: number;
  readonly gains: Gains;
  readonly conditioning: Conditioning;
  readonly parts: readonly NodeParts[];
  readonly failover: boolean;
}

function evaluate(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, perfect: Perfect): Evaluation {
  const { graph } = inputs;
  const zoneUp = (zone: ZoneId) => (perfect.zone === zone ? 1 : (graph.zones.get(zone)?.availability ?? 1));
  const parts = nodeParts(inputs, s, entry, perfect);
  const served = s.nodes.map((id, i) => (id === entry || perfect.node === i ? 1 : inputs.served(id)));
  const affordable = Math.floor(Math.log2(Math.max(1, limits.maxWork / Math.max(1, s.work))));
  const budget = Math.max(0, Math.min(limits.maxConditioned, affordable));
  const conditioning = chooseConditioned(graph, s, parts, entry, budget, zoneUp);
  const zones = zoneFactors(graph, s, entry, conditioning.zoneBit, zoneUp);
  const ctx: GainContext = { graph, s, entry, parts, served, zones, conditioning, zoneUp };
  const general = s.groups.some((groups) => groups.length > 0) || parts.some((part) => part.spread);
  const failover = s.groups.some((groups) => groups.some((group) => group.branches.length > 1 && group.branches.some((b) => b.failover)));
  if (general) {
    const net = generalNetwork(s, entry, parts, served, zones, conditioning, spreadModelOf(inputs, s, zoneUp, perfect));
    const sums = enumerateGeneral(net);
    return { total: sums.total, gains: generalGains(ctx, net, sums), conditioning, parts, failover };
  }
  const sums = enumerateAssignments(plainNetwork(s, entry, parts, served, zones, conditioning));
  return { total: sums.total, gains: plainGains(ctx, sums, sums.conditionedGradient), conditioning, parts, failover };
}

const certain = (q: number) => q <= 0 || q >= 1;
/** Second evaluations per flow and class at most; past them such gains stay first-order (rare: parts down for sure, shared). */
const MAX_PERFECT_EVALUATIONS = 8;

/**
 * Gains the first evaluation cannot read off its gradient: of a component down for sure (marked down,
 * saturated) or a zone marked down that the flow reaches more than once. Certain, they cost no bits and
 * are not conditioned on, so A is not affine in them; evaluating again with each perfect is exact.
 */
function certainSharedGains(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, first: Evaluation): void {
  // Only where the first evaluation is exact: a lower bound's gains are estimates anyway.
  if (!first.conditioning.exact) return;
  let budget = MAX_PERFECT_EVALUATIONS;
  s.nodes.forEach((id, i) => {
    const part = first.parts[i] as NodeParts;
    if (id === entry || budget === 0 || (s.occurrences[i] ?? 0) <= 1 + 1e-9) return;
    // A part down for sure (P 0) is not conditioned on; an uncertain one is (this flow reaches the node more than once).
    const fixed = part.spread ? certain(part.instanceAvailability) : part.serve <= 0 || part.health <= 0;
    if (!fixed) return;
    budget -= 1;
    first.gains.components.set(id, evaluate(inputs, s, entry, limits, { node: i }).total - first.total);
  });
  for (const [zone, occurrences] of s.zoneOccurrences) {
    if (budget === 0 || occurrences <= 1 + 1e-9 || (inputs.graph.zones.get(zone)?.availability ?? 1) > 0) continue;
    budget -= 1;
    first.gains.zones.set(zone, evaluate(inputs, s, entry, limits, { zone }).total - first.total);
  }
}

export function flowAvailability(
  inputs: AvailabilityInputs,
  entry: ComponentId,
  cls: TrafficClass,
  limits: ExactLimits = DEFAULT_LIMITS,
): FlowAvailabilityResult {
  const s = structure(inputs, entry, cls);
  const first = evaluate(inputs, s, entry, limits, {});
  certainSharedGains(inputs, s, entry, limits, first);
  const { gains, conditioning } = first;
  const clamp = (map: Map<string, number>) => {
    for (const [key, gain] of map) map.set(key, Math.max(0, gain));
  };
  clamp(gains.components);
  clamp(gains.zones);
  return {
    value: Math.min(1, Math.max(0, first.total)),
    method: conditioning.exact ? 'exact' : first.failover ? 'estimate' : 'lower-bound',
    sharedVariables: conditioning.shared,
    conditionedVariables: conditioning.bits,
    gainIfPerfect: gains.components,
    zoneGainIfPerfect: gains.zones,
  };
}
