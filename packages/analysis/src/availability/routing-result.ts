// What the result says about routing and placement, for a reader that shows them (the board's split
// shares on a load balancer's calls, a spread component's zones): a branch's weight and the share of
// requests it takes in the board's state, and where a spread component's instances run.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import type { CallId, Graph, ResolvedCall, ResolvedComponent, ZoneId } from '../model/graph';

/** A branch of an alternative group (null on a plain call). */
export interface CallRouting {
  readonly group: string;
  /** The board's share read as a weight, normalised over the group. */
  readonly weight: Explained;
  /** Share of the caller's requests of each class that take this branch in the board's state (after failover). */
  readonly readShare: Explained;
  readonly writeShare: Explained;
  /** Whether its share moves to the surviving branches when its target is down. */
  readonly failover: Explained;
}

/** Where a spread component's instances run (null for a component in one place). */
export interface ComponentPlacement {
  readonly zones: ReadonlyArray<{ readonly zone: ZoneId; readonly instances: Explained; readonly down: Explained }>;
  /** Instances whose zones are all up in the board's state: what capacity and P(up) count. */
  readonly running: Explained;
}

function routing(graph: Graph, call: ResolvedCall): CallRouting | null {
  const branch = call.branch;
  if (branch === undefined) return null;
  const target = graph.byId.get(call.to);
  const share = (cls: 'read' | 'write', value: number) =>
    explained(
      value,
      'ratio',
      'weight among the branches carrying the class, plus the failed-over shares of down branches, in proportion',
      { group: branch.group, weight: branch.weight, trafficClass: cls, targetDown: target?.down === true ? 'yes' : 'no' },
      target?.down === true ? { note: `${target.name} is down: ${branch.failover ? 'its share fails over' : 'its share fails'}` } : {},
    );
  return {
    group: branch.group,
    weight: explained(branch.weight, 'ratio', 'share / Σ shares of the group (unset shares split what the set ones leave of 1)', {
      group: branch.group,
    }),
    readShare: share('read', branch.routed.read),
    writeShare: share('write', branch.routed.write),
    failover: explainedFlag(branch.failover, 'the board\'s failover (default yes)', { group: branch.group }),
  };
}

/** Each call's routing by id, built once per analysis (a board without groups builds an empty map). */
export function routingByCall(graph: Graph): (id: CallId) => CallRouting | null {
  const branches = new Map<CallId, CallRouting>();
  for (const call of graph.calls) {
    const found = routing(graph, call);
    if (found) branches.set(call.id, found);
  }
  return (id) => branches.get(id) ?? null;
}

export function componentPlacement(graph: Graph, component: ResolvedComponent): ComponentPlacement | null {
  if (component.spread === undefined) return null;
  const lost = (zone: ZoneId) => (graph.zones.get(zone)?.availability ?? 1) === 0;
  return {
    zones: component.spread.map((part) => ({
      zone: part.zone,
      instances: explained(part.instances, 'instances', 'the spread: its count, or instances split evenly (remainder first)', {
        spread: part.zone,
      }),
      down: explainedFlag(part.chain.some(lost), 'the zone or a zone around it is marked down', { zone: part.zone }),
    })),
    running: explained(
      component.spread.reduce((sum, part) => sum + (part.chain.some(lost) ? 0 : part.instances), 0),
      'instances',
      'Σ instances of the zones that are not down',
      { configured: component.configuredInstances },
    ),
  };
}
