// The load each component carries, measured the way the requests make it: simulate requests from every
// entry point and count the attempts that reach each component (fan-out, fractions, cache misses, the
// branch each choice takes, retries after late and failed answers). Latency depends on load (queueing)
// and, through retries after late or failed answers, load on latency and on load: with retries this is iterated as
// a damped fixed point, a fixed number of rounds, and the later rounds' counts are averaged.
import type { Draws } from './draw';
import type { OracleModel } from './model';
import type { Conditions } from './queue';
import { conditionsAt } from './queue';
import { RequestWalker } from './request';

export interface LoadOptions {
  /** Rounds of the fixed point when latency can feed back into load (retries under timeouts). */
  readonly rounds: number;
  /** Requests simulated per entry point and round. */
  readonly requests: number;
}

export interface MeasuredLoad {
  readonly conditions: Conditions[];
  /** Rounds run (1 when load cannot depend on latency). */
  readonly rounds: number;
  /** Largest relative change of a component's load between the last two rounds' estimates. */
  readonly lastChange: number;
}

/** Load at every component from every entry point, given the conditions the requests meet. */
function countLoad(model: OracleModel, conditions: readonly Conditions[], draws: Draws, requests: number): Float64Array {
  const total = new Float64Array(model.components.length);
  for (const component of model.components) {
    const rps = component.entry?.rps ?? 0;
    if (!(rps > 0)) continue;
    const walker = new RequestWalker(model, conditions, draws, true);
    for (let i = 0; i < requests; i++) walker.run(component.index);
    for (let c = 0; c < total.length; c++) {
      // The entry's own arrivals are its requests, not load on a server.
      if (c !== component.index) total[c] = (total[c] as number) + (rps * (walker.arrivals[c] as number)) / requests;
    }
  }
  return total;
}

function conditionsFor(model: OracleModel, loads: Float64Array): Conditions[] {
  return model.components.map((component) => conditionsAt(component, loads[component.index] as number));
}

export function measureLoad(model: OracleModel, draws: Draws, options: LoadOptions): MeasuredLoad {
  // Retries are what makes load depend on the conditions: late answers (latency, so queueing) and failed
  // ones (k of n and saturation, so load). Without them one round is exact up to counting noise.
  const feedback = model.calls.some((call) => call.retries > 0);
  if (!feedback) {
    const loads = countLoad(model, conditionsFor(model, new Float64Array(model.components.length)), draws, options.requests * options.rounds);
    return { conditions: conditionsFor(model, loads), rounds: 1, lastChange: 0 };
  }
  let loads: Float64Array = new Float64Array(model.components.length);
  let conditions = conditionsFor(model, loads);
  const averaged = new Float64Array(loads.length);
  let kept = 0;
  let lastChange = Infinity;
  for (let round = 0; round < options.rounds; round++) {
    const counted = countLoad(model, conditions, draws, options.requests);
    const next = round === 0 ? counted : counted.map((value, c) => 0.5 * value + 0.5 * (loads[c] as number));
    lastChange = relativeChange(loads, next);
    loads = next;
    // The second half of the rounds, averaged, estimates the fixed point with less counting noise.
    if (round >= Math.floor(options.rounds / 2)) {
      counted.forEach((value, c) => (averaged[c] = (averaged[c] as number) + value));
      kept += 1;
    }
    conditions = conditionsFor(model, loads);
  }
  const estimate = averaged.map((value) => value / Math.max(1, kept));
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
