// SVG export of a 300-component board, as the CLI does it: in process (analysis, then scene + SVG) and as
// the whole `napkin export … --format svg` command: the process `pnpm napkin` starts (node on the
// launcher, which runs the prebuilt bundle: reading the file, analysing, rendering, writing), and the same
// typed as `pnpm -s napkin …`, pnpm's own start included. Goal: under 1 s each. The browser's side is
// e2e/bench/export-time.ts.
//
//   pnpm --filter @napkin/render bench              (SIZE=300 RUNS=15 COMMANDS=3 SEED=16)
//
// BENCH_RECORD=1 adds the figures as a dated entry to bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@napkin/analysis';
import { benchRecorder } from '@napkin/testkit';
import { svgOf } from '../src/index';
import { randomBoard } from '../test/boards';

const SIZE = Number(process.env.SIZE ?? 300);
const RUNS = Number(process.env.RUNS ?? 15);
const COMMANDS = Number(process.env.COMMANDS ?? 3);
const SEED = Number(process.env.SEED ?? 16);
const GOAL_MS = 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
const board = randomBoard(SIZE, SEED);
const result = analyze(board);
let bytes = 0;
// Warm-up: the first renders include loading and compiling the renderer.
for (let run = 0; run < 3; run += 1) bytes = svgOf(board, result).length;
const render = median(Array.from({ length: RUNS }, () => timed(() => svgOf(board, result))));
const analyseAndRender = median(Array.from({ length: RUNS }, () => timed(() => svgOf(board, analyze(board)))));

const dir = mkdtempSync(join(tmpdir(), 'napkin-export-bench-'));
const boardFile = join(dir, 'board.json');
writeFileSync(boardFile, JSON.stringify(board));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const exportArgs = ['export', boardFile, '--format', 'svg', '-o', join(dir, 'board.svg')];
const launcher = join(repoRoot, 'packages', 'cli', 'bin', 'napkin.mjs');
// The first command builds the bundle if the sources are newer than it: not part of the figure.
execFileSync(process.execPath, [launcher, ...exportArgs], { stdio: 'ignore' });
const wholeCommand = (program: string, args: readonly string[]) =>
  median(Array.from({ length: COMMANDS }, () => timed(() => execFileSync(program, args, { cwd: repoRoot, stdio: 'ignore' }))));
const command = wholeCommand(process.execPath, [launcher, ...exportArgs]);
const throughPnpm = wholeCommand('pnpm', ['-s', 'napkin', ...exportArgs]);
rmSync(dir, { recursive: true, force: true });

const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : 'missed');
console.log(`SVG export, ${SIZE} components (seed ${SEED}), ${(bytes / 1024).toFixed(0)} KB of SVG`);
console.log(`  render (scene + SVG), median of ${RUNS}:          ${render.toFixed(1)} ms`);
console.log(`  analyse + render, median of ${RUNS}:              ${analyseAndRender.toFixed(1)} ms`);
console.log(`  napkin export --format svg (whole process), ×${COMMANDS}: ${command.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(command)})`);
console.log(`  pnpm -s napkin export --format svg, ×${COMMANDS}:         ${throughPnpm.toFixed(0)} ms  (pnpm's start included)`);
recorder.record({
  title: '`pnpm bench` (SVG export in the CLI)',
  settings: `${SIZE} components (test/boards.ts randomBoard, seed ${SEED}), ${RUNS} in-process runs after 3 warm-up, ${COMMANDS} whole commands.`,
  tables: [
    {
      header: ['what', 'median ms'],
      rows: [
        ['render (scene + SVG)', render.toFixed(1)],
        ['analyse + render', analyseAndRender.toFixed(1)],
        ['`napkin export --format svg` process', command.toFixed(0)],
        ['`pnpm -s napkin export --format svg`', throughPnpm.toFixed(0)],
      ],
    },
  ],
  notes: [
    `Goal < ${GOAL_MS} ms for the command: ${verdict(command)} (through pnpm: ${verdict(throughPnpm)}). SVG size ${(bytes / 1024).toFixed(0)} KB.`,
  ],
});
