// The seeded random source every randomised server test draws from, so a failing run replays exactly
// from its printed seed (FUZZ_SEED=<n>).

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T | undefined;
}

/** mulberry32: tiny, fast, good enough to pick operations reproducibly. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)] };
}

/** The seeds a suite runs: `count` from `first`, or only FUZZ_SEED when it is set. */
export function seedsFrom(first: number, count: number): number[] {
  const only = process.env.FUZZ_SEED;
  return only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, index) => first + index);
}
