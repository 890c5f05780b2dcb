// `pnpm bench`: full analysis of seeded random boards of 100 and 1,000 components (1.5 calls each)
// against a plain topological pass over the same graph, the floor. Median of N runs, after warm-up.
import { analyze, createEngine } from '../src/analyze';
import { benchBoard, topologicalPass } from './boards';

const SEED = Number(process.env.BENCH_SEED ?? 42);
const GOALS_MS: Record<number, number> = { 100: 5, 1000: 50 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
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

const engine = createEngine();
console.log(`napkin analysis bench (seed ${SEED}; engine and latency grid built once, as the board does)`);
for (const size of [100, 1000]) {
  const board = benchBoard(size, SEED + size);
  const runs = size >= 1000 ? 15 : 60;
  time(5, () => analyze(board, engine)); // warm-up: let the JIT settle
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
      `; availability exact for ${exact}/${methods.length} flows`,
  );
}
