// The rubric check on a worked example: the URL shortener's reference design, taken apart and put back.
// A point turns from missing to met when the component it asks for is added, and says where to look.
import { analyze, createEngine } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { evaluateRubric, interviewerMaterial } from './index';

const engine = createEngine();
const reference = interviewerMaterial('url-shortener')!.referenceBoard;

const verdictOf = (board: BoardFile, pointId: string) => evaluateRubric('url-shortener', board, analyze(board, engine)).find((verdict) => verdict.pointId === pointId);

/** The design without its Redis: reads go from the API straight to the key-value store. */
function withoutCache(board: BoardFile): BoardFile {
  return {
    ...board,
    components: board.components.filter((component) => component.id !== 'cache'),
    calls: [
      ...board.calls.filter((call) => call.from !== 'cache' && call.to !== 'cache'),
      { id: 'api-links-read', from: 'api', to: 'links', mode: 'sync', traffic: 'read', timeoutMs: 100 },
    ],
  };
}

describe('evaluateRubric', () => {
  it('turns "caches hot codes" from missing to met when Redis is put back in front of the store', () => {
    const bare = withoutCache(reference);
    expect(verdictOf(bare, 'url-shortener.hot-cache')).toEqual({ pointId: 'url-shortener.hot-cache', status: 'missing', evidence: null });
    const cached = verdictOf(reference, 'url-shortener.hot-cache');
    expect(cached?.status).toBe('met');
    expect(cached?.evidence).toMatchObject({ componentId: 'cache' });
    expect(cached?.evidence?.figure).toMatch(/req\/s$/);
  });

  it('finds no queue on a design that writes clicks synchronously, and names the stream once it is there', () => {
    const synchronous: BoardFile = { ...reference, calls: reference.calls.map((call) => (call.id === 'api-clicks' ? { ...call, mode: 'sync' as const, timeoutMs: 50 } : call)) };
    expect(verdictOf(synchronous, 'general.async-queue')?.status).toBe('missing');
    expect(verdictOf(reference, 'general.async-queue')).toMatchObject({ status: 'met', evidence: { componentId: 'clicks' } });
  });

  it('points at the single point of failure when the API runs one instance', () => {
    const single: BoardFile = { ...reference, components: reference.components.map((component) => (component.id === 'api' ? { ...component, instances: 1 } : component)) };
    expect(verdictOf(single, 'general.no-spof')).toMatchObject({ status: 'missing', evidence: { componentId: 'api' } });
    expect(verdictOf(reference, 'general.no-spof')?.status).toBe('met');
  });

  it('misses the requirements point when the client states no budget, and the latency point when a tier is slow', () => {
    const vague: BoardFile = {
      ...reference,
      components: reference.components.map((component) => (component.id === 'clients' ? { ...component, entry: { rps: 1_000 } } : component)),
    };
    expect(verdictOf(vague, 'general.requirements-numbers')).toEqual({ pointId: 'general.requirements-numbers', status: 'missing', evidence: { componentId: 'clients' } });
    const slow: BoardFile = {
      ...reference,
      components: reference.components.map((component) => (component.id === 'api' ? { ...component, whatIf: { slowFactor: 20 } } : component)),
    };
    const latency = verdictOf(slow, 'general.latency-budget');
    expect(latency?.status).toBe('missing');
    expect(latency?.evidence?.figure).toMatch(/of 100 ms$/);
  });

  it('leaves what the board cannot show to the interviewer, and knows no unknown problem', () => {
    expect(verdictOf(reference, 'url-shortener.encoding')).toEqual({ pointId: 'url-shortener.encoding', status: 'not-judgeable', evidence: null });
    expect(verdictOf(reference, 'general.failure-modes')?.status).toBe('not-judgeable');
    expect(evaluateRubric('no-such-problem', reference, analyze(reference, engine))).toEqual([]);
  });

  it('misses every flow point on an empty board instead of calling it met', () => {
    const empty: BoardFile = { format: 'napkin-board', version: 1, components: [], calls: [], zones: [] };
    const verdicts = evaluateRubric('url-shortener', empty, analyze(empty, engine));
    expect(verdicts.filter((verdict) => verdict.status === 'met')).toEqual([]);
  });
});
