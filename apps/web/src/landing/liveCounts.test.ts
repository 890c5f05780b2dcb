import { describe, expect, it } from 'vitest';
import type { BoardId } from '../route/route';
import { fetchCounts, parseCounts, pollCounts, presenceUrl } from './liveCounts';
import type { CountsResult, Fetcher, Timers } from './liveCounts';

const idA = 'aaaaaaaaaaaaaaaaaaaaaa' as BoardId;
const idB = 'bbbbbbbbbbbbbbbbbbbbbb' as BoardId;

function answering(status: number, body: unknown, seen: string[] = []): Fetcher {
  return (url) => {
    seen.push(url);
    return Promise.resolve({ status, ok: status >= 200 && status < 300, json: () => Promise.resolve(body) });
  };
}

/** Timers the test fires by hand. */
function manualTimers(): Timers & { fire(): void; pending(): number } {
  const due = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (callback) => {
      due.set(next, callback);
      return next++;
    },
    clearTimeout: (handle) => void due.delete(handle),
    fire: () => {
      const callbacks = [...due.values()];
      due.clear();
      for (const callback of callbacks) callback();
    },
    pending: () => due.size,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('parseCounts', () => {
  it('reads the counts and names of the boards asked about', () => {
    const counts = parseCounts({ [idA]: { count: 2, names: ['Alice', 'Bob'] }, [idB]: { count: 0, names: [] } }, [idA, idB]);
    expect(counts.get(idA)).toEqual({ count: 2, names: ['Alice', 'Bob'] });
    expect(counts.get(idB)).toEqual({ count: 0, names: [] });
  });

  it('ignores boards not asked about and malformed entries', () => {
    const counts = parseCounts(
      {
        other: { count: 5, names: [] },
        [idA]: { count: -1, names: [] },
        [idB]: { count: 3, names: ['Ann', 7, '  ', 'x'.repeat(100)] },
      },
      [idA, idB],
    );
    expect([...counts.keys()]).toEqual([idB]);
    expect(counts.get(idB)?.names).toEqual(['Ann', 'x'.repeat(64)]);
  });

  it.each([['null', null], ['a list', [1, 2]], ['text', '<html>'], ['fractional count', { [idA]: { count: 1.5 } }]])(
    'gives no counts for %s',
    (_label, body) => {
      expect(parseCounts(body, [idA]).size).toBe(0);
    },
  );

  it('does not read inherited properties', () => {
    expect(parseCounts({}, ['constructor' as BoardId]).size).toBe(0);
  });
});

describe('fetchCounts', () => {
  it('asks for all boards in one request', async () => {
    const seen: string[] = [];
    await fetchCounts(answering(200, {}, seen), [idA, idB], new AbortController().signal);
    expect(seen).toEqual([`/api/presence?boards=${idA},${idB}`]);
    expect(presenceUrl([idA])).toBe(`/api/presence?boards=${idA}`);
  });

  it('tells a relay without the endpoint (404) from other failures', async () => {
    const signal = new AbortController().signal;
    expect(await fetchCounts(answering(404, null), [idA], signal)).toEqual({ kind: 'unavailable' });
    expect(await fetchCounts(answering(503, null), [idA], signal)).toEqual({ kind: 'failed', reason: 'HTTP 503' });
    const throwing: Fetcher = () => Promise.reject(new Error('network down'));
    expect(await fetchCounts(throwing, [idA], signal)).toEqual({ kind: 'failed', reason: 'network down' });
    const badJson: Fetcher = () => Promise.resolve({ status: 200, ok: true, json: () => Promise.reject(new SyntaxError('bad json')) });
    expect(await fetchCounts(badJson, [idA], signal)).toEqual({ kind: 'failed', reason: 'bad json' });
  });

  it('does not ask when there are no boards', async () => {
    const seen: string[] = [];
    const result = await fetchCounts(answering(200, {}, seen), [], new AbortController().signal);
    expect(result.kind).toBe('counts');
    expect(seen).toEqual([]);
  });
});

describe('pollCounts', () => {
  it('polls at once, then again after each interval, and stops when told', async () => {
    const timers = manualTimers();
    const seen: string[] = [];
    const results: CountsResult[] = [];
    const stop = pollCounts(answering(200, { [idA]: { count: 1, names: ['Ann'] } }, seen), [idA], (r) => results.push(r), timers);
    await settle();
    expect(seen).toHaveLength(1);
    expect(results).toHaveLength(1);
    timers.fire();
    await settle();
    expect(seen).toHaveLength(2);
    stop();
    expect(timers.pending()).toBe(0);
  });

  it('reports nothing after being stopped mid-request', async () => {
    const timers = manualTimers();
    const results: CountsResult[] = [];
    const stop = pollCounts(answering(200, {}), [idA], (r) => results.push(r), timers);
    stop();
    await settle();
    expect(results).toEqual([]);
    expect(timers.pending()).toBe(0);
  });
});
