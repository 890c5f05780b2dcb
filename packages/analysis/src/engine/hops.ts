// The critical path of a flow, hop by hop against its budget. Each hop's plain numbers (kept for
// existing readers) come with their explanations under `why`, the same keys, the same style as every
// other figure.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import type { Hop, SaturatedTier } from '../result';
import type { ComponentState } from './components';
import { visitLatency } from './components';

/** The critical path lists at most this many hops; deep diamonds would otherwise repeat forever. */
export const MAX_HOPS = 64;

export interface HopContext {
  readonly graph: Graph;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
}

function networkWhy(call: ResolvedCall | null): Explained {
  if (call === null) return explained(0, 'ms', 'the entry point: no call reaches it', {});
  return explained(call.networkMs, 'ms', 'round trip of the network tier between caller and callee (latency table)', {
    tier: call.networkTier,
    from: call.from,
    to: call.to,
  });
}

function ownWhy(
  state: ComponentState,
  isEntry: boolean,
): { p50: Explained | null; p99: Explained | null; saturated: SaturatedTier | null } {
  if (isEntry) {
    const none = explained(0, 'ms', 'an entry point originates the request; its own time is not counted', {});
    return { p50: none, p99: none, saturated: null };
  }
  const visit = visitLatency(state);
  return { p50: visit.p50Ms, p99: visit.p99Ms, saturated: visit.saturated };
}

function visitWhy(
  ctx: HopContext,
  call: ResolvedCall | null,
  callerProbability: number,
  cls: TrafficClass,
): Explained {
  if (call === null) return explained(1, 'probability', 'every request of the flow starts at its entry point', {});
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

export function criticalPath(
  ctx: HopContext,
  entryId: ComponentId,
  cls: TrafficClass,
  budgetMs: number,
): { hops: Hop[]; truncated: boolean } {
  const hops: Hop[] = [];
  let truncated = false;
  const visit = (id: ComponentId, call: ResolvedCall | null, callerProbability: number, depth: number) => {
    if (hops.length >= MAX_HOPS) {
      truncated = true;
      return;
    }
    const state = ctx.states.get(id);
    if (!state) return;
    const isEntry = state.component.entry !== undefined && depth === 0;
    const own = ownWhy(state, isEntry);
    const network = networkWhy(call);
    const probability = visitWhy(ctx, call, callerProbability, cls);
    hops.push({
      component: id,
      name: state.component.name,
      via: call?.id ?? null,
      depth,
      networkMs: network.value,
      ownP50Ms: own.p50?.value ?? null,
      ownP99Ms: own.p99?.value ?? null,
      visitProbability: probability.value,
      // A saturated tier's own time is unbounded, and so is its share of any budget.
      budgetShare:
        own.p99 === null
          ? null
          : explained((own.p99.value + network.value) / budgetMs, 'ratio', '(own p99 + network) / p99 budget', {
              ownP99Ms: own.p99.value,
              networkMs: network.value,
              budgetMs,
            }, own.p99.capped ? { capped: true } : undefined),
      saturated: own.saturated,
      why: { networkMs: network, ownP50Ms: own.p50, ownP99Ms: own.p99, visitProbability: probability },
    });
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
      if (slowest) visit(slowest.to, slowest, probability.value, depth + 1);
    }
  };
  visit(entryId, null, 1, 0);
  return { hops, truncated };
}
