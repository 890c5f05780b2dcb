// `pnpm bench`: full analysis of seeded random boards of 100 and 1,000 components (1.5 calls each)
// against a plain topological pass over the same graph, the floor. Median of N runs, after warm-up.
// Warm-up runs for BENCH_WARMUP_MS (2 s): V8 needs ~65–100 analyses of the 100-component board before
// they reach their steady cost on this machine, so 5 warm-up runs measured mostly the JIT. The median of
// the first N runs after 5 (what this bench reported until then) is printed beside it as "warming".
// BENCH_RECORD=1 adds the figures as a dated entry to bench/RESULTS.md.
import { fileURLToPath } from 'node:url';
import { benchRecorder } from '@napkin/testkit';
import { analyze, createEngine } from '../src/analyze';
import { benchBoard, topologicalPass } from './boards';

const SEED = Number(process.env.BENCH_SEED ?? 42);
const GOALS_MS: Record<number, number> = { 100: 5, 1000: 50 };
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 2000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs `work` until `ms` have passed since `since`. */
function warmUntil(since: number, ms: number, work: () => unknown): void {
  let sink = 0;
  while (performance.now() - since < ms) sink += work() === undefined ? 0 : 1;
  if (sink < 0) console.log(sink);
}

function time(runs: number, work: () => unknown): number {
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const out = work();
    samples.push(performance.now() - start);
    sink += out === undefined ? 0 : 1;
  }
  if (sink < 0) console.log(sink);
  return median(samples);
}

const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
const rows: string[][] = [];
const engine = createEngine();
console.log(`napkin analysis bench (seed ${SEED}; engine and latency grid built once, as the board does)`);
for (const size of [100, 1000]) {
  const board = benchBoard(size, SEED + size);
  const runs = size >= 1000 ? 15 : 60;
  const since = performance.now();
  time(5, () => analyze(board, engine));
  const warming = time(runs, () => analyze(board, engine));
  warmUntil(since, WARMUP_MS, () => analyze(board, engine)); // let the JIT settle
  time(50, () => topologicalPass(board));
  const full = time(runs, () => analyze(board, engine));
  const floor = time(runs * 20, () => topologicalPass(board));
  const result = analyze(board, engine);
  const methods = result.flows.map((flow) => flow.availability.method);
  const exact = methods.filter((method) => method === 'exact').length;
  const goal = GOALS_MS[size];
  console.log(
    `${String(size).padStart(5)} components, ${board.calls.length} calls, ${result.flows.length} flows: ` +
      `analyze ${full.toFixed(2)} ms, topological pass ${floor.toFixed(3)} ms, ratio ${(full / floor).toFixed(0)}×` +
      (goal === undefined ? '' : `  (goal < ${goal} ms: ${full < goal ? 'met' : 'MISSED'})`) +
      `; availability exact for ${exact}/${methods.length} flows; warming (runs 6–${5 + runs}) ${warming.toFixed(2)} ms`,
  );
  rows.push([
    `${size} (${board.calls.length} calls, ${result.flows.length} flows)`,
    full.toFixed(2),
    `${floor.toFixed(3)} (${(full / floor).toFixed(0)}×)`,
    goal === undefined ? '—' : `< ${goal}: ${full < goal ? 'met' : 'missed'}`,
    `${exact}/${methods.length}`,
    warming.toFixed(2),
  ]);
}
recorder.record({
  title: '`pnpm bench` (analysis)',
  settings: `Seed ${SEED}, warm-up ${WARMUP_MS} ms, median of 60 (100) / 15 (1,000) runs.`,
  tables: [{ header: ['components', 'analyze ms', 'floor ms (×)', 'goal ms', 'exact flows', 'warming ms'], rows }],
});
