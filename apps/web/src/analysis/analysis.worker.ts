// The analysis worker: builds the engine once (the latency grid is its one costly setup) and answers
// each request in order. The board side sends at most one request at a time, so nothing queues here.
/// <reference lib="webworker" />
import { createEngine } from '@napkin/analysis';
import type { AnalysisRequest } from './protocol';
import { runAnalysis } from './runAnalysis';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = createEngine();

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  if (request.type !== 'analyze' || typeof request.seq !== 'number') return;
  scope.postMessage(runAnalysis(engine, request));
};
