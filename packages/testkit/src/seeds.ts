// Which seeds a randomised test runs, and how it says so. FUZZ_SEED=<n> replays one run in every suite
// (packages, server, benches alike); a test prints the seed it drew from so a failure can be replayed.

export const SEED_VARIABLE = 'FUZZ_SEED';

function seedFromEnvironment(env: NodeJS.ProcessEnv): number | undefined {
  const text = env[SEED_VARIABLE];
  if (text === undefined || text.trim() === '') return undefined;
  const seed = Number(text);
  // A typo must not silently run seed NaN (every draw 0) and pass.
  if (!Number.isSafeInteger(seed)) throw new Error(`${SEED_VARIABLE} must be an integer, not "${text}"`);
  return seed;
}

/**
 * The seed of a single randomised run: FUZZ_SEED when set, else `pinned`; without `pinned`, a fresh
 * seed every run (so repeated runs keep exploring; print it, see `printSeed`).
 */
export function fuzzSeed(pinned?: number, env: NodeJS.ProcessEnv = process.env): number {
  const replay = seedFromEnvironment(env);
  if (replay !== undefined) return replay;
  if (pinned !== undefined) return pinned;
  // Choosing a seed is the one place randomness may come from outside the seeded generator.
  return Math.floor(Math.random() * 2 ** 31) + 1;
}

/** The seeds a suite runs: `pinned`, or only FUZZ_SEED when it is set. */
export function fuzzSeeds(pinned: readonly number[], env: NodeJS.ProcessEnv = process.env): number[] {
  const replay = seedFromEnvironment(env);
  return replay !== undefined ? [replay] : [...pinned];
}

/** `count` consecutive seeds from `first`, or only FUZZ_SEED when it is set. */
export function seedsFrom(first: number, count: number, env: NodeJS.ProcessEnv = process.env): number[] {
  return fuzzSeeds(Array.from({ length: count }, (_, index) => first + index), env);
}

/** How to replay `seed`, for messages. */
export const replayHint = (seed: number): string => `replay with ${SEED_VARIABLE}=${seed}`;

/** Prints the seed a test draws from, so its output says how to replay it. */
export function printSeed(what: string, seed: number): void {
  console.log(`${what}: seed ${seed} (${replayHint(seed)})`);
}

/** Runs `body`; if it throws, rethrows with the seed in the message, so the failure names its replay. */
export function withSeed<T>(seed: number, body: () => T): T {
  try {
    return body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`failed with seed ${seed} (${replayHint(seed)}): ${message}`, { cause: error });
  }
}
