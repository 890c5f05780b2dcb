// The spread path's cost is bounded (issue 14): a spread's tables need what its instances serve only
// at the running counts a subset of its zones leaves (at most 2^8), and each of those sums the binomial
// terms around its mode, not all of them. Bounded by the terms computed, never by time.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardZone } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import { binomialTermsVisited } from './k-of-n';

const engine = engineWithoutNetwork();

describe('a spread of 8 zones × 999 instances', () => {
  it('costs a few thousand binomial terms, and its figure is the zones’: 0.999⁸ = 99.2028 %', () => {
    // 7,992 instances at 0.99 and 1 req/s each carry 7,000 req/s: they need 7,001 up. All zones up
    // (0.999⁸), U ~ Binomial(7,992, 0.99) has mean 7,912 and sd 8.9, so P(U ≥ 7,001) = 1 to the last
    // digit; a zone down leaves 6,993 running, fewer than needed: 0. So A = 0.999⁸ = 0.99202794.
    // Before, the tables evaluated every running count 0 … 7,992 with every term: Σ (m + 1) ≈ 32 million.
    const zones: BoardZone[] = Array.from({ length: 8 }, (_, i) => ({ id: `z${i}`, level: 'availability-zone', availability: 0.999 }));
    const board = makeBoard(
      [
        client('users', { rps: 7_000 }),
        service('tier', { capacityRps: 1, availability: 0.99 }, { instances: 7_992, spread: zones.map((zone) => `${zone.id}:999`).join(' ') }),
      ],
      [sync('users', 'tier')],
      zones,
    );
    const before = binomialTermsVisited();
    const result = analyze(board, engine);
    const terms = binomialTermsVisited() - before;
    expect(result.errors).toEqual([]);
    expect(result.flows[0]?.availability.percent.value).toBeCloseTo(100 * 0.999 ** 8, 9);
    expect(terms).toBeLessThan(20_000);
  });
});
