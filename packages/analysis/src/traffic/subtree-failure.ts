// Why a retrying call sends more attempts: its callee's whole subtree failed the request, or an attempt
// answered after the timeout. The states behind a failure hold for the request (nothing is repaired
// between two attempts a few milliseconds apart), so a request the subtree fails takes every attempt,
// 1 + retries of them, and a failure further down counts as much as the callee's own: a → b → x with x
// at 90 % and two retries on a → b sends b 1 + 0.1 × 2 = 1.2 attempts per call, as the oracle measures.
//
// The subtree's failure probability is an estimate for load, not the flow's exact availability: each
// component is up as its k-of-n model says at the current load (component-up.ts), and its required
// synchronous calls are taken as independent, so a diamond's shared part counts twice and zones failing
// at random are left out (a zone marked down already is in: its instances do not run). A branch of an
// alternative group counts with its routed share; a failed-over share goes where the board routes it.
// These move the load by the product of two small failure rates, far below the instance's own.
import { servedAt, upModel } from '../availability/component-up';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import { requestShare, routedShare } from '../model/alternatives';
import type { ConsumerFeed } from './consumers';
import type { ClassLoad, LateShares } from './load';
import { copyLoad } from './utilisation';

/** P(the callee's subtree fails a request of a class), per call. */
export type SubtreeFailures = (call: ResolvedCall, cls: TrafficClass) => number;

/** No failure anywhere: the attempts then follow the late shares alone. */
export const NEVER_FAILS: SubtreeFailures = () => 0;

const NO_LOAD: ClassLoad = { read: 0, write: 0 };

/**
 * Each call's subtree failure at these loads and late shares. A call whose every attempt is late fails
 * too (ℓ^(1 + retries) of them), which is how a timeout further down fails the callee's answer.
 */
export function subtreeFailures(
  graph: Graph,
  peak: ReadonlyMap<ComponentId, ClassLoad>,
  feeds: ReadonlyMap<ComponentId, readonly ConsumerFeed[]>,
  late: LateShares,
): SubtreeFailures {
  // Per class, by component (no key strings: this runs for every component in every round).
  const memo: Record<TrafficClass, Map<ComponentId, number>> = { read: new Map(), write: new Map() };
  const up = new Map<ComponentId, number>();
  const componentUp = (id: ComponentId): number => {
    let known = up.get(id);
    if (known === undefined) {
      const component = graph.byId.get(id);
      if (!component) known = 1;
      else {
        const load = peak.get(id) ?? NO_LOAD;
        known = servedAt(upModel(component, copyLoad(component, load, feeds.get(id) ?? []), load), component.instances);
      }
      up.set(id, known);
    }
    return known;
  };
  // Graph calls are acyclic (back edges were cut), so the recursion ends.
  const success = (id: ComponentId, cls: TrafficClass): number => {
    const known = memo[cls].get(id);
    if (known !== undefined) return known;
    const caller = graph.byId.get(id);
    let total = componentUp(id);
    // An alternative group's failure is the routed mixture of its branches', made by the group's share.
    // A share routed nowhere (its branch down without failover) fails: 1 − Σ routed.
    // Made on the first branch met: most components call no alternative group.
    let groups: Map<string, { share: number; failure: number; routed: number }> | undefined;
    for (const call of graph.outgoing.get(id) ?? []) {
      if (call.mode !== 'sync' || call.optional) continue;
      const share = requestShare(caller, call, cls);
      if (share <= 0) continue;
      const copy = callSuccess(call, cls);
      const made = Math.pow(copy, call.callsPerRequest);
      if (call.branch === undefined) {
        total *= 1 - share * (1 - made);
        continue;
      }
      groups ??= new Map();
      const group = groups.get(call.branch.group) ?? { share, failure: 0, routed: 0 };
      const routed = routedShare(call, cls);
      group.failure += routed * (1 - made);
      group.routed += routed;
      groups.set(call.branch.group, group);
    }
    if (groups !== undefined)
      for (const group of groups.values()) total *= 1 - group.share * Math.min(1, group.failure + Math.max(0, 1 - group.routed));
    memo[cls].set(id, total);
    return total;
  };
  const callSuccess = (call: ResolvedCall, cls: TrafficClass): number =>
    success(call.to, cls) * (1 - Math.pow(late(call, cls), 1 + call.retries));
  return (call, cls) => 1 - success(call.to, cls);
}
