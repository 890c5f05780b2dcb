// k of n without partial credit, and saturation in steady state (issue 14; analysis-model.md,
// "Traffic and capacity" and "Availability"). Each rule with its hand computation, and the rule the
// explanation names.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = engineWithoutNetwork();
const A = 0.9;
const up = (result: AnalysisResult, id = 'tier') => result.components.find((c) => c.id === id)?.up;
const percent = (result: AnalysisResult) => result.flows[0]?.availability.percent.value ?? Number.NaN;

/** users → tier: `instances` × 1,000 req/s at `rps`, each instance up with 0.9. */
function tier(rps: number, instances: number, params: BoardComponent['params'] = {}) {
  return makeBoard([client('users', { rps }), service('tier', { availability: A, capacityRps: 1_000, ...params }, { instances })], [sync('users', 'tier')]);
}

describe('k of n: fewer than k up leaves the survivors saturated', () => {
  it('2,500 req/s on 4 × 1,000 needs 3: P(U ≥ 3) = 4 × 0.9³ × 0.1 + 0.9⁴ = 0.9477, no credit for 2 up', () => {
    const result = analyze(tier(2_500, 4), engine);
    expect(up(result)?.value).toBeCloseTo(4 * A ** 3 * (1 - A) + A ** 4, 14);
    expect(up(result)?.inputs).toMatchObject({ k: 3, rule: 'k of n', sheds: 'no' });
    expect(up(result)?.note).toContain('no partial credit');
    // The old rule counted 2 up as 2,000 / 2,500 served and 1 up as 1,000 / 2,500: 0.9880. Gone.
    expect(up(result)?.value).toBeLessThan(0.95);
  });

  it('shedding, u survivors serve u × 1,000 / 2,500: 0.9477 + 6 × 0.9² × 0.1² × 0.8 + 4 × 0.9 × 0.1³ × 0.4 = 0.98802', () => {
    const result = analyze(tier(2_500, 4, { shedsLoad: true }), engine);
    const expected = 4 * A ** 3 * (1 - A) + A ** 4 + 6 * A ** 2 * (1 - A) ** 2 * 0.8 + 4 * A * (1 - A) ** 3 * 0.4;
    expect(up(result)?.value).toBeCloseTo(expected, 14);
    expect(up(result)?.inputs.sheds).toBe('shedsLoad');
    expect(up(result)?.note).toContain('u × capacity / load of requests succeed');
  });

  it('light load, one instance suffices: 1 − 0.1⁴, the parallel formula', () => {
    const result = analyze(tier(500, 4), engine);
    expect(up(result)?.value).toBeCloseTo(1 - (1 - A) ** 4, 14);
    expect(up(result)?.formula).toBe('1 − (1 − a)^n');
    expect(up(result)?.inputs.rule).toBe('light');
  });
});

describe('saturation in steady state (ρ ≥ 1)', () => {
  it('1,500 req/s on one 1,000 req/s instance: every request fails (its queue grows without bound)', () => {
    const result = analyze(tier(1_500, 1), engine);
    expect(up(result)?.value).toBe(0);
    expect(percent(result)).toBe(0);
    expect(up(result)?.inputs.rule).toBe('saturated');
    expect(up(result)?.note).toContain('ρ = 1.50 ≥ 1');
  });

  it('at exactly ρ = 1 it is saturated too: 3,000 req/s on 3 × 1,000 needs a 4th', () => {
    expect(up(analyze(tier(3_000, 3), engine))?.value).toBe(0);
    expect(up(analyze(tier(3_000, 4), engine))?.value).toBeCloseTo(A ** 4, 14);
  });

  it('shedding, it serves its capacity: 1/ρ = 1,000 / 1,500 of requests while the instance is up, 0.9 × 2/3 = 0.6', () => {
    const result = analyze(tier(1_500, 1, { shedsLoad: true }), engine);
    expect(up(result)?.value).toBeCloseTo(A / 1.5, 14);
    expect(up(result)?.formula).toBe('E[U × capacity / load], U ~ Binomial(n, a)');
  });

  it('a rate limiter in front sheds for it: users → rate-limiter → tier at ρ 1.5 serves 1/1.5, and the explanation says why', () => {
    const board = makeBoard(
      [
        client('users', { rps: 1_500 }),
        { id: 'limiter', kind: 'rate-limiter', params: { availability: 1 } },
        service('tier', { availability: A, capacityRps: 1_000 }),
      ],
      [sync('users', 'limiter'), sync('limiter', 'tier')],
    );
    const result = analyze(board, engine);
    expect(up(result)?.value).toBeCloseTo(A / 1.5, 14);
    expect(up(result)?.inputs.sheds).toBe('rate limiter in front');
    expect(up(result)?.note).toContain('a rate limiter in front sheds its excess');
  });

  it('one caller that does not rate-limit is enough to lose that: the tier then queues and fails', () => {
    const board = makeBoard(
      [
        client('users', { rps: 1_500 }),
        { id: 'limiter', kind: 'rate-limiter', params: { availability: 1 } },
        service('tier', { availability: A, capacityRps: 1_000 }),
      ],
      [sync('users', 'limiter'), sync('limiter', 'tier', { fraction: 0.5 }), sync('users', 'tier', { id: 'direct', fraction: 0.5 })],
    );
    expect(up(analyze(board, engine))?.value).toBe(0);
  });
});
