// A shedding plan's cases (shedding-arrivals.ts) on a plain flow (no alternative groups, no spread
// component), evaluated from one shared network. The cases differ only at the tiers: each tier up or
// down for sure (its own P) and every call into an up tier carrying α per arrival (its edge's scale).
// Everything else evaluate() builds per case is the same in all of them: each node's parts, its served
// share, the conditioning (a tier is certain in every case, so never conditioned on), the zone factors
// and the flattened edges. Building them once, a case costs one copy of two arrays and the enumeration;
// building them per case was 60 % of a 300-component board's analysis (108 cases per flow and class).
// A flow exact within its budget gets the same figures bit for bit as withCombination + evaluate
// (plain-cases.test.ts); one that is a lower bound anyway spends the flow's budget once, not per case.
import type { ComponentId, ZoneId } from '../model/graph';
import type { Evaluation, ExactLimits } from './evaluation';
import { nodeParts } from './evaluation';
import type { Network } from './enumerate';
import { enumerateAssignments } from './enumerate';
import type { AvailabilityInputs } from './flow-inputs';
import type { Gains } from './gains';
import { plainGains } from './gains';
import { plainNetwork, zoneFactors } from './network';
import type { SheddingPlan, TierCase } from './shedding-arrivals';
import { admitted } from './shedding-arrivals';
import type { Structure } from './structure';
import { chooseConditioned } from './variables';

/** An edge into a tier: where its scale sits in the network and what the scale is made of. */
interface TierEdge {
  readonly slot: number;
  readonly tier: number;
  readonly share: number;
  readonly inTime: number;
  readonly arrivals: number;
}

export interface PlainCases {
  /** The case's success; with gains, also every component's and zone's gain (as evaluate gives). */
  evaluate(picks: readonly TierCase[], withGains: boolean): Evaluation;
}

const NO_GAINS: Gains = { components: new Map(), zones: new Map() };

/**
 * The evaluations perArrival makes: one per combination of the tiers' cases, and per tier one per
 * combination of the other tiers' cases (that tier perfect, for its gain). When the flow is exact with
 * its whole work budget in each case, each case gets it: a small board stays exact. When it is not (a
 * large flow is a lower bound whatever it spends), the cases share the flow's budget, as one evaluation
 * would have it: a 300-component board's flows made 108 evaluations each at the flow's budget, 21 M edge
 * visits per analysis against a board budget of 2^18, for a bound a few parts per million tighter.
 */
function evaluations(plan: SheddingPlan): number {
  const combinations = plan.tiers.reduce((product, tier) => product * Math.max(1, tier.cases.length), 1);
  return plan.tiers.reduce((sum, tier) => sum + combinations / Math.max(1, tier.cases.length), combinations);
}

/** The shared network of a plain flow's cases, or null when the flow has groups or spread components. */
export function plainCases(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, plan: SheddingPlan): PlainCases | null {
  if (s.groups.some((groups) => groups.length > 0)) return null;
  const { graph } = inputs;
  const base = nodeParts(inputs, s, entry, {});
  if (base.anySpread) return null;
  const tierOf = new Int32Array(s.nodes.length).fill(-1);
  plan.tiers.forEach((tier, t) => {
    tierOf[tier.node] = t;
    // Certain in every case: what the conditioning sees of a tier (its P is the case's, set below).
    base.serve[tier.node] = 1;
    base.instanceAvailability[tier.node] = 1;
  });
  const zoneUp = (zone: ZoneId) => graph.zones.get(zone)?.availability ?? 1;
  const served = new Float64Array(s.nodes.length);
  for (let i = 0; i < s.nodes.length; i++) {
    const id = s.nodes[i] as ComponentId;
    served[i] = id === entry ? 1 : inputs.served(id);
  }
  // As evaluate() budgets a plain flow (one visit per edge and assignment), each case with the flow's budget.
  const bitsFor = (maxWork: number) =>
    Math.max(0, Math.min(limits.maxConditioned, Math.floor(Math.log2(Math.max(1, maxWork / Math.max(1, s.work))))));
  let conditioning = chooseConditioned(graph, s, base, entry, bitsFor(limits.maxWork), zoneUp);
  if (!conditioning.exact) {
    // A lower bound even so: the cases share the flow's budget instead (see sharedBudgetCases).
    conditioning = chooseConditioned(graph, s, base, entry, bitsFor(limits.maxWork / evaluations(plan)), zoneUp);
  }
  const zones = zoneFactors(graph, s, entry, conditioning.zoneBit, zoneUp);
  const network = plainNetwork(s, entry, base, served, zones, conditioning);
  const tierEdges: TierEdge[] = [];
  // The slots in flatEdges' order: node by node, each node's edges in turn.
  let slot = 0;
  for (let i = 0; i < s.nodes.length; i++) {
    for (const edge of s.edges[i] ?? []) {
      const tier = tierOf[edge.to] as number;
      if (tier >= 0) tierEdges.push({ slot, tier, share: edge.share, inTime: edge.inTime, arrivals: edge.arrivals });
      slot += 1;
    }
  }

  // One case at a time: its P and scales are rewritten per case (gains are read before the next).
  const p = new Float64Array(base.serve.length);
  const edgeScale = new Float64Array(network.edgeScale.length);
  return {
    evaluate(picks, withGains) {
      p.set(base.serve);
      plan.tiers.forEach((tier, t) => {
        p[tier.node] = (picks[t] as TierCase).up;
      });
      edgeScale.set(network.edgeScale);
      for (const edge of tierEdges) {
        const pick = picks[edge.tier] as TierCase;
        // The same operations, in the same order, as withCombination's inTime and flatEdges' scale.
        if (pick.up === 1) edgeScale[edge.slot] = edge.share * (edge.inTime * admitted(pick.alpha, edge.arrivals));
      }
      const net: Network = { ...network, p, edgeScale };
      const sums = enumerateAssignments(net, withGains);
      // A plain flow has no spread node and no group target: a node's instance availability is its P.
      const parts = { ...base, serve: p, instanceAvailability: p };
      const gains = withGains
        ? plainGains({ graph, s, entry, parts, served, zones, conditioning, zoneUp }, sums, sums.conditionedGradient)
        : NO_GAINS;
      return { total: sums.total, gains, conditioning, parts, failover: false, general: false };
    },
  };
}
