import { createEngine } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import type { AnalysisState } from './analysisClient';
import { createAnalysisClient } from './analysisClient';
import type { AnalysisAnswer, AnalysisPort, AnalysisRequest } from './protocol';
import { runAnalysis } from './runAnalysis';

/** An in-process port running the real engine; answers are released by hand to control timing. */
function manualPort() {
  const engine = createEngine();
  const received: AnalysisRequest[] = [];
  const port: AnalysisPort & { answer(index: number): void; answerRaw(data: unknown): void; terminated: boolean } = {
    onmessage: null,
    terminated: false,
    postMessage(message) {
      received.push(message);
    },
    terminate() {
      port.terminated = true;
    },
    answer(index) {
      const request = received[index];
      if (!request) throw new Error(`no request ${index}`);
      port.onmessage?.({ data: runAnalysis(engine, request) } as MessageEvent<AnalysisAnswer>);
    },
    answerRaw(data) {
      port.onmessage?.({ data } as MessageEvent<AnalysisAnswer>);
    },
  };
  return { port, received };
}

const board = (rps: number) => ({
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', entry: { rps } },
    { id: 'app', kind: 'stateless-service' },
  ],
  calls: [{ id: 'c1', from: 'users', to: 'app', mode: 'sync' }],
});

describe('createAnalysisClient', () => {
  it('keeps one request in flight and sends only the latest board after it (latest wins)', () => {
    const { port, received } = manualPort();
    const states: AnalysisState[] = [];
    const client = createAnalysisClient(port, (state) => states.push(state));
    client.submit(board(100));
    client.submit(board(200));
    client.submit(board(300));
    expect(received).toHaveLength(1);
    port.answer(0);
    expect(received).toHaveLength(2);
    expect(received[1]?.board).toEqual(board(300));
    port.answer(1);
    expect(states.map((state) => state.result?.flows[0]?.capacity.peakRps.value)).toEqual([100, 300]);
  });

  it('ignores stale, foreign and malformed answers', () => {
    const { port } = manualPort();
    const states: AnalysisState[] = [];
    const client = createAnalysisClient(port, (state) => states.push(state));
    client.submit(board(100));
    port.answerRaw({ type: 'result', seq: 99, result: {}, errors: [] });
    port.answerRaw('garbage');
    port.answerRaw({ type: 'other', seq: 1, errors: [] });
    expect(states).toHaveLength(0);
    port.answer(0);
    expect(states).toHaveLength(1);
  });

  it('reports a board that is not a board as errors, without a result', () => {
    const { port } = manualPort();
    const states: AnalysisState[] = [];
    createAnalysisClient(port, (state) => states.push(state)).submit({ format: 'something-else' });
    port.answer(0);
    expect(states[0]?.result).toBeNull();
    expect(states[0]?.errors.length).toBeGreaterThan(0);
  });

  it('keeps the good parts of a board with a bad component and lists the bad one', () => {
    const { port } = manualPort();
    const states: AnalysisState[] = [];
    const bad = { ...board(100), components: [...board(100).components, { id: 'x', kind: 'stateless-service', instances: -3 }] };
    createAnalysisClient(port, (state) => states.push(state)).submit(bad);
    port.answer(0);
    expect(states[0]?.result?.flows).toHaveLength(1);
    expect(states[0]?.errors.join('\n')).toMatch(/components\[2\]/);
  });

  it('stops delivering and terminates the worker when closed', () => {
    const { port } = manualPort();
    const states: AnalysisState[] = [];
    const client = createAnalysisClient(port, (state) => states.push(state));
    client.submit(board(100));
    client.close();
    expect(port.terminated).toBe(true);
    client.submit(board(200));
    expect(states).toHaveLength(0);
  });
});
