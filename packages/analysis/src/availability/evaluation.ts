// One evaluation of a flow's availability (exact.ts): each node's parts, the shared variables to
// condition on within the work budget, the flattened network enumerated, and the weakest-link gains read
// off its gradient; and the second evaluations the gradient cannot stand in for (certain shared parts).
import type { ComponentId, SpreadPart, ZoneId } from '../model/graph';
import type { UpModel } from './component-up';
import { healthAt, servedAt } from './component-up';
import type { AvailabilityInputs } from './flow-inputs';
import { enumerateAssignments } from './enumerate';
import { enumerateGeneral } from './enumerate-general';
import type { GainContext, Gains } from './gains';
import { generalGains, plainGains } from './gains';
import { generalNetwork, plainNetwork, zoneFactors } from './network';
import type { SpreadModel } from './spread-tables';
import { runningCounts } from './spread-tables';
import type { Structure } from './structure';
import type { Conditioning, NodeParts } from './variables';
import { chooseConditioned } from './variables';

export interface ExactLimits {
  readonly maxConditioned: number;
  /** Upper bound on assignments × edges for one flow and traffic class. */
  readonly maxWork: number;
}

/** What one evaluation takes as never failing: nothing, one node of the structure, or one zone. */
export interface Perfect {
  readonly node?: number;
  readonly zone?: ZoneId;
}

/** Each node's own parts: P(up), split into health and serving for a group's target (see variables.ts). */
export function nodeParts(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, perfect: Perfect): NodeParts {
  const n = s.nodes.length;
  const health = new Float64Array(n).fill(1);
  const serve = new Float64Array(n).fill(1);
  const instanceAvailability = new Float64Array(n).fill(1);
  const spread = new Uint8Array(n);
  let anySpread = false;
  for (let i = 0; i < n; i++) {
    const id = s.nodes[i] as ComponentId;
    if (id === entry) continue;
    const spreadHere = inputs.graph.byId.get(id)?.spread !== undefined;
    // A spread node's model is needed for its tables; a group's target's for its health check.
    const model = spreadHere || s.targets[i] === 1 ? inputs.model(id) : undefined;
    if (spreadHere && model) {
      spread[i] = 1;
      anySpread = true;
    }
    if (perfect.node === i) continue;
    const p = inputs.up(id);
    instanceAvailability[i] = model?.a ?? p;
    if (s.targets[i] !== 1 || spread[i] === 1) {
      serve[i] = p;
      continue;
    }
    const h = model ? healthAt(model, model.instances) : p;
    health[i] = h;
    serve[i] = h > 0 ? Math.min(1, p / h) : 1;
  }
  return { health, serve, instanceAvailability, spread, anySpread };
}

/** servedAt and healthAt of every running count, per component model, built once per analysis. */
const byRunning = new WeakMap<UpModel, { readonly served: Float64Array; readonly health: Float64Array }>();

function runningTables(model: UpModel, parts: readonly SpreadPart[], total: number) {
  let known = byRunning.get(model);
  if (!known || known.served.length <= total) {
    // Only the counts a subset of the parts can leave running are ever read (spread-tables.ts).
    const served = new Float64Array(total + 1);
    const health = new Float64Array(total + 1);
    for (const m of runningCounts(parts)) {
      served[m] = servedAt(model, m);
      health[m] = healthAt(model, m);
    }
    known = { served, health };
    byRunning.set(model, known);
  }
  return known;
}

function spreadModelOf(inputs: AvailabilityInputs, s: Structure, zoneUp: (zone: ZoneId) => number, perfect: Perfect) {
  return (node: number): SpreadModel | null => {
    const id = s.nodes[node] as ComponentId;
    const component = inputs.graph.byId.get(id);
    const model = inputs.model(id);
    if (!component?.spread || !model) return null;
    const total = component.spread.reduce((sum, part) => sum + part.instances, 0);
    if (perfect.node === node) {
      // Never failing itself, a spread component serves whenever one of its instances runs.
      const runs = Float64Array.from({ length: total + 1 }, (_, m) => (m > 0 ? 1 : 0));
      return { parts: component.spread, zoneUp, servedAt: runs, healthAt: runs };
    }
    const tables = runningTables(model, component.spread, total);
    return { parts: component.spread, zoneUp, servedAt: inputs.servedTable?.(id) ?? tables.served, healthAt: tables.health };
  };
}

export interface Evaluation {
  readonly total: number;
  readonly gains: Gains;
  readonly conditioning: Conditioning;
  readonly parts: NodeParts;
  readonly failover: boolean;
  readonly general: boolean;
}

export function evaluate(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, perfect: Perfect): Evaluation {
  const { graph } = inputs;
  const zoneUp = (zone: ZoneId) => (perfect.zone === zone ? 1 : (graph.zones.get(zone)?.availability ?? 1));
  const parts = nodeParts(inputs, s, entry, perfect);
  const served = new Float64Array(s.nodes.length);
  for (let i = 0; i < s.nodes.length; i++) {
    const id = s.nodes[i] as ComponentId;
    served[i] = id === entry || perfect.node === i ? 1 : inputs.served(id);
  }
  const general = parts.anySpread || s.groups.some((groups) => groups.length > 0);
  const work = Math.max(1, s.work) * (general ? GENERAL_VISIT_COST : 1);
  const affordable = Math.floor(Math.log2(Math.max(1, limits.maxWork / work)));
  const budget = Math.max(0, Math.min(limits.maxConditioned, affordable));
  const conditioning = chooseConditioned(graph, s, parts, entry, budget, zoneUp);
  const zones = zoneFactors(graph, s, entry, conditioning.zoneBit, zoneUp);
  const ctx: GainContext = { graph, s, entry, parts, served, zones, conditioning, zoneUp };
  const failover = s.groups.some((groups) => groups.some((group) => group.branches.length > 1 && group.branches.some((b) => b.failover)));
  if (general) {
    const net = generalNetwork(s, entry, parts, served, zones, conditioning, spreadModelOf(inputs, s, zoneUp, perfect));
    const sums = enumerateGeneral(net);
    return { total: sums.total, gains: generalGains(ctx, net, sums), conditioning, parts, failover, general };
  }
  const sums = enumerateAssignments(plainNetwork(s, entry, parts, served, zones, conditioning));
  return { total: sums.total, gains: plainGains(ctx, sums, sums.conditionedGradient), conditioning, parts, failover, general };
}

/**
 * A visit of the general enumeration (three values per node, groups, tables, one assignment at a time)
 * costs about what two of the plain four-lane one do, so the work budget counts it twice.
 */
export const GENERAL_VISIT_COST = 2;

const certain = (q: number) => q <= 0 || q >= 1;
/**
 * Second evaluations per flow and class at most, and no more than the flow's work budget pays for
 * beside the first (a loaded board has many saturated parts); past them such gains stay first-order.
 */
const MAX_PERFECT_EVALUATIONS = 8;

/**
 * Gains the first evaluation cannot read off its gradient: of a component down for sure (marked down,
 * saturated) or a zone marked down that the flow reaches more than once. Certain, they cost no bits and
 * are not conditioned on, so A is not affine in them; evaluating again with each perfect is exact.
 */
export function certainSharedGains(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, first: Evaluation): void {
  // Only where the first evaluation is exact: a lower bound's gains are estimates anyway.
  if (!first.conditioning.exact) return;
  const cost = Math.max(1, s.work) * (first.general ? GENERAL_VISIT_COST : 1) * 2 ** first.conditioning.bits;
  let budget = Math.min(MAX_PERFECT_EVALUATIONS, Math.floor(limits.maxWork / cost) - 1);
  s.nodes.forEach((id, i) => {
    const { parts } = first;
    if (id === entry || budget <= 0 || (s.occurrences[i] ?? 0) <= 1 + 1e-9) return;
    // A part down for sure (P 0) is not conditioned on; an uncertain one is (this flow reaches the node more than once).
    const fixed =
      parts.spread[i] === 1 ? certain(parts.instanceAvailability[i] as number) : (parts.serve[i] as number) <= 0 || (parts.health[i] as number) <= 0;
    if (!fixed) return;
    budget -= 1;
    first.gains.components.set(id, evaluate(inputs, s, entry, limits, { node: i }).total - first.total);
  });
  for (const [zone, occurrences] of s.zoneOccurrences) {
    if (budget <= 0 || occurrences <= 1 + 1e-9 || (inputs.graph.zones.get(zone)?.availability ?? 1) > 0) continue;
    budget -= 1;
    first.gains.zones.set(zone, evaluate(inputs, s, entry, limits, { zone }).total - first.total);
  }
}

