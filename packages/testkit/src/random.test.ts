import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';

describe('seededRandom (mulberry32)', () => {
  it('draws the sequence the suites pinned their seeds against', () => {
    // The first draws of the copies it replaced (server/test/seeded-random.ts and the others, all alike).
    const random = seededRandom(42);
    expect([random.next(), random.next(), random.next()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const zero = seededRandom(0);
    expect([zero.next(), zero.int(1000), zero.int(1000)]).toEqual([0.26642920868471265, 0, 223]);
  });

  it('replays: the same seed, the same draws; another seed, others', () => {
    const draws = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('keeps next() in [0, 1) and int(n) in [0, n)', () => {
    const random = seededRandom(3);
    for (let i = 0; i < 10_000; i++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      const index = random.int(7);
      expect(Number.isInteger(index) && index >= 0 && index < 7).toBe(true);
    }
  });

  it('next works handed on as a plain function', () => {
    const { next } = seededRandom(42);
    expect(next()).toBe(0.6011037519201636);
  });

  it('pick gives undefined on an empty list and still draws once, as indexing with int(0) did', () => {
    const picked = seededRandom(5);
    const plain = seededRandom(5);
    expect(picked.pick([])).toBeUndefined();
    plain.next();
    expect(picked.next()).toBe(plain.next());
  });

  it('oneOf refuses an empty list and otherwise picks what pick picks', () => {
    expect(() => seededRandom(5).oneOf([])).toThrow(/empty/);
    expect(seededRandom(9).pick(['x', 'y', 'z'])).toBe(seededRandom(9).oneOf(['x', 'y', 'z']));
  });
});
