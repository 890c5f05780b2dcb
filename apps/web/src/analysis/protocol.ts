// The messages between the board and its analysis worker: a tagged union each way, so both sides switch
// exhaustively. The request carries the board JSON (what `toBoardFile` produces); the answer carries
// the engine's plain result, which structured clone passes through unchanged (no Maps, no NaN).
import type { AnalysisResult } from '@napkin/analysis';

/** Orders requests: an answer for an older request than the latest one sent is stale. */
export type RequestSeq = number & { readonly __brand: 'RequestSeq' };

export type AnalysisRequest = { readonly type: 'analyze'; readonly seq: RequestSeq; readonly board: unknown };

export type AnalysisAnswer =
  | { readonly type: 'result'; readonly seq: RequestSeq; readonly result: AnalysisResult; readonly errors: readonly string[] }
  | { readonly type: 'rejected'; readonly seq: RequestSeq; readonly errors: readonly string[] };

/** The part of `Worker` the client uses, so tests can pass an in-process port running the real engine. */
export interface AnalysisPort {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<AnalysisAnswer>) => void) | null;
  terminate(): void;
}

/** Anything posted to the board side is checked before use: a worker that misbehaves must not crash the app. */
export function isAnalysisAnswer(value: unknown): value is AnalysisAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; seq?: unknown; errors?: unknown; result?: unknown };
  if (typeof message.seq !== 'number' || !Array.isArray(message.errors)) return false;
  switch (message.type) {
    case 'result':
      return typeof message.result === 'object' && message.result !== null;
    case 'rejected':
      return true;
    default:
      return false;
  }
}
