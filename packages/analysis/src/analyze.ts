// The engine's single entry point: a board in, every figure out. Pure and deterministic: the same
// board gives byte-identical JSON (no randomness, no clocks, iteration always in board order).
import type { ExactLimits } from './availability/exact';
import { DEFAULT_LIMITS, limitsPerFlow } from './availability/exact';
import { componentPlacement, routingByCall } from './availability/routing-result';
import { componentStates, visitLatency } from './engine/components';
import { analyseFlow } from './engine/flows';
import { solveLoadLatency } from './engine/load-latency';
import { callAttempts, retrySettlement } from './engine/retries';
import { retryStormFindings } from './findings/retry-storm';
import { measuredFindings, structuralFindings } from './findings/lint';
import type { FormatError } from './format/parse';
import { parseBoard } from './format/parse';
import type { BoardFile } from './format/schema';
import type { Grid } from './latency/grid';
import { createGrid } from './latency/grid';
import type { CatalogPort } from './model/resolve';
import { defaultCatalog } from './model/resolve';
import { resolveBoard } from './model/resolve';
import type { QueueResult } from './queueing/mmc';
import type { AnalysisResult, ComponentResult, FlowResult } from './result';
import { RESULT_FORMAT, RESULT_VERSION } from './result';
import { explainedFlag } from './explain/explained';
import { findBottleneck } from './traffic/utilisation';

export interface EngineOptions {
  readonly catalog: CatalogPort;
  readonly grid: Grid;
  readonly limits: ExactLimits;
}

/**
 * Builds the engine's dependencies once; pass the result to `analyze` to reuse the latency grid
 * (its convolution table is the one costly setup) across many analyses, as the board does on every edit.
 */
export function createEngine(options: Partial<EngineOptions> = {}): EngineOptions {
  return {
    catalog: options.catalog ?? defaultCatalog(),
    grid: options.grid ?? createGrid(),
    limits: options.limits ?? DEFAULT_LIMITS,
  };
}

export function analyze(
  board: BoardFile,
  engine: EngineOptions = createEngine(),
  parseErrors: readonly FormatError[] = [],
): AnalysisResult {
  const { graph, errors, calls, citations } = resolveBoard(board, engine.catalog);
  // Load and latency together: retries on timeouts add load, which lengthens the waits that time them out.
  const solved = solveLoadLatency(graph, engine.grid);
  const states = componentStates(graph, engine.grid, solved);
  const composer = solved.composer;
  const entries = graph.components.filter((component) => component.entry !== undefined).length;
  const ctx = { graph, grid: engine.grid, states, composer, limits: limitsPerFlow(engine.limits, 2 * entries) };
  const flows: FlowResult[] = [];
  for (const component of graph.components) {
    if (component.entry) flows.push(analyseFlow(ctx, component, component.entry));
  }
  const components: ComponentResult[] = graph.components.map((component) => {
    const state = states.get(component.id);
    if (!state) throw new Error(`internal: no state for ${component.id}`);
    const queue = state.queue ? publicQueue(state.queue) : null;
    return {
      id: component.id,
      name: component.name,
      kind: component.kind.id,
      isEntry: component.entry !== undefined,
      traffic: state.traffic,
      queue,
      saturated: state.queue?.saturated ?? false,
      latency: visitLatency(state),
      up: state.up,
      storagePerYear: state.storagePerYear,
      consumerGroup: state.consumerGroup,
      placement: componentPlacement(graph, component),
      replication:
        component.replicaOf === undefined && component.replicatedTo.length === 0
          ? null
          : { replicaOf: component.replicaOf ?? null, replicatedTo: component.replicatedTo, readReplicas: component.readReplicas },
      why: {
        saturated:
          state.queue?.why.saturated ??
          explainedFlag(false, 'entry points and zones originate or contain load; they serve none', {}),
      },
      inputs: component.inputs,
      entryInputs: component.entry?.inputs ?? null,
    };
  });
  const routingOf = routingByCall(graph);
  const trafficById = new Map(components.map((component) => [component.id, component.traffic]));
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    title: board.title ?? '',
    errors: [...parseErrors, ...errors],
    components,
    flows,
    bottleneck: findBottleneck(graph.components, trafficById),
    cycles: graph.cycles.map((cycle) => ({ calls: cycle.calls, components: cycle.components, allSync: cycle.allSync })),
    retries: retrySettlement(solved.retries),
    findings: [
      ...structuralFindings(graph),
      ...measuredFindings(graph, states, flows),
      ...retryStormFindings(graph, states, solved.retries),
    ],
    calls: calls.map((call) => ({ id: call.id, inputs: call.inputs, routing: routingOf(call.id), attempts: callAttempts(graph, call, solved.retries) })),
    zones: [...graph.zones.values()].map((zone) => ({ id: zone.id, inputs: zone.inputs })),
    citations,
  };
}

/** A queue's figures without the wait distribution's parameters (engine-internal), in the same key order. */
function publicQueue(queue: QueueResult): Omit<QueueResult, 'wait'> {
  // Listed rather than `{ wait, ...rest }`: an object rest is V8's slow generic copy, once per component.
  return {
    servers: queue.servers,
    waitProbability: queue.waitProbability,
    meanWaitMs: queue.meanWaitMs,
    p99WaitMs: queue.p99WaitMs,
    inFlight: queue.inFlight,
    saturated: queue.saturated,
    why: queue.why,
    droppedShare: queue.droppedShare,
  };
}

/** Parse and analyse in one step; a file that is not a board at all gives only errors. */
export function analyzeInput(
  input: unknown,
  engine: EngineOptions = createEngine(),
): { result: AnalysisResult | null; errors: readonly FormatError[] } {
  const parsed = parseBoard(input);
  if (!parsed.board) return { result: null, errors: parsed.errors };
  const result = analyze(parsed.board, engine, parsed.errors);
  return { result, errors: result.errors };
}
