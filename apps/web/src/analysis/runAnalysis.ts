// One analysis request answered: parse the board JSON (never throws), analyse it with an engine built
// once, and describe every problem as a line a person can read. Shared by the worker and by tests.
import { analyze, parseBoard } from '@napkin/analysis';
import type { createEngine, FormatError } from '@napkin/analysis';
import type { AnalysisAnswer, AnalysisRequest } from './protocol';

export type Engine = ReturnType<typeof createEngine>;

export function describeFormatError(error: FormatError): string {
  return `${error.path}: ${error.message}`;
}

export function runAnalysis(engine: Engine, request: AnalysisRequest): AnalysisAnswer {
  try {
    const parsed = parseBoard(request.board);
    if (!parsed.board) return { type: 'rejected', seq: request.seq, errors: parsed.errors.map(describeFormatError) };
    const result = analyze(parsed.board, engine, parsed.errors);
    return { type: 'result', seq: request.seq, result, errors: result.errors.map(describeFormatError) };
  } catch (error) {
    // The engine is tested never to throw on valid input; if it does, the board keeps working without numbers.
    return { type: 'rejected', seq: request.seq, errors: [`analysis failed: ${String(error)}`] };
  }
}
