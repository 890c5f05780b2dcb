// Seeded randomness for fuzz tests: a failing run prints its seed, and the seed reproduces it exactly.

/** mulberry32: tiny, fast, good enough to drive test inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** The seed from NAPKIN_SEED (to replay a failure) or a fresh one. */
export function testSeed(): number {
  const fromEnv = Number(process.env.NAPKIN_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Math.floor(Math.random() * 2 ** 31) + 1;
}

/** Runs `body`; if it throws, rethrows with the seed in the message so the run can be replayed. */
export function withSeed(seed: number, body: () => void): void {
  try {
    body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`failed with seed ${seed} (replay: NAPKIN_SEED=${seed}): ${message}`, { cause: error });
  }
}
