// One export, start to finish: the board analysed, then drawn in the requested format. Runs on the export
// worker's thread (render-worker.mjs), never on the relay's loop.
import { analyze } from '@napkin/analysis';
import type { BoardFile } from '@napkin/analysis';
import type { Exported, ExportRequest } from '@napkin/render';
import { exportBoard } from '@napkin/render';
import { nodeWriters } from '@napkin/render/node';

const writers = nodeWriters();

export function renderJob(file: BoardFile, request: ExportRequest): Promise<Exported> {
  return exportBoard(file, analyze(file), request, writers);
}
