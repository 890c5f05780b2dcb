// Freshness: how long after a request its asynchronous work is done. It never adds to the request's
// latency; for a queue or stream it is the enqueue, the wait for a consumer and the consumer's own
// time, and the wait depends on how many consumers can work at once (min(partitions, consumers,
// instances), see traffic/consumers.ts). A consumer group that cannot keep up has no steady lag at all.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { LatencyComposer } from '../latency/compose';
import { percentile } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { ComponentId, Graph, ResolvedCall } from '../model/graph';
import { topoPositions } from '../model/graph';
import type { Freshness } from '../result';
import type { ComponentState } from './components';

export interface FreshnessContext {
  readonly graph: Graph;
  readonly grid: Grid;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
}

const PLAIN = 'network + queue wait + consumer time (off the request path)';
const GROUP =
  'network + enqueue + wait for one of min(partitions, consumers, instances) consumers (M/M/c) + consumer time (off the request path)';

/** The busiest consumer service the target's consumer group feeds, if the target has one. */
function busiestConsumer(ctx: FreshnessContext, target: ComponentId): ComponentState | undefined {
  let busiest: ComponentState | undefined;
  for (const call of ctx.graph.outgoing.get(target) ?? []) {
    const state = ctx.states.get(call.to);
    if (!state?.feeds.some((feed) => feed.source.id === target)) continue;
    if (!busiest || state.traffic.utilisation.value > busiest.traffic.utilisation.value) busiest = state;
  }
  return busiest;
}

function figure(ctx: FreshnessContext, call: ResolvedCall, q: number): Explained {
  const lag = call.networkMs + percentile(ctx.grid, ctx.composer.lag(call.to), q);
  const consumer = busiestConsumer(ctx, call.to);
  const feed = consumer?.feeds.find((item) => item.source.id === call.to);
  if (!consumer || !feed) return explained(lag, 'ms', PLAIN, { networkMs: call.networkMs });
  const utilisation = consumer.traffic.utilisation.value;
  const inputs = {
    networkMs: call.networkMs,
    partitions: feed.partitions ?? 'none',
    consumers: feed.consumers ?? 'not given',
    consumer: consumer.component.name,
    consumerInstances: consumer.component.instances,
    workingInstances: feed.working,
    consumerUtilisation: utilisation,
    consumerMeanWaitMs: consumer.queue?.meanWaitMs.value ?? 0,
  };
  if (utilisation < 1) return explained(lag, 'ms', GROUP, inputs);
  return explained(lag, 'ms', GROUP, inputs, {
    capped: true,
    note: `${consumer.component.name} cannot keep up (utilisation ≥ 1): the backlog grows without bound, so the lag only grows; the figure is the engine's cap`,
  });
}

/**
 * A call's freshness is the same in every flow that reaches it: built once per call and analysis, and
 * the flows share it (two percentiles of the lag each time, and objects the result would hold twice).
 */
const byCall = new WeakMap<ResolvedCall, Freshness>();

function callFreshness(ctx: FreshnessContext, call: ResolvedCall): Freshness {
  let known = byCall.get(call);
  if (known === undefined) {
    known = { call: call.id, target: call.to, p50Ms: figure(ctx, call, 0.5), p99Ms: figure(ctx, call, 0.99) };
    byCall.set(call, known);
  }
  return known;
}

/** Reached flags by topological position, all clear between calls; grown to the largest board seen. */
let reachedScratch = new Uint8Array(0);

/** Async calls made anywhere the flow reaches synchronously, in topological order. */
export function freshness(ctx: FreshnessContext, entryId: ComponentId): Freshness[] {
  const order = ctx.graph.topoOrder;
  const position = topoPositions(ctx.graph);
  const start = position.get(entryId);
  const out: Freshness[] = [];
  if (start === undefined) return out;
  if (reachedScratch.length < order.length) reachedScratch = new Uint8Array(order.length);
  const reached = reachedScratch;
  const touched: number[] = [start];
  reached[start] = 1;
  // Nothing before the entry in topological order can be reached from it.
  for (let at = start; at < order.length; at++) {
    if (reached[at] === 0) continue;
    for (const call of ctx.graph.outgoing.get(order[at] as ComponentId) ?? []) {
      if (call.mode === 'sync') {
        const to = position.get(call.to);
        if (to !== undefined && reached[to] === 0) {
          reached[to] = 1;
          touched.push(to);
        }
        continue;
      }
      out.push(callFreshness(ctx, call));
    }
  }
  for (const at of touched) reached[at] = 0;
  return out;
}
