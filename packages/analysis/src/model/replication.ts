// Replication is not a request call. A `replication` call from a store into a replica box (the
// catalog's `defaultCallMode` picks it when a store is wired to its replica kind or to another box of
// its own kind) says the box is a copy of the store. The playbook's primary-replica model (10.1) is
// what the engine already applies to a store's `readReplicas`: the replicas take reads beside the
// primary, writes stay on the primary, and a replica is promoted when the primary fails
// (traffic/utilisation.ts, availability/component-up.ts). So a replica box that no request calls
// directly is counted once, as read replicas of its primary (its instances; a primary whose own
// `readReplicas` is larger already counts the box among them), and the replication
// call leaves the request graph: the box is never a step in series on a request's path.
//
// A replica box that requests also call directly (an app reading from it) keeps serving that traffic
// as its own component; it is then not folded into the primary as well, which would count it twice.
// Either way the primary is not "a database without a replica", and the box, being a copy, is not
// asked for a second instance or for traffic of its own.
//
// Folded copies are taken with the primary's figures (capacity, latency, availability). A box in the
// primary's zone keeps its copies with the primary's instances, as `readReplicas` are; a box in another
// zone places them there, as parts of the primary's spread (model/replica-zones.ts), so losing the
// primary's zone promotes the copy that survives instead of taking the store down.
import type { ComponentId, ResolvedCall, ResolvedComponent, ResolvedZone, ZoneId } from './graph';
import { placeReplicas } from './replica-zones';

export interface Replicated {
  /** The components, each primary's `readReplicas` at least its folded replica boxes' instances. */
  readonly components: readonly ResolvedComponent[];
  /** The calls a request makes: every call but the replication ones. */
  readonly requestCalls: readonly ResolvedCall[];
}

/** The store at the top of a chain of replication calls (primary → replica → replica of the replica). */
function primaryOf(id: ComponentId, copyOf: ReadonlyMap<ComponentId, ComponentId>): ComponentId {
  let at = id;
  const seen = new Set<ComponentId>([at]);
  for (let up = copyOf.get(at); up !== undefined && !seen.has(up); up = copyOf.get(at)) {
    seen.add(up);
    at = up;
  }
  return at;
}

export function withReplication(
  components: readonly ResolvedComponent[],
  calls: readonly ResolvedCall[],
  zones: ReadonlyMap<ZoneId, ResolvedZone> = new Map(),
): Replicated {
  if (!calls.some((call) => call.mode === 'replication')) return { components, requestCalls: calls };
  const requestCalls = calls.filter((call) => call.mode !== 'replication');
  const calledByRequests = new Set<ComponentId>(requestCalls.map((call) => call.to));
  // Each replica copies one store: the first replication call into it names it (board order).
  const copyOf = new Map<ComponentId, ComponentId>();
  for (const call of calls) {
    if (call.mode !== 'replication' || call.from === call.to || copyOf.has(call.to)) continue;
    copyOf.set(call.to, call.from);
  }
  const byId = new Map(components.map((component) => [component.id, component]));
  const folded = new Map<ComponentId, number>();
  const foldedBoxes = new Map<ComponentId, ResolvedComponent[]>();
  const replicatedTo = new Map<ComponentId, ComponentId[]>();
  for (const [replica, source] of copyOf) {
    const primary = primaryOf(replica, copyOf);
    // A cycle of replication calls has no primary: leave its boxes as they are.
    if (primary === replica) continue;
    replicatedTo.set(source, [...(replicatedTo.get(source) ?? []), replica]);
    const box = byId.get(replica);
    if (box && !calledByRequests.has(replica) && box.entry === undefined) {
      folded.set(primary, (folded.get(primary) ?? 0) + box.instances);
      foldedBoxes.set(primary, [...(foldedBoxes.get(primary) ?? []), box]);
    }
  }
  const resolved = components.map((component): ResolvedComponent => {
    const extra = folded.get(component.id) ?? 0;
    const replicaOf = copyOf.has(component.id) && primaryOf(component.id, copyOf) !== component.id ? copyOf.get(component.id) : undefined;
    const targets = replicatedTo.get(component.id) ?? [];
    if (extra === 0 && replicaOf === undefined && targets.length === 0) return component;
    // A box drawn for a replica the primary's `readReplicas` already counts is that replica, not one more.
    const readReplicas = Math.max(component.readReplicas, extra);
    const counted: ResolvedComponent = {
      ...component,
      readReplicas,
      dataCopies: Math.max(component.dataCopies, component.instances + readReplicas),
      replicaOf,
      replicatedTo: targets,
    };
    const boxes = foldedBoxes.get(component.id);
    return boxes === undefined ? counted : placeReplicas(counted, boxes, zones);
  });
  return { components: resolved, requestCalls };
}
