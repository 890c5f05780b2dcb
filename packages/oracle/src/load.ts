// The load each component carries (analysis-model.md, "Traffic and capacity"): per traffic class, what
// reaches a caller goes on along each call × its fraction × (for a cache's reads) the miss ratio × the
// share the what-if routes to it (for a branch of a choice) × fan-out × the call's expected attempts.
// Everything but the attempts is exact; the attempts (retries after late and after failed answers) are
// measured from simulated requests, because they depend on latency (queueing) and on failures (k of n,
// saturation), which depend on load: with retries this is iterated as a damped fixed point, a fixed
// number of rounds, the attempts averaged over the later half. Without retries every call makes one
// attempt and the load is exact at once.
import type { Draws } from './draw';
import type { Choice, OracleModel, TrafficClass, Unit } from './model';
import { carries } from './model';
import type { Conditions } from './queue';
import { conditionsAt } from './queue';
import { RequestWalker } from './request';

export interface LoadOptions {
  /** Rounds of the fixed point when a call retries. */
  readonly rounds: number;
  /** Requests simulated per entry point and round. */
  readonly requests: number;
}

export interface MeasuredLoad {
  readonly conditions: Conditions[];
  /** Rounds run (0 when no call retries). */
  readonly rounds: number;
  /** Largest relative change of a component's load in the last round. */
  readonly lastChange: number;
}

/** Expected attempts of a call for a class (index 2 × call + class), 1 where none was observed. */
type Attempts = Float64Array;

const CLASSES: readonly TrafficClass[] = ['read', 'write'];

/** Components in an order where every caller comes before its callees (the board has no cycle). */
function topologicalOrder(model: OracleModel): number[] {
  const incoming = new Int32Array(model.components.length);
  for (const call of model.calls) incoming[call.to] = (incoming[call.to] as number) + 1;
  const order = model.components.filter((c) => incoming[c.index] === 0).map((c) => c.index);
  for (let i = 0; i < order.length; i++) {
    for (const call of model.calls) {
      if (call.from !== order[i]) continue;
      incoming[call.to] = (incoming[call.to] as number) - 1;
      if (incoming[call.to] === 0) order.push(call.to);
    }
  }
  return order;
}

/**
 * Where the what-if routes a class's requests among a choice's branches: a branch whose target is up
 * keeps its weight and takes, in proportion to its weight (equally if all weigh 0), the weight of the
 * down branches that fail over; a down branch gets nothing.
 */
export function routedShares(model: OracleModel, choice: Choice): number[] {
  const down = choice.branches.map((branch) => model.components[branch.to]?.servingInstances === 0);
  let upWeight = 0;
  let upCount = 0;
  let moving = 0;
  choice.branches.forEach((branch, j) => {
    if (!down[j]) {
      upWeight += choice.weights[j] as number;
      upCount += 1;
    } else if (branch.failover) moving += choice.weights[j] as number;
  });
  return choice.branches.map((_, j) => {
    if (down[j] || upCount === 0) return 0;
    const weight = choice.weights[j] as number;
    return weight + (upWeight > 0 ? (moving * weight) / upWeight : moving / upCount);
  });
}

/** Per component, the load of each class from every entry point, given each call's expected attempts. */
export function propagateLoad(model: OracleModel, attempts: Attempts): Float64Array {
  const n = model.components.length;
  const load = { read: new Float64Array(n), write: new Float64Array(n) };
  for (const component of model.components) {
    if (!component.entry) continue;
    load.read[component.index] = component.entry.rps * component.entry.readFraction;
    load.write[component.index] = component.entry.rps * (1 - component.entry.readFraction);
  }
  const send = (units: readonly Unit[], from: number) => {
    const caller = model.components[from];
    for (const cls of CLASSES) {
      const arriving = load[cls][from] as number;
      if (!(arriving > 0)) continue;
      const miss = caller?.isCache && cls === 'read' ? 1 - caller.hitRatio : 1;
      for (const unit of units) {
        const calls = unit.kind === 'call' ? (carries(unit.call, cls) ? [unit.call] : []) : unit.byClass[cls].branches;
        const shares = unit.kind === 'call' ? [1] : routedShares(model, unit.byClass[cls]);
        const fraction = unit.kind === 'call' ? unit.call.fraction : unit.fraction;
        calls.forEach((call, j) => {
          // A component the what-if takes down receives nothing (its share failed over or was lost).
          if (model.components[call.to]?.servingInstances === 0) return;
          const perAttempt = attempts[2 * call.index + (cls === 'read' ? 0 : 1)] as number;
          const added = arriving * fraction * miss * (shares[j] as number) * call.callsPerRequest * perAttempt;
          load[cls][call.to] = (load[cls][call.to] as number) + added;
        });
      }
    }
  };
  for (const index of topologicalOrder(model)) {
    // An entry point's calls carry its requests; what reaches a component marked down goes nowhere.
    if (model.components[index]?.servingInstances === 0 && !model.components[index]?.entry) continue;
    send((model.steps[index] ?? []).flatMap((step) => step.units), index);
    send(model.asyncUnits[index] ?? [], index);
  }
  return load.read.map((read, c) => (model.components[c]?.entry ? 0 : read + (load.write[c] as number)));
}

/** Expected attempts of every call per class, from requests simulated at the given conditions. */
function measureAttempts(model: OracleModel, conditions: readonly Conditions[], draws: Draws, requests: number): Attempts {
  const made = new Float64Array(2 * model.calls.length);
  const tries = new Float64Array(2 * model.calls.length);
  for (const component of model.components) {
    if (!((component.entry?.rps ?? 0) > 0)) continue;
    const walker = new RequestWalker(model, conditions, draws, true);
    for (let i = 0; i < requests; i++) walker.run(component.index);
    walker.made.forEach((count, k) => (made[k] = (made[k] as number) + count));
    walker.tries.forEach((count, k) => (tries[k] = (tries[k] as number) + count));
  }
  return made.map((count, k) => (count > 0 ? (tries[k] as number) / count : 1));
}

function conditionsFor(model: OracleModel, loads: Float64Array): Conditions[] {
  return model.components.map((component) => conditionsAt(component, loads[component.index] as number));
}

export function measureLoad(model: OracleModel, draws: Draws, options: LoadOptions): MeasuredLoad {
  const once = new Float64Array(2 * model.calls.length).fill(1);
  let loads = propagateLoad(model, once);
  if (!model.calls.some((call) => call.retries > 0)) return { conditions: conditionsFor(model, loads), rounds: 0, lastChange: 0 };
  const averaged = new Float64Array(once.length);
  let kept = 0;
  let lastChange = Infinity;
  for (let round = 0; round < options.rounds; round++) {
    const attempts = measureAttempts(model, conditionsFor(model, loads), draws, options.requests);
    const next = propagateLoad(model, attempts).map((value, c) => 0.5 * value + 0.5 * (loads[c] as number));
    lastChange = relativeChange(loads, next);
    loads = next;
    // The later half of the rounds, averaged, estimates the fixed point's attempts with less noise.
    if (round >= Math.floor(options.rounds / 2)) {
      attempts.forEach((value, k) => (averaged[k] = (averaged[k] as number) + value));
      kept += 1;
    }
  }
  const estimate = propagateLoad(model, averaged.map((value) => value / Math.max(1, kept)));
  return { conditions: conditionsFor(model, estimate), rounds: options.rounds, lastChange };
}

function relativeChange(before: Float64Array, after: Float64Array): number {
  let largest = 0;
  after.forEach((value, c) => {
    const previous = before[c] as number;
    const scale = Math.max(Math.abs(previous), Math.abs(value));
    if (scale > 0) largest = Math.max(largest, Math.abs(value - previous) / scale);
  });
  return largest;
}
