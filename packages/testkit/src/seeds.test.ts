import { afterEach, describe, expect, it, vi } from 'vitest';
import { fuzzSeed, fuzzSeeds, printSeed, seedsFrom, withSeed } from './seeds.js';

describe('seeds', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the pinned seeds unless FUZZ_SEED names one to replay', () => {
    expect(seedsFrom(500, 3, {})).toEqual([500, 501, 502]);
    expect(seedsFrom(500, 3, { FUZZ_SEED: '777' })).toEqual([777]);
    expect(fuzzSeeds([1, 42], {})).toEqual([1, 42]);
    expect(fuzzSeeds([1, 42], { FUZZ_SEED: '9' })).toEqual([9]);
    expect(fuzzSeed(1234, {})).toBe(1234);
    expect(fuzzSeed(1234, { FUZZ_SEED: '5' })).toBe(5);
  });

  it('draws a fresh positive seed when nothing is pinned', () => {
    const seed = fuzzSeed(undefined, {});
    expect(Number.isSafeInteger(seed) && seed > 0).toBe(true);
  });

  it('refuses a FUZZ_SEED that is not an integer rather than running seed NaN', () => {
    expect(() => fuzzSeed(1, { FUZZ_SEED: 'abc' })).toThrow(/FUZZ_SEED must be an integer/);
    expect(() => seedsFrom(1, 2, { FUZZ_SEED: '1.5' })).toThrow(/FUZZ_SEED/);
  });

  it('prints the seed with how to replay it', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    printSeed('reader fuzz', 31);
    expect(log).toHaveBeenCalledWith('reader fuzz: seed 31 (replay with FUZZ_SEED=31)');
  });

  it('names the seed in a failure and passes results through', () => {
    expect(withSeed(3, () => 'ok')).toBe('ok');
    expect(() =>
      withSeed(3, () => {
        throw new Error('diverged');
      }),
    ).toThrow('failed with seed 3 (replay with FUZZ_SEED=3): diverged');
  });
});
