// Test and benchmark helpers shared by every package: one seeded random generator, the seeds a run
// uses and how it prints them, and the benchmarks' results files.
export { seededRandom } from './random.js';
export type { Random } from './random.js';
export { fuzzSeed, fuzzSeeds, printSeed, replayHint, SEED_VARIABLE, seedsFrom, withSeed } from './seeds.js';
export { benchRecorder, RECORD_VARIABLE } from './bench-results.js';
export type { BenchEntry, BenchRecorder, BenchTable } from './bench-results.js';
