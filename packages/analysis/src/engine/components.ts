// Per-component figures: load, utilisation, queueing, the latency of one visit and P(up).
import type { UpModel } from '../availability/component-up';
import { componentUp, upModel } from '../availability/component-up';
import { componentStorage } from '../capacity/estimate';
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { Histogram } from '../latency/distribution';
import { logNormalMeanMs, percentile, pointMass } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { Graph, ResolvedComponent } from '../model/graph';
import type { ComponentId } from '../model/graph';
import type { QueueResult } from '../queueing/mmc';
import type { SaturatedTier } from '../result';
import { queueAt } from '../queueing/mmc';
import type { ClassLoad } from '../traffic/load';
import type { ComponentTraffic } from '../traffic/utilisation';
import { componentTraffic, copyLoad, isServer, servingCopies } from '../traffic/utilisation';
import type { ConsumerFeed, ConsumerGroup } from '../traffic/consumers';
import { consumerGroup } from '../traffic/consumers';
import type { LoadLatency } from './load-latency';
import { shedsLoad } from './load-latency';

export interface ComponentState {
  readonly component: ResolvedComponent;
  readonly load: ClassLoad;
  readonly traffic: ComponentTraffic;
  readonly queue: QueueResult | null;
  readonly own: Histogram;
  readonly ownP50: number;
  readonly ownP99: number;
  /** Saturated and not shedding load: its queue, and so the latency of a visit, grows without bound. */
  readonly unbounded: boolean;
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

/**
 * Each component's figures at the load ↔ latency solution (`load-latency.ts`): its load and utilisation,
 * its queue from the same ρ, and the latency of one visit from the distribution the solution built.
 */
/**
 * A server's queue at the solution. Idle servers (no arrivals: most of a large board's unreached parts)
 * with the same copies, capacity and service time have the same figures: built once per analysis and
 * shared, rather than objects every garbage collection during the analysis copies.
 */
function serverQueue(
  component: ResolvedComponent,
  traffic: ComponentTraffic,
  load: ClassLoad,
  feeds: readonly ConsumerFeed[],
  solved: LoadLatency,
  idle: Map<string, QueueResult>,
): QueueResult {
  const input = {
    utilisation: traffic.utilisation.value,
    copies: servingCopies(component, feeds),
    capacityRps: component.capacityRps,
    meanServiceMs: logNormalMeanMs(component.p50Ms, component.p99Ms),
    arrivalRps: load.read + load.write,
    shedsLoad: shedsLoad(component),
  };
  const shape = solved.tiers.get(component.id)?.shape ?? undefined;
  if (!Object.is(input.utilisation, 0) || !Object.is(input.arrivalRps, 0)) return queueAt(input, shape);
  // Numbers print exactly (shortest round trip), so equal keys are equal inputs.
  const key = `${input.copies}|${input.capacityRps}|${input.meanServiceMs}|${input.shedsLoad}`;
  let known = idle.get(key);
  if (known === undefined) {
    known = queueAt(input, shape);
    idle.set(key, known);
  }
  return known;
}

export function componentStates(graph: Graph, grid: Grid, solved: LoadLatency): Map<ComponentId, ComponentState> {
  const states = new Map<ComponentId, ComponentState>();
  const idle = new Map<string, QueueResult>();
  for (const component of graph.components) {
    const load = solved.peak.get(component.id) ?? { read: 0, write: 0 };
    const feeds = solved.feeds.get(component.id) ?? [];
    const traffic = componentTraffic(component, load, feeds);
    const server = isServer(component);
    const queue = server ? serverQueue(component, traffic, load, feeds, solved, idle) : null;
    const own = solved.tiers.get(component.id)?.own ?? pointMass(grid, 0);
    const ownP50 = percentile(grid, own, 0.5);
    const ownP99 = percentile(grid, own, 0.99);
    const averageWrites = solved.average.get(component.id)?.write ?? 0;
    const model = upModel(component, copyLoad(component, load, feeds), load);
    states.set(component.id, {
      component,
      load,
      traffic,
      queue,
      own,
      ownP50,
      ownP99,
      unbounded: queue?.wait.unbounded ?? false,
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

/** The component as a tier whose queue grows without bound, or null when its latency is a figure. */
export function saturatedTier(state: ComponentState): SaturatedTier | null {
  if (!state.unbounded) return null;
  return { component: state.component.id, name: state.component.name, utilisation: state.traffic.utilisation };
}

interface VisitLatency {
  readonly p50Ms: Explained | null;
  readonly p99Ms: Explained | null;
  readonly saturated: SaturatedTier | null;
}

/**
 * Built once per state: the component's result and every flow's hop through it show the same figures,
 * so they share one set of objects (an analysis keeps its whole result alive while it runs, and each
 * object it holds is copied by every garbage collection on the way).
 */
const visits = new WeakMap<ComponentState, VisitLatency>();

/** One visit's p50 and p99 (null when unbounded: saturated, not shedding load), and the tier that makes them so. */
export function visitLatency(state: ComponentState): VisitLatency {
  let known = visits.get(state);
  if (known === undefined) {
    // Only idle servers share queue results; for the others a lookup would only add maps.
    const idle = Object.is(state.load.read, 0) && Object.is(state.load.write, 0);
    known = state.unbounded || state.queue === null || !idle ? buildVisitLatency(state) : sameVisit(state, state.queue);
    visits.set(state, known);
  }
  return known;
}

/**
 * Components whose visits are built from the same queue result (idle servers share one, see
 * `serverQueue`), the same distribution and the same p50/p99 have the same figures: shared too.
 */
const sameVisits = new WeakMap<QueueResult, WeakMap<Histogram, Map<string, VisitLatency>>>();

function sameVisit(state: ComponentState, queue: QueueResult): VisitLatency {
  let byOwn = sameVisits.get(queue);
  if (byOwn === undefined) {
    byOwn = new WeakMap();
    sameVisits.set(queue, byOwn);
  }
  let byTimes = byOwn.get(state.own);
  if (byTimes === undefined) {
    byTimes = new Map();
    byOwn.set(state.own, byTimes);
  }
  const key = `${state.component.p50Ms}|${state.component.p99Ms}`;
  let known = byTimes.get(key);
  if (known === undefined) {
    known = buildVisitLatency(state);
    byTimes.set(key, known);
  }
  return known;
}

function buildVisitLatency(state: ComponentState): VisitLatency {
  const saturated = saturatedTier(state);
  if (saturated) return { p50Ms: null, p99Ms: null, saturated };
  const wait = state.queue?.meanWaitMs;
  const inputs = {
    p50Ms: state.component.p50Ms,
    p99Ms: state.component.p99Ms,
    meanWaitMs: wait?.value ?? 0,
  };
  const formula = 'percentile of log-normal(p50, p99) ⊕ M/M/c wait';
  // A wait that is only the engine's cap makes the visit's figures caps too.
  const options = wait?.capped ? { capped: true, ...(wait.note === undefined ? {} : { note: wait.note }) } : undefined;
  return {
    p50Ms: explained(state.ownP50, 'ms', formula, inputs, options),
    p99Ms: explained(state.ownP99, 'ms', formula, inputs, options),
    saturated: null,
  };
}
