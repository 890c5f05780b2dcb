// Consumer groups: who drains a queue or a stream, and how many of them can work at once. In a
// consumer group "one partition [is] consumed by exactly one consumer" (playbook 13.6), so at most
// min(partitions, consumers) consumers take messages in parallel and the rest sit idle; each consumer
// runs on an instance of the consumer service, whose capacity is per instance. That parallelism, not
// the consumer service's instance count, is what the stream's traffic gets.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { ComponentId, Graph, ResolvedCall, ResolvedComponent } from '../model/graph';
import type { AttemptsOf, ClassLoad } from './load';
import { callLoad } from './load';

export interface ConsumerGroup {
  /** Consumers that can take messages at once: min(partitions, consumers). */
  readonly activeConsumers: Explained;
  /** Consumers beyond the partitions, which get no partition and do nothing. */
  readonly idleConsumers: Explained;
}

/** One call from a queue or stream to a consumer service: the traffic it delivers and who can serve it. */
export interface ConsumerFeed {
  readonly call: ResolvedCall;
  readonly source: ResolvedComponent;
  readonly load: ClassLoad;
  readonly partitions: number | undefined;
  readonly consumers: number | undefined;
  /** Instances of the consumer service that work on this traffic: min(partitions, consumers, instances). */
  readonly working: number;
}

/** A queue or stream whose consumers the board describes; others deliver to plain callees. */
export function hasConsumerGroup(component: ResolvedComponent): boolean {
  return component.isQueue && (component.partitions !== undefined || component.consumers !== undefined);
}

/** min(partitions, consumers) of a group; a queue without partitions lets every consumer compete. */
export function activeConsumers(component: ResolvedComponent): number {
  return Math.min(component.partitions ?? Infinity, component.consumers ?? Infinity);
}

export function consumerGroup(component: ResolvedComponent): ConsumerGroup | null {
  if (!hasConsumerGroup(component)) return null;
  const active = activeConsumers(component);
  const partitions = component.partitions ?? 'none';
  const consumers = component.consumers ?? 'not given';
  const inputs = { partitions, consumers };
  const formula =
    component.partitions === undefined
      ? 'consumers (no partitions: competing consumers share the queue)'
      : component.consumers === undefined
        ? 'partitions (one consumer per partition at most)'
        : 'min(partitions, consumers): one partition goes to exactly one consumer of a group';
  const idle = component.consumers === undefined ? 0 : Math.max(0, component.consumers - active);
  return {
    activeConsumers: explained(active, 'consumers', formula, inputs),
    idleConsumers: explained(idle, 'consumers', 'consumers − min(partitions, consumers)', inputs),
  };
}

/** Per consumer service, the feeds it drains from queues and streams with a consumer group. */
export function consumerFeeds(
  graph: Graph,
  loads: ReadonlyMap<ComponentId, ClassLoad>,
  attempts?: AttemptsOf,
): Map<ComponentId, ConsumerFeed[]> {
  const feeds = new Map<ComponentId, ConsumerFeed[]>();
  for (const source of graph.components) {
    if (!hasConsumerGroup(source)) continue;
    const sourceLoad = loads.get(source.id) ?? { read: 0, write: 0 };
    for (const call of graph.outgoing.get(source.id) ?? []) {
      const consumer = graph.byId.get(call.to);
      if (!consumer) continue;
      const feed: ConsumerFeed = {
        call,
        source,
        load: callLoad(graph, call, sourceLoad, attempts),
        partitions: source.partitions,
        consumers: source.consumers,
        working: Math.min(activeConsumers(source), consumer.instances),
      };
      const list = feeds.get(consumer.id);
      if (list) list.push(feed);
      else feeds.set(consumer.id, [feed]);
    }
  }
  return feeds;
}
