// The critical path of a flow, hop by hop against its budget. Each hop's plain numbers (kept for
// existing readers) come with their explanations under `why`, the same keys, the same style as every
// other figure. The entry point is not a hop: it originates the request and costs nothing. A hop
// reached through a fan-out of N shows the slowest of its N visits (the request waits for all of them),
// and its share of the budget is its time at the flow's p99: among the share v of requests that reach
// it, the flow's slowest 1 % are its slowest 1 %/v, so a hop only some requests visit weighs less.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { Histogram } from '../latency/distribution';
import { maxOfCopies, percentile } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import type { Hop, SaturatedTier } from '../result';
import type { ComponentState } from './components';
import { visitLatency } from './components';

/** The critical path lists at most this many hops; deep diamonds would otherwise repeat forever. */
export const MAX_HOPS = 64;

/** The flow's p99 leaves this share of requests above it. */
const TAIL = 0.01;

export interface HopContext {
  readonly graph: Graph;
  readonly grid: Grid;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
}

/** Per call, shared by every flow's hop over it (the same figure). */
const networkWhys = new WeakMap<ResolvedCall, Explained>();

function networkWhy(call: ResolvedCall): Explained {
  let known = networkWhys.get(call);
  if (known === undefined) {
    known = buildNetworkWhy(call);
    networkWhys.set(call, known);
  }
  return known;
}

function buildNetworkWhy(call: ResolvedCall): Explained {
  return explained(call.networkMs, 'ms', 'round trip of the network tier between caller and callee (latency table)', {
    tier: call.networkTier,
    from: call.from,
    to: call.to,
  });
}

interface Own {
  readonly p50: Explained | null;
  readonly p99: Explained | null;
  readonly saturated: SaturatedTier | null;
  /** The time the request spends here per visit of the hop (the slowest of its fan-out), or null when unbounded. */
  readonly histogram: Histogram | null;
}

function ownWhy(ctx: HopContext, state: ComponentState, copies: number): Own {
  const visit = visitLatency(state);
  if (visit.p50Ms === null || visit.p99Ms === null || copies <= 1)
    return { p50: visit.p50Ms, p99: visit.p99Ms, saturated: visit.saturated, histogram: visit.saturated ? null : state.own };
  const histogram = maxOfCopies(state.own, copies);
  const formula = 'percentile of the slowest of N visits: the request waits for every call of its fan-out (CDF^N)';
  const options = visit.p99Ms.capped ? { capped: true } : undefined;
  const inputs = { copies, oneVisitP50Ms: visit.p50Ms.value, oneVisitP99Ms: visit.p99Ms.value };
  return {
    p50: explained(percentile(ctx.grid, histogram, 0.5), 'ms', formula, inputs, options),
    p99: explained(percentile(ctx.grid, histogram, 0.99), 'ms', formula, inputs, options),
    saturated: null,
    histogram,
  };
}

function visitWhy(ctx: HopContext, call: ResolvedCall, callerProbability: number, cls: TrafficClass): Explained {
  const caller = ctx.graph.byId.get(call.from);
  const miss = caller?.isCache === true && cls === 'read' ? 1 - (caller.hitRatio ?? 0) : 1;
  const share = ctx.composer.shareCalled(call, cls);
  return explained(
    callerProbability * share,
    'probability',
    "caller's visit probability × call fraction × (1 − hit ratio when the caller is a cache and the request a read)",
    { callerVisitProbability: callerProbability, fraction: call.fraction, missRatio: miss, trafficClass: cls },
  );
}

const SHARE_FORMULA =
  "(own time at the flow's p99 + network) / p99 budget; own time at the flow's p99 = its quantile 1 − 1 % / (share of requests reaching it)";

/** Its own unit, so every place that shows it reads "over budget ×N" past 1 (present/format.ts), not "2,307 %". */
const BUDGET_SHARE = 'budget-share';

/** The hop's share of the budget, weighted by the share of the flow's requests that reach it (see the header). */
function budgetShareWhy(ctx: HopContext, own: Own, networkMs: number, reached: number, budgetMs: number): Explained | null {
  if (own.p99 === null || own.histogram === null) return null;
  const options = own.p99.capped ? { capped: true } : undefined;
  if (reached <= TAIL + 1e-12)
    return explained(0, BUDGET_SHARE, SHARE_FORMULA, { requestShare: reached, networkMs, budgetMs }, {
      note: "1 % of requests or fewer reach it: alone it cannot set the flow's p99",
    });
  const quantile = 1 - TAIL / reached;
  const atQuantile = quantile >= 0.99 ? own.p99.value : percentile(ctx.grid, own.histogram, quantile);
  return explained(
    (atQuantile + networkMs) / budgetMs,
    BUDGET_SHARE,
    SHARE_FORMULA,
    { requestShare: reached, quantile, ownAtQuantileMs: atQuantile, ownP99Ms: own.p99.value, networkMs, budgetMs },
    options,
  );
}

const NOT_REACHED = explained(0, 'probability', 'no request of the flow reaches it', {});

/** The hops of one traffic class's critical path: at each step, the call whose p99 is the largest. */
export function criticalPath(
  ctx: HopContext,
  entryId: ComponentId,
  cls: TrafficClass,
  budgetMs: number,
  reach: { get(id: ComponentId): { readonly share: Explained } | undefined },
): { hops: Hop[]; truncated: boolean } {
  const hops: Hop[] = [];
  let truncated = false;
  const follow = (id: ComponentId, probability: number, copies: number, depth: number) => {
    for (const step of ctx.composer.steps(id, cls)) {
      // In a parallel group the request waits for the slowest call, so that one is on the critical path.
      let slowest = step.calls[0];
      let slowestP99 = -1;
      for (const next of step.calls) {
        const p99 = ctx.composer.p99(ctx.composer.callLatency(next, cls));
        if (p99 > slowestP99) {
          slowest = next;
          slowestP99 = p99;
        }
      }
      if (slowest) visit(slowest, probability, copies * slowest.callsPerRequest, depth + 1);
    }
  };
  const visit = (call: ResolvedCall, callerProbability: number, copies: number, depth: number) => {
    if (hops.length >= MAX_HOPS) {
      truncated = true;
      return;
    }
    const state = ctx.states.get(call.to);
    if (!state) return;
    const own = ownWhy(ctx, state, copies);
    const network = networkWhy(call);
    const probability = visitWhy(ctx, call, callerProbability, cls);
    const reached = reach.get(call.to)?.share ?? NOT_REACHED;
    hops.push({
      component: call.to,
      name: state.component.name,
      via: call.id,
      depth,
      networkMs: network.value,
      ownP50Ms: own.p50?.value ?? null,
      ownP99Ms: own.p99?.value ?? null,
      visitProbability: probability.value,
      reach: reached,
      // A saturated tier's own time is unbounded, and so is its share of any budget.
      budgetShare: budgetShareWhy(ctx, own, network.value, reached.value, budgetMs),
      saturated: own.saturated,
      why: { networkMs: network, ownP50Ms: own.p50, ownP99Ms: own.p99, visitProbability: probability },
    });
    // A producer waits for the broker's acknowledgement only: its consumers are lag, not path.
    if (!call.waitsForAck) follow(call.to, probability.value, copies, depth);
  };
  follow(entryId, 1, 1, 0);
  return { hops, truncated };
}
