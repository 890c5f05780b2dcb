// Per-component figures: load, utilisation, queueing, the latency of one visit and P(up).
import type { UpModel } from '../availability/component-up';
import { componentUp, upModel } from '../availability/component-up';
import { componentStorage } from '../capacity/estimate';
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { Histogram } from '../latency/distribution';
import { convolve, logNormal, logNormalMeanMs, percentile, queueWait } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { Graph, ResolvedComponent } from '../model/graph';
import type { ComponentId } from '../model/graph';
import type { QueueResult } from '../queueing/mmc';
import { queueAt } from '../queueing/mmc';
import type { ClassLoad } from '../traffic/load';
import { propagateLoads } from '../traffic/load';
import type { ComponentTraffic } from '../traffic/utilisation';
import { componentTraffic, copyLoad, isServer } from '../traffic/utilisation';
import type { ConsumerFeed, ConsumerGroup } from '../traffic/consumers';
import { consumerFeeds, consumerGroup } from '../traffic/consumers';

export interface ComponentState {
  readonly component: ResolvedComponent;
  readonly load: ClassLoad;
  readonly traffic: ComponentTraffic;
  readonly queue: QueueResult | null;
  readonly own: Histogram;
  readonly ownP50: number;
  readonly ownP99: number;
  readonly up: Explained;
  /** What `up` is computed from, for fewer running instances too (a spread losing a zone) and health checks. */
  readonly upModel: UpModel;
  readonly served: number;
  readonly storagePerYear: Explained | null;
  /** Traffic this component drains from queues and streams, with the consumers that can work on it. */
  readonly feeds: readonly ConsumerFeed[];
  /** For a queue or stream: how many of its consumers work at once. */
  readonly consumerGroup: ConsumerGroup | null;
}

export function componentStates(graph: Graph, grid: Grid): Map<ComponentId, ComponentState> {
  const [peak = new Map<ComponentId, ClassLoad>(), average = new Map<ComponentId, ClassLoad>()] = propagateLoads(graph, [
    (component) => component.entry?.rps ?? 0,
    (component) => (component.entry ? component.entry.rps / component.entry.peakFactor : 0),
  ]);
  const states = new Map<ComponentId, ComponentState>();
  // Many components share a kind's default latencies; fit each (p50, p99) pair once per analysis.
  const fitted = new Map<string, Histogram>();
  const serviceTime = (p50: number, p99: number) => {
    const key = `${p50}|${p99}`;
    let histogram = fitted.get(key);
    if (!histogram) {
      histogram = logNormal(grid, p50, p99);
      fitted.set(key, histogram);
    }
    return histogram;
  };
  const feedsOf = consumerFeeds(graph, peak);
  for (const component of graph.components) {
    const load = peak.get(component.id) ?? { read: 0, write: 0 };
    const feeds = feedsOf.get(component.id) ?? [];
    const traffic = componentTraffic(component, load, feeds);
    const server = isServer(component);
    const meanServiceMs = logNormalMeanMs(component.p50Ms, component.p99Ms);
    // A consumer group's messages queue for its working instances only, so they are the servers.
    const working = feeds.length > 0 ? Math.max(1, Math.min(...feeds.map((feed) => feed.working))) : undefined;
    const queue = server
      ? queueAt({
          utilisation: traffic.utilisation.value,
          instances: working ?? component.instances,
          capacityRps: component.capacityRps,
          meanServiceMs,
          arrivalRps: load.read + load.write,
        })
      : null;
    const service = serviceTime(server ? component.p50Ms : 0, server ? component.p99Ms : 0);
    const own =
      queue && queue.wait.probability > 1e-9
        ? convolve(grid, service, queueWait(grid, queue.wait.probability, queue.wait.conditionalMeanMs))
        : service;
    const ownP50 = percentile(grid, own, 0.5);
    const ownP99 = percentile(grid, own, 0.99);
    const averageWrites = average.get(component.id)?.write ?? 0;
    const model = upModel(component, copyLoad(component, load, feeds), load);
    states.set(component.id, {
      component,
      load,
      traffic,
      queue,
      own,
      ownP50,
      ownP99,
      up: componentUp(model),
      upModel: model,
      // The saturated share is already inside `up` (servedShare), so it is not counted twice.
      served: 1,
      storagePerYear: componentStorage(component, averageWrites),
      feeds,
      consumerGroup: consumerGroup(component),
    });
  }
  return states;
}

export function visitLatency(state: ComponentState): { p50Ms: Explained; p99Ms: Explained } {
  const inputs = {
    p50Ms: state.component.p50Ms,
    p99Ms: state.component.p99Ms,
    meanWaitMs: state.queue?.meanWaitMs.value ?? 0,
  };
  const formula = 'percentile of log-normal(p50, p99) ⊕ M/M/c wait';
  return {
    p50Ms: explained(state.ownP50, 'ms', formula, inputs),
    p99Ms: explained(state.ownP99, 'ms', formula, inputs),
  };
}
