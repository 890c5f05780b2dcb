// The headline figures a recording keeps at each frame: each flow's p50, p99 and availability (with its
// budget and objective), from the frame's board analysed by `@napkin/analysis`, the engine every screen runs.
// Kept as plain numbers, so a replay and the scorecard read them without analysing the board again.
import { analyze } from '@napkin/analysis';
import type { EngineOptions } from '@napkin/analysis';
import { Board, toBoardFile } from '@napkin/doc';
import type { FlowFigures } from '@napkin/doc';
import type * as Y from 'yjs';

export type BoardFile = ReturnType<typeof toBoardFile>;

/** The board file of a board room's document (what a frame's figures are computed from and replays show). */
export function boardFileOf(doc: Y.Doc): BoardFile {
  return toBoardFile(new Board(doc).snapshot());
}

export function headlineFigures(file: BoardFile, engine: EngineOptions): FlowFigures[] {
  const result = analyze(file, engine);
  return result.flows.map((flow) => ({
    entry: flow.entry,
    name: flow.name,
    p50Ms: flow.latency.p50Ms?.value ?? null,
    p99Ms: flow.latency.p99Ms?.value ?? null,
    budgetMs: flow.latency.budgetMs.value,
    withinBudget: flow.latency.withinBudget,
    availabilityPercent: flow.availability.percent.value,
    objectivePercent: flow.availability.objective.value,
    meetsObjective: flow.availability.meetsObjective,
  }));
}
