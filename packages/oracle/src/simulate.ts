// A seeded request-level Monte Carlo of one entry point's flow: measure the load the requests make
// (load.ts), then simulate `requests` requests at that load (request.ts) and report how many succeeded,
// with a 99 % interval, and the distribution of their latency.
import type { BoardFile } from '@napkin/fields';
import { Draws } from './draw';
import { measureLoad } from './load';
import type { ResolveOptions } from './resolve';
import { OracleBoardError, resolveBoard } from './resolve';
import { RequestWalker } from './request';
import type { Proportion } from './stats';
import { LatencySamples, wilson } from './stats';

export interface SimulationOptions extends ResolveOptions {
  readonly seed: number;
  /** Requests simulated for the figures (the load is measured on others before). */
  readonly requests: number;
  /** The entry point whose flow is simulated; default the first one on the board. */
  readonly entry?: string;
  /** Load measurement: rounds of its fixed point and requests per entry point per round. */
  readonly loadRounds?: number;
  readonly loadRequests?: number;
}

export interface ComponentFigures {
  readonly id: string;
  /** Attempts per second reaching it, from every entry point. */
  readonly loadRps: number;
  readonly utilisation: number;
  readonly saturated: boolean;
  readonly shedsLoad: boolean;
  /** Instances the load needs. */
  readonly needed: number;
  readonly servers: number;
  readonly waitProbability: number;
  readonly waitMeanMs: number;
}

export interface OracleResult {
  readonly entry: string;
  readonly requests: number;
  readonly successes: number;
  /** Share of requests that succeeded, with its 99 % Wilson interval. */
  readonly success: Proportion;
  readonly latency: LatencySamples;
  readonly components: readonly ComponentFigures[];
  readonly load: { readonly rounds: number; readonly lastChange: number };
  /** What the board said that the oracle ignored, each with where it is. */
  readonly errors: readonly string[];
}

export const DEFAULT_LOAD_ROUNDS = 6;
export const DEFAULT_LOAD_REQUESTS = 10_000;

export function simulate(board: BoardFile, options: SimulationOptions): OracleResult {
  const model = resolveBoard(board, options);
  const entry =
    options.entry === undefined
      ? model.components.find((component) => component.entry !== undefined)
      : model.components[model.byId.get(options.entry) ?? -1];
  if (!entry?.entry) {
    throw new OracleBoardError([
      options.entry === undefined ? 'components: no entry point (a client, or a component with entry)' : `entry: "${options.entry}" is not an entry point on this board`,
    ]);
  }
  if (!(Number.isSafeInteger(options.requests) && options.requests > 0)) {
    throw new RangeError(`requests must be a whole number above 0, not ${options.requests}`);
  }
  const draws = new Draws(options.seed);
  const load = measureLoad(model, draws, {
    rounds: options.loadRounds ?? DEFAULT_LOAD_ROUNDS,
    requests: options.loadRequests ?? DEFAULT_LOAD_REQUESTS,
  });
  const walker = new RequestWalker(model, load.conditions, draws, false);
  const latencies = new Float64Array(options.requests);
  let successes = 0;
  for (let i = 0; i < options.requests; i++) {
    latencies[i] = walker.run(entry.index);
    if (walker.succeeded) successes += 1;
  }
  return {
    entry: entry.id,
    requests: options.requests,
    successes,
    success: wilson(successes, options.requests),
    latency: new LatencySamples(latencies),
    components: model.components.map((component, i) => {
      const conditions = load.conditions[i];
      return {
        id: component.id,
        loadRps: conditions?.loadRps ?? 0,
        utilisation: conditions?.utilisation ?? 0,
        saturated: conditions?.saturated ?? false,
        shedsLoad: component.shedsLoad,
        needed: conditions?.needed ?? 0,
        servers: conditions?.servers ?? 0,
        waitProbability: conditions?.waitProbability ?? 0,
        waitMeanMs: conditions?.waitMeanMs ?? 0,
      };
    }),
    load: { rounds: load.rounds, lastChange: load.lastChange },
    errors: model.errors,
  };
}
