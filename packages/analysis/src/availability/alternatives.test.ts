// Alternatives (issue 14): calls from one caller in one `alternative` group are one choice, each
// request taking exactly one branch. Each rule with its hand computation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardCall, BoardZone } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = engineWithoutNetwork();
const percent = (result: AnalysisResult) => result.flows[0]?.availability.percent.value ?? Number.NaN;
const load = (result: AnalysisResult, id: string) => result.components.find((c) => c.id === id)?.traffic.totalRps.value;
const zones = (bDown = false): BoardZone[] => [
  { id: 'a', level: 'availability-zone', availability: 0.999 },
  { id: 'b', level: 'availability-zone', availability: 0.999, ...(bDown ? { down: true } : {}) },
];

/** users → lb → app-a (zone a) | app-b (zone b): the two calls from the LB as `lb` wants them. */
function pair(branch: (to: string) => Partial<BoardCall>, options: { bDown?: boolean; appA?: number; appB?: number } = {}) {
  return makeBoard(
    [
      client('users', { rps: 100 }),
      service('lb', { availability: 1 }),
      service('app-a', { availability: options.appA ?? 1, capacityRps: 1_000 }, { zone: 'a' }),
      service('app-b', { availability: options.appB ?? 1, capacityRps: 1_000 }, { zone: 'b' }),
    ],
    [sync('users', 'lb'), sync('lb', 'app-a', branch('app-a')), sync('lb', 'app-b', branch('app-b'))],
    zones(options.bDown),
  );
}
const activeActive = (_to: string): Partial<BoardCall> => ({ alternative: 'zones', share: 0.5 });

describe('active-active across two zones (the issue worked example)', () => {
  it('both zones up: a request fails only when both zones are down, 1 − 0.001² = 99.9999 %', () => {
    const result = analyze(pair(activeActive), engine);
    expect(percent(result)).toBeCloseTo(99.9999, 10);
    expect(result.flows[0]?.availability.method).toBe('exact');
    // Each app takes half of the LB's 100 req/s.
    expect(load(result, 'app-a')).toBeCloseTo(50, 12);
    expect(load(result, 'app-b')).toBeCloseTo(50, 12);
  });

  it('zone b marked down: everything fails over to zone a, 99.9 %, and app-a carries all 100 req/s', () => {
    const result = analyze(pair(activeActive, { bDown: true }), engine);
    expect(percent(result)).toBeCloseTo(99.9, 10);
    expect(load(result, 'app-a')).toBeCloseTo(100, 12);
    expect(load(result, 'app-b')).toBe(0);
    // Bringing zone b back (or making zone a perfect) gains 0.1 points: a zone is a weakest-link candidate.
    expect(result.flows[0]?.availability.weakestLink).toMatchObject({ kind: 'zone' });
    expect(result.flows[0]?.availability.weakestLink?.gain.value).toBeCloseTo(0.1, 10);
  });

  it('drawn as two independent 50 % fractions, the same board read 99.900025 % and 49.975 %: the bug the groups fix', () => {
    // (0.5 + 0.5 × 0.999)² = 0.99900025: a quarter of requests call neither app and count as successes.
    const fractions = (_to: string): Partial<BoardCall> => ({ fraction: 0.5 });
    expect(percent(analyze(pair(fractions), engine))).toBeCloseTo(99.900025, 9);
    // Zone b down: (0.5 + 0.5 × 0.999) × (0.5 + 0) = 0.49975.
    expect(percent(analyze(pair(fractions, { bDown: true }), engine))).toBeCloseTo(49.975, 9);
  });
});

describe('the routing rule', () => {
  it('a weighted split without failover fails the share of a branch that is down: canary 0.9 / 0.1, canary down → 90 %', () => {
    const canary = (to: string): Partial<BoardCall> => ({ alternative: 'release', share: to === 'app-a' ? 0.9 : 0.1, failover: false });
    // With both zones 99.9 % and apps perfect: 0.9 × 0.999 + 0.1 × 0.999 = 99.9 %.
    expect(percent(analyze(pair(canary), engine))).toBeCloseTo(99.9, 10);
    const down = analyze(pair(canary, { bDown: true }), engine);
    // 0.9 × 0.999 = 89.91 %; the canary's 10 % fail rather than move, so app-a keeps its 90 req/s.
    expect(percent(down)).toBeCloseTo(89.91, 10);
    expect(load(down, 'app-a')).toBeCloseTo(90, 12);
  });

  it('active-passive: primary share 1, standby 0, failover: the standby takes over only when the primary is down', () => {
    const standby = (to: string): Partial<BoardCall> => ({ alternative: 'ha', share: to === 'app-a' ? 1 : 0 });
    const result = analyze(pair(standby, { appA: 0.99, appB: 0.99 }), engine);
    // Each side is up with 0.99 (app) × 0.999 (zone) = 0.98901; fails only when both are: 1 − 0.01099² = 0.99987922.
    expect(percent(result) / 100).toBeCloseTo(1 - (1 - 0.99 * 0.999) ** 2, 12);
    expect(load(result, 'app-a')).toBeCloseTo(100, 12);
    expect(load(result, 'app-b')).toBe(0);
  });

  it('down is judged on the target (a health check): a branch whose own dependency fails is taken and fails', () => {
    const board = pair(activeActive);
    board.components.push(service('db-a', { availability: 1 }, { whatIf: { down: true } }));
    board.calls.push(sync('app-a', 'db-a'));
    // app-a passes its health check, so it keeps its half, and those requests fail with db-a: 0.5 × 0.999 + ...
    // P = P(a up, b up) × 0.5 + P(a down, b up) × 1 + P(a up, b down) × 0 = 0.999² × 0.5 + 0.001 × 0.999.
    expect(percent(analyze(board, engine)) / 100).toBeCloseTo(0.999 ** 2 * 0.5 + 0.001 * 0.999, 12);
  });

  it('shares are weights: 0.3 and 0.3 split evenly, and unset shares share what the set ones leave of 1', () => {
    const board = makeBoard(
      [client('users', { rps: 120 }), service('lb'), service('x'), service('y'), service('z')],
      [
        sync('users', 'lb'),
        sync('lb', 'x', { alternative: 'g', share: 0.3 }),
        sync('lb', 'y', { alternative: 'g', share: 0.3 }),
        sync('lb', 'z', { alternative: 'h', share: 0.6 }),
        sync('lb', 'x', { id: 'lb->x2', alternative: 'h' }),
        sync('lb', 'y', { id: 'lb->y2', alternative: 'h' }),
      ],
    );
    const result = analyze(board, engine);
    // Group g: 60 + 60. Group h: z 0.6, x and y 0.2 each of 120 → 72, 24, 24. x: 60 + 24, y: 60 + 24.
    expect(load(result, 'x')).toBeCloseTo(84, 9);
    expect(load(result, 'y')).toBeCloseTo(84, 9);
    expect(load(result, 'z')).toBeCloseTo(72, 9);
    expect(result.errors).toEqual([]);
  });

  it("a group's fraction is its first branch's: 40 % of requests make the choice, the rest call neither", () => {
    const half = (_to: string): Partial<BoardCall> => ({ alternative: 'zones', share: 0.5, fraction: 0.4 });
    const result = analyze(pair(half, { bDown: true }), engine);
    // 0.6 + 0.4 × 0.999 (everything that chooses goes to zone a).
    expect(percent(result) / 100).toBeCloseTo(0.6 + 0.4 * 0.999, 12);
    expect(load(result, 'app-a')).toBeCloseTo(40, 12);
  });

  it('a branch whose fraction differs from the first is reported where it is, and the group takes the first one', () => {
    const board = pair((to) => ({ alternative: 'zones', share: 0.5, fraction: to === 'app-a' ? 1 : 0.3 }));
    expect(analyze(board, engine).errors).toEqual([
      { path: 'calls[2].fraction', message: 'differs from the first branch of group "zones" (1); the group\'s fraction is the first branch\'s' },
    ]);
  });
});

describe('bad input about alternatives, reported where it is', () => {
  it('a share on a call outside any group is ignored with an error', () => {
    const board = makeBoard([client('users'), service('app')], [sync('users', 'app', { share: 0.5 })]);
    expect(analyze(board, engine).errors).toEqual([
      { path: 'calls[0].share', message: 'a share applies only to a call in an alternative group; ignored' },
    ]);
  });

  it('a group takes at most 8 branches: a ninth is made as a plain call, with an error', () => {
    const targets = Array.from({ length: 9 }, (_, i) => service(`s${i}`));
    const board = makeBoard(
      [client('users', { rps: 90 }), service('lb'), ...targets],
      [sync('users', 'lb'), ...targets.map((target) => sync('lb', target.id, { alternative: 'wide' }))],
    );
    const result = analyze(board, engine);
    expect(result.errors).toEqual([
      { path: 'calls[9].alternative', message: 'group "wide" already has 8 branches, the most it can take; this call is made as a plain call' },
    ]);
    // Eight branches share 90 req/s; the ninth call is made by every request.
    expect(load(result, 's0')).toBeCloseTo(90 / 8, 9);
    expect(load(result, 's8')).toBeCloseTo(90, 9);
  });
});

describe('latency through alternatives: a mixture, not a sum', () => {
  it('0.5 / 0.5 between a 10 ms and a 30 ms branch: half the requests take 10 ms, half 30 ms; none 40 ms', () => {
    const board = makeBoard(
      [
        client('users', { rps: 10 }),
        service('lb', { p50Ms: 0, p99Ms: 0 }),
        service('fast', { p50Ms: 10, p99Ms: 10 }),
        service('slow', { p50Ms: 30, p99Ms: 30 }),
      ],
      [sync('users', 'lb'), sync('lb', 'fast', { alternative: 'g' }), sync('lb', 'slow', { alternative: 'g' })],
    );
    const latency = analyze(board, engine).flows[0]?.latency;
    // The p99 falls on the 30 ms atom (within a grid bin, 1/32 of a decade ≈ 7.5 %); a sum would put it at 40.
    expect(latency?.p99Ms?.value).toBeGreaterThan(27.5);
    expect(latency?.p99Ms?.value).toBeLessThan(33);
    expect(latency?.p50Ms?.value).toBeLessThan(33);
  });
});
