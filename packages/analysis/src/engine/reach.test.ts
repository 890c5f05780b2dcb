// Issue 15, "say how much traffic each hop sees": the share of a flow's requests reaching each
// component and the reason, worked by hand.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { reachReason } from '../explain/reach-reason';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();

/** The share reaching `id` in the board's first flow, with the reason `reachReason` words as its note. */
function reachOf(board: Parameters<typeof analyze>[0], id: string) {
  const flow = analyze(board, engine).flows[0];
  const share = flow?.reach.find((reach) => reach.component === id)?.share;
  return flow && share && { ...share, note: reachReason(flow, id) };
}

describe('traffic per hop', () => {
  it("a CDN with a 90 % hit ratio lets 10 % of requests reach the API, and says so", () => {
    // Reads only: P(api) = 1 × (1 − 0.9) = 0.1.
    const board = makeBoard(
      [client('users'), { id: 'cdn', kind: 'cdn', name: 'CDN', params: { hitRatio: 0.9 } }, service('api', {}, { name: 'API' })],
      [sync('users', 'cdn'), sync('cdn', 'api')],
    );
    const share = reachOf(board, 'api');
    expect(share?.value).toBeCloseTo(0.1, 10);
    expect(share?.note).toBe("10 % of requests reach API: CDN's 90 % hit ratio");
    expect(reachOf(board, 'cdn')?.note).toBe('every request reaches CDN');
  });

  it('a write-only store is reached by the writes only, and a fraction thins it further', () => {
    // 20 % writes, and the app writes to the audit log for half of them: 0.2 × 0.5 = 0.1.
    const board = makeBoard(
      [client('users', { readFraction: 0.8 }), service('app'), service('audit')],
      [sync('users', 'app'), sync('app', 'audit', { traffic: 'write', fraction: 0.5 })],
    );
    const share = reachOf(board, 'audit');
    expect(share?.value).toBeCloseTo(0.1, 10);
    expect(share?.inputs).toMatchObject({ readShare: 0.8, readReach: 0, writeReach: 0.5 });
    expect(share?.note).toBe('10 % of requests reach audit: writes only (20 % of requests), app calls audit for 50 % of its requests');
  });

  it('reads and writes taking the same calls: the reason names a factor once, the inputs keep both classes', () => {
    // No cache and no class-only call: both classes reach the store on half the requests.
    const board = makeBoard(
      [client('users', { readFraction: 0.7 }), service('app'), service('store')],
      [sync('users', 'app'), sync('app', 'store', { fraction: 0.5 })],
    );
    const share = reachOf(board, 'store');
    expect(share?.value).toBeCloseTo(0.5, 10);
    expect(share?.inputs).toMatchObject({ readShare: 0.7, readReach: 0.5, writeReach: 0.5 });
    expect(share?.note).toBe('50 % of requests reach store: app calls store for 50 % of its requests');
  });

  it('two callers of one store: 1 − (1 − 0.5)(1 − 0.5) = 75 % of requests reach it', () => {
    const board = makeBoard(
      [client('users'), service('a'), service('b'), service('db')],
      [sync('users', 'a'), sync('users', 'b'), sync('a', 'db', { fraction: 0.5 }), sync('b', 'db', { fraction: 0.5 })],
    );
    expect(reachOf(board, 'db')?.value).toBeCloseTo(0.75, 10);
  });

  it('hops carry the same share as the flow lists', () => {
    const board = makeBoard(
      [client('users'), { id: 'cdn', kind: 'cdn', params: { hitRatio: 0.9 } }, service('api')],
      [sync('users', 'cdn'), sync('cdn', 'api')],
    );
    const flow = analyze(board, engine).flows[0];
    const hop = flow?.latency.criticalPath.find((candidate) => candidate.component === 'api');
    expect(hop?.reach.value).toBeCloseTo(0.1, 10);
  });

  it('a deep chain names the four nearest thinning steps and counts the ones further up', () => {
    // Six calls each made for half the requests: 0.5^6 = 1.56 % reach s6 ("2 %", whole percent from 1 %).
    const ids = ['s1', 's2', 's3', 's4', 's5', 's6'];
    const board = makeBoard(
      [client('users'), service('s0'), ...ids.map((id) => service(id))],
      [sync('users', 's0'), ...ids.map((id, i) => sync(`s${i}`, id, { fraction: 0.5 }))],
    );
    const share = reachOf(board, 's6');
    expect(share?.value).toBeCloseTo(0.5 ** 6, 10);
    expect(share?.note).toBe(
      '2 % of requests reach s6: s2 calls s3 for 50 % of its requests, s3 calls s4 for 50 % of its requests, ' +
        's4 calls s5 for 50 % of its requests, s5 calls s6 for 50 % of its requests (and 2 more upstream)',
    );
  });

  it('the result keeps no sentence, only the plain data the reason is worded from', () => {
    const board = makeBoard(
      [client('users'), { id: 'cdn', kind: 'cdn', name: 'CDN', params: { hitRatio: 0.9 } }, service('api', {}, { name: 'API' })],
      [sync('users', 'cdn'), sync('cdn', 'api')],
    );
    const flow = analyze(board, engine).flows[0];
    expect(flow?.reach.map((reach) => reach.share.note)).toEqual([undefined, undefined]);
    expect(flow?.reachPasses).toEqual([{ cls: 'read', via: [-1, 0], thinning: [[], ["CDN's 90 % hit ratio"]] }]);
    expect(structuredClone(flow)).toEqual(flow);
    expect(reachReason(flow as NonNullable<typeof flow>, 'users')).toBeUndefined();
  });
});
