// The board side of the worker: submit the latest board whenever it changes; at most one request is in
// flight, and while it runs only the newest pending board is kept (latest wins), so a burst of edits
// costs two analyses, not one per keystroke. Answers older than the newest one delivered are dropped.
import type { AnalysisResult } from '@napkin/analysis';
import type { AnalysisPort, AnalysisRequest, RequestSeq } from './protocol';
import { isAnalysisAnswer } from './protocol';

export interface AnalysisState {
  readonly result: AnalysisResult | null;
  readonly errors: readonly string[];
}

export interface AnalysisClient {
  submit(board: unknown): void;
  close(): void;
}

export function createAnalysisClient(port: AnalysisPort, onState: (state: AnalysisState) => void): AnalysisClient {
  let nextSeq = 0;
  let inFlight: RequestSeq | null = null;
  let pending: { board: unknown } | null = null;
  let closed = false;

  const send = (board: unknown) => {
    const seq = ++nextSeq as RequestSeq;
    inFlight = seq;
    const request: AnalysisRequest = { type: 'analyze', seq, board };
    port.postMessage(request);
  };

  port.onmessage = (event) => {
    if (closed) return;
    const answer: unknown = event.data;
    if (!isAnalysisAnswer(answer) || answer.seq !== inFlight) return;
    inFlight = null;
    if (answer.type === 'result') onState({ result: answer.result, errors: answer.errors });
    else onState({ result: null, errors: answer.errors });
    if (pending) {
      const { board } = pending;
      pending = null;
      send(board);
    }
  };

  return {
    submit(board) {
      if (closed) return;
      if (inFlight === null) send(board);
      else pending = { board };
    },
    close() {
      closed = true;
      pending = null;
      port.onmessage = null;
      port.terminate();
    },
  };
}
