// A tier that sheds load admits each arrival apart: in the state a request meets (u copies up) every
// arrival gets in with served(u) = min(1, u × capacity / load), independently of the others. One
// arrival succeeds with E[served(U)], which is the tier's P(up) and what the enumeration multiplies in.
// A request that arrives m times (a fan-out into the tier, or a second path to it) needs
// E[served(U)^m], which is not P(up)^m (the state is shared) nor P(up) (the admissions are not).
//
// So for each such tier the flow is evaluated per case of its state: down (served 0), or up with every
// arrival admitted with a fixed α, the α entering each call into it as α^fan-out beside its in-time
// share. Given α the tier is up for sure in the case, so the rest of the evaluation (conditioning,
// groups, zones) is unchanged, and success is a polynomial of degree D in α, D the most arrivals a
// request can make there. The mixture of the cases over served(U)'s distribution is then exact: one case
// per value served(U) takes when there are at most D + 1 of them, else D + 1 interpolation points
// (Chebyshev) whose weights are E[L_j(served(U))], L_j the Lagrange basis, which integrates a polynomial
// of degree D exactly. Past MAX_POINTS points or MAX_CASES cases in all a tier takes one case at its
// mean admission, and the figure is a lower bound (success is convex in α: Jensen); a spread tier past
// them keeps one admission per request, which counts too much, and the figure is an estimate.
//
// A spread tier's running instances follow its zones, which other parts of the flow share, so its
// state is not fixed per case: the case j instead replaces its served-by-running-count table with
// E[L_j(served(U)); served > 0 | m running] and takes α_j, weight 1, and one more case with the table at 0
// takes weight −D. Summed, the up terms give E[F(served(U))] and the down terms (D + 1 − D) once.
import type { ComponentId, Graph, SpreadPart } from '../model/graph';
import { runningCounts } from './spread-tables';
import type { UpModel } from './component-up';
import { servedOutcomesAt } from './component-up';
import type { ServedOutcome } from './k-of-n';
import type { AvailabilityInputs } from './flow-inputs';
import type { Structure } from './structure';

/** One state of a shedding tier: up (admitting each arrival with `alpha`) or down, with its probability weight. */
export interface TierCase {
  readonly up: 0 | 1;
  readonly alpha: number;
  readonly weight: number;
  /** A spread tier's served share by running count in this case. */
  readonly served?: Float64Array;
}

export interface SheddingTier {
  readonly node: number;
  readonly id: ComponentId;
  readonly cases: readonly TierCase[];
  /** The tier never failing: up (while an instance runs) and admitting every arrival. */
  readonly perfect: TierCase;
}

export interface SheddingPlan {
  readonly tiers: readonly SheddingTier[];
  /** Whether a tier was reduced to its mean admission (then the flow's figure is a lower bound). */
  readonly estimated: boolean;
  /** Whether a spread tier past the budgets kept one admission per request (then it is an estimate). */
  readonly unbounded: boolean;
}

/** Interpolation points per tier at most (a request arriving more often than 7 times is rare). */
const MAX_POINTS = 8;
/**
 * Evaluations of the flow at most, over every combination of the tiers' cases: what the flow's work
 * budget pays for at 16 visits per edge (a small flow affords hundreds, a large one the floor).
 */
function maxCases(s: Structure, maxWork: number): number {
  return Math.min(512, Math.max(16, Math.floor(maxWork / (16 * Math.max(1, s.work)))));
}

/** The factor an arrival count contributes at admission α: α^⌊c⌋ × (1 − f + f α) for a fractional part f. */
export function admitted(alpha: number, arrivals: number): number {
  const whole = Math.floor(arrivals);
  const part = arrivals - whole;
  return Math.pow(alpha, whole) * (part > 0 ? 1 - part + part * alpha : 1);
}

/** The most arrivals a request makes at each node through the calls a shedding tier admits (paths × fan-out). */
function mostArrivals(s: Structure, entry: ComponentId): Float64Array {
  const most = new Float64Array(s.nodes.length);
  s.nodes.forEach((id, i) => {
    const visits = id === entry ? 1 : (s.occurrences[i] as number);
    for (const edge of s.edges[i] ?? []) most[edge.to] = (most[edge.to] as number) + visits * Math.ceil(edge.arrivals);
    for (const group of s.groups[i] ?? [])
      for (const branch of group.branches) if (branch.needs === 'v') most[branch.to] = (most[branch.to] as number) + visits * Math.ceil(branch.arrivals);
  });
  return most;
}

/** Chebyshev points of the second kind on [low, high] (the ends included). */
function chebyshev(count: number, low: number, high: number): number[] {
  if (count === 1 || high - low < 1e-12) return [(low + high) / 2];
  return Array.from({ length: count }, (_, j) => low + ((high - low) * (1 - Math.cos((Math.PI * j) / (count - 1)))) / 2);
}

function lagrange(points: readonly number[], j: number, x: number): number {
  let value = 1;
  const xj = points[j] as number;
  for (let k = 0; k < points.length; k++) if (k !== j) value *= (x - (points[k] as number)) / (xj - (points[k] as number));
  return value;
}

interface Admission {
  readonly served: number;
  readonly p: number;
}

/** The cases of one tier: down, then up at each point; `mean` collapses the up cases into one. */
function casesOf(admissions: readonly Admission[], down: number, degree: number, mean: boolean): TierCase[] {
  const cases: TierCase[] = down > 0 ? [{ up: 0, alpha: 0, weight: down }] : [];
  const upWeight = admissions.reduce((sum, a) => sum + a.p, 0);
  if (mean || degree < 1) {
    const alpha = admissions.reduce((sum, a) => sum + a.p * a.served, 0) / upWeight;
    return [...cases, { up: 1, alpha, weight: upWeight }];
  }
  if (admissions.length <= degree + 1) return [...cases, ...admissions.map((a): TierCase => ({ up: 1, alpha: a.served, weight: a.p }))];
  const values = admissions.map((a) => a.served);
  const points = chebyshev(degree + 1, Math.min(...values), Math.max(...values));
  return [
    ...cases,
    ...points.map((alpha, j): TierCase => ({ up: 1, alpha, weight: admissions.reduce((sum, a) => sum + a.p * lagrange(points, j, a.served), 0) })),
  ];
}

/** Interpolation points for the served shares a tier admits with: the values themselves when few enough, else Chebyshev. */
function pointsFor(values: readonly number[], degree: number): number[] {
  const distinct = [...new Set(values)].sort((x, y) => x - y);
  if (distinct.length <= degree + 1) return distinct;
  return chebyshev(degree + 1, distinct[0] as number, distinct[distinct.length - 1] as number);
}

/** A spread tier's cases: per point its table of E[L_j(served); served > 0 | m running], and the table at 0 weighing −D. */
function spreadCases(model: UpModel, parts: readonly SpreadPart[], total: number, degree: number): TierCase[] {
  // Only the counts a subset of the parts can leave running are read (spread-tables.ts).
  const counts = new Set(runningCounts(parts));
  const byRunning = Array.from({ length: total + 1 }, (_, m) => (counts.has(m) ? servedOutcomesAt(model, m).filter((o) => o.served > 0) : []));
  const points = pointsFor(byRunning.flatMap((outcomes) => outcomes.map((o) => o.served)), degree);
  const cases = points.map((alpha, j): TierCase => {
    const served = Float64Array.from(byRunning, (outcomes) => outcomes.reduce((sum, o) => sum + o.p * lagrange(points, j, o.served), 0));
    return { up: 1, alpha, weight: 1, served };
  });
  return [...cases, { up: 0, alpha: 1, weight: 1 - points.length, served: new Float64Array(total + 1) }];
}

/**
 * The shedding tiers of a flow that a request can reach more than once and whose admission is not all
 * or nothing, with their cases; null when there are none (the plain evaluation is exact then). A
 * consensus group keeps one admission per request (below quorum it is healthy but serves nothing).
 */
export function sheddingPlan(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, maxWork: number): SheddingPlan | null {
  if (!anySheds(inputs.graph)) return null;
  const MAX_CASES = maxCases(s, maxWork);
  let most: Float64Array | undefined;
  let estimated = false;
  let unbounded = false;
  let evaluations = 1;
  const tiers: SheddingTier[] = [];
  s.nodes.forEach((id, node) => {
    const component = inputs.graph.byId.get(id);
    if (id === entry || !component?.shedsLoad) return;
    const model = inputs.model(id);
    if (!model || model.quorum > 1) return;
    most ??= mostArrivals(s, entry);
    const degree = Math.round(most[node] as number);
    if (degree < 2) return;
    if (component.spread !== undefined) {
      const total = component.spread.reduce((sum, part) => sum + part.instances, 0);
      const partial = runningCounts(component.spread).some((m) => !allOrNothing(servedOutcomesAt(model, m)));
      if (!partial) return;
      // One case per point and the down case; past the budgets it keeps one admission per request,
      // which counts too much (served ≤ 1): the figure is then an estimate, not a bound.
      const cases = spreadCases(model, component.spread, total, degree);
      if (cases.length > MAX_POINTS + 1 || evaluations * cases.length > MAX_CASES) {
        unbounded = true;
        return;
      }
      evaluations *= cases.length;
      const runs = Float64Array.from({ length: total + 1 }, (_, m) => (m > 0 ? 1 : 0));
      tiers.push({ node, id, cases, perfect: { up: 1, alpha: 1, weight: 1, served: runs } });
      return;
    }
    const outcomes = servedOutcomesAt(model, model.instances);
    if (allOrNothing(outcomes)) return;
    const admissions = outcomes.filter((o) => o.served > 0).map((o) => ({ served: o.served, p: o.p }));
    const down = outcomes.filter((o) => o.served === 0).reduce((sum, o) => sum + o.p, 0);
    const exactPoints = Math.min(admissions.length, degree + 1);
    const mean = exactPoints > MAX_POINTS || evaluations * (exactPoints + 1) > MAX_CASES;
    if (mean) estimated = true;
    const cases = casesOf(admissions, down, degree, mean);
    evaluations *= cases.length;
    tiers.push({ node, id, cases, perfect: { up: 1, alpha: 1, weight: 1 } });
  });
  if (tiers.length === 0 && !estimated && !unbounded) return null;
  return { tiers, estimated, unbounded };
}

/** Whether any component of the board sheds load (most boards: none, and no flow needs a look). */
const shedding = new WeakMap<Graph, boolean>();
function anySheds(graph: Graph): boolean {
  let known = shedding.get(graph);
  if (known === undefined) {
    known = graph.components.some((component) => component.shedsLoad);
    shedding.set(graph, known);
  }
  return known;
}

/** Admission all or nothing (below saturation with enough copies up): one arrival decides them all. */
const allOrNothing = (outcomes: readonly ServedOutcome[]) => outcomes.every((o) => o.served === 0 || o.served === 1);

/** One combination of the tiers' cases: per tier the case taken, and the product of their weights. */
export interface Combination {
  readonly picks: readonly TierCase[];
  readonly weight: number;
}

export function combinations(plan: SheddingPlan): Combination[] {
  let out: Combination[] = [{ picks: [], weight: 1 }];
  for (const tier of plan.tiers)
    out = out.flatMap((c) => tier.cases.map((pick) => ({ picks: [...c.picks, pick], weight: c.weight * pick.weight })));
  return out;
}

/**
 * The flow's inputs and structure in one combination: each tier up (1) or down (0) for sure, and every
 * call into an up tier carrying α per arrival beside its in-time share.
 */
export function withCombination(
  inputs: AvailabilityInputs,
  s: Structure,
  plan: SheddingPlan,
  picks: readonly TierCase[],
): { inputs: AvailabilityInputs; s: Structure } {
  const upOf = new Map<ComponentId, number>();
  const tables = new Map<ComponentId, Float64Array>();
  const alphaAt = new Map<number, number>();
  plan.tiers.forEach((tier, t) => {
    const pick = picks[t] as TierCase;
    if (pick.served) tables.set(tier.id, pick.served);
    else upOf.set(tier.id, pick.up);
    if (pick.up === 1) alphaAt.set(tier.node, pick.alpha);
  });
  const caseInputs: AvailabilityInputs = {
    ...inputs,
    up: (id) => upOf.get(id) ?? inputs.up(id),
    model: (id) => (upOf.has(id) ? undefined : inputs.model(id)),
    servedTable: (id) => tables.get(id) ?? inputs.servedTable?.(id),
  };
  const edges = s.edges.map((list) =>
    list.some((edge) => alphaAt.has(edge.to))
      ? list.map((edge) => {
          const alpha = alphaAt.get(edge.to);
          return alpha === undefined ? edge : { ...edge, inTime: edge.inTime * admitted(alpha, edge.arrivals) };
        })
      : list,
  );
  const groups = s.groups.map((list) =>
    list.map((group) =>
      group.branches.some((branch) => alphaAt.has(branch.to) && branch.needs === 'v')
        ? {
            ...group,
            branches: group.branches.map((branch) => {
              const alpha = alphaAt.get(branch.to);
              return alpha === undefined || branch.needs !== 'v' ? branch : { ...branch, inTime: branch.inTime * admitted(alpha, branch.arrivals) };
            }),
          }
        : group,
    ),
  );
  return { inputs: caseInputs, s: { ...s, edges, groups } };
}
