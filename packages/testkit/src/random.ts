// The one seeded random source of every test and benchmark: the same seed gives the same sequence on
// every machine, so a failing run replays exactly from its printed seed (see seeds.ts).

export interface Random {
  /** Uniform in [0, 1). A closure, so `random.next` can be handed on as a plain `() => number`. */
  readonly next: () => number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One of `items`, or undefined when there are none (as indexing would); draws once either way. */
  pick<T>(items: readonly T[]): T | undefined;
  /** One of `items`, which must not be empty. */
  oneOf<T>(items: readonly T[]): T;
}

/**
 * mulberry32: tiny, fast, and good enough to drive test inputs. Every suite used its own copy of it
 * before; the sequences are unchanged, so the seeds pinned in tests still mean the same runs.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  const oneOf = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('oneOf: an empty list has nothing to pick');
    return items[int(items.length)] as T;
  };
  return { next, int, pick, oneOf };
}
